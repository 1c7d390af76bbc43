// Internal: from tokens to claims.
#pragma once

#include "econclaims/extract.hpp"
#include "econclaims/text.hpp"
#include "document.hpp"

namespace econclaims::detail {

/// Turn the quantities of one document into claims (or skipped numbers, with the
/// reason), in text order.
void assemble(const document& doc, const token_stream& tokens, const normalized_text& text,
              std::string_view original, const extract_options& options, extraction_result& out);

}  // namespace econclaims::detail
