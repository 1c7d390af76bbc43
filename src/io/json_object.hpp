// Internal: a reader for flat JSON objects (string, number, bool and null members),
// which is all the exchange format and the docs files use. Nested values are rejected.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace econclaims::detail {

using json_scalar = std::variant<std::nullptr_t, bool, double, std::string>;
using json_object = std::vector<std::pair<std::string, json_scalar>>;

/// Parse one line holding one flat object. On failure returns nullopt and sets
/// `error_offset` to the byte where the object stopped being valid.
std::optional<json_object> parse_flat_object(std::string_view line, std::size_t& error_offset);

/// Append `s` as a JSON string literal (quotes and escapes included).
void append_json_string(std::string& out, std::string_view s);

}  // namespace econclaims::detail
