// Internal: JSON string literals for the writers of the exchange format.
#pragma once

#include <string>
#include <string_view>

namespace econclaims::detail {

/// Append `s` as a JSON string literal (quotes and escapes included).
void append_json_string(std::string& out, std::string_view s);

}  // namespace econclaims::detail
