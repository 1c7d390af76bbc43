// extract(): bytes → normalized text → tokens → document structure → claims.
#include "econclaims/extract.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "assemble.hpp"
#include "document.hpp"
#include "econclaims/text.hpp"
#include "tokens.hpp"

namespace econclaims {

extraction_result extract(std::string_view bytes, const extract_options& options) {
  extraction_result result;
  if (auto bad = find_invalid_utf8(bytes)) {
    result.diagnostics.push_back(
        {errc::invalid_utf8, {*bad, *bad + 1},
         fmt::format("{}: invalid UTF-8 at byte offset {} (byte 0x{:02X}); {}",
                     options.doc.empty() ? "<input>" : options.doc, *bad,
                     static_cast<unsigned char>(bytes[*bad]), error_message(errc::invalid_utf8))});
    return result;
  }
  // A UTF-8 byte order mark is not text.
  std::size_t bom = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  const normalized_text text(bytes.substr(bom));
  const detail::token_stream tokens = detail::scan(text.view());

  detail::doc_date date;
  if (!options.doc_date.empty()) {
    date = detail::parse_doc_date(options.doc_date);
    if (date.year == 0) {
      result.diagnostics.push_back({errc::bad_date, {}, fmt::format("{}: document date \"{}\": {}",
                                    options.doc.empty() ? "<input>" : options.doc, options.doc_date,
                                    error_message(errc::bad_date))});
      return result;
    }
  } else {
    date = detail::infer_doc_date(text.view(), tokens);
  }
  const detail::document doc(text.view(), tokens, date);
  extract_options opts = options;
  detail::assemble(doc, tokens, text, bytes.substr(bom), opts, result);
  if (bom) {
    for (auto& c : result.claims) { c.span.begin += bom; c.span.end += bom; }
    for (auto& s : result.skipped) { s.span.begin += bom; s.span.end += bom; }
  }
  if (options.explain) {
    for (const auto& b : tokens.bare) {
      byte_span span = text.original(b.begin, b.end);
      span.begin += bom;
      span.end += bom;
      result.skipped.push_back({std::string(bytes.substr(span.begin, span.end - span.begin)), span, b.reason});
    }
    std::sort(result.skipped.begin(), result.skipped.end(),
              [](const skipped_number& a, const skipped_number& b) { return a.span.begin < b.span.begin; });
  }
  return result;
}

}  // namespace econclaims
