// extract(): bytes → decoded UTF-8 → normalized text → tokens → document structure →
// claims, block by block for long inputs.
#include "econclaims/extract.hpp"

#include "econclaims/indicators.hpp"
#include "econclaims/names.hpp"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "../text/utf8.hpp"
#include "assemble.hpp"
#include "document.hpp"
#include "econclaims/text.hpp"
#include "tokens.hpp"

namespace econclaims {
namespace {

std::string_view doc_name(const extract_options& o) {
  return o.doc.empty() ? std::string_view("<input>") : std::string_view(o.doc);
}

// Offsets in a block's UTF-8 text → offsets in the input's own bytes.
struct offset_map {
  const decoded_text* decoded = nullptr;  // null: the block is the input's UTF-8 itself
  std::size_t base = 0;                   // where the block starts in the input
  std::size_t operator()(std::size_t utf8_offset) const {
    return base + (decoded ? decoded->original_offset(utf8_offset) : utf8_offset);
  }
};

// The pipeline on one block of valid UTF-8. Appends to `result`; the date is inferred
// from this block when `date` has none yet.
void extract_block(std::string_view utf8, const offset_map& to_input, detail::doc_date& date,
                   const extract_options& options, bool whole_input, extraction_result& result) {
  const normalized_text text(utf8);
  const detail::token_stream tokens = detail::scan(text.view());
  if (date.year == 0 && date.text.empty()) date = detail::infer_doc_date(text.view(), tokens);
  const detail::document doc(text.view(), tokens, date);
  // At most one claim a quantity: an input of one block (most documents) makes room for
  // its claims at once; the blocks of a longer one grow the vector as usual.
  if (whole_input) result.claims.reserve(tokens.quantities.size());
  const std::size_t first_claim = result.claims.size(), first_skip = result.skipped.size();
  detail::assemble(doc, tokens, text, utf8, options, result);
  if (options.explain) {
    for (const auto& b : tokens.bare) {
      const byte_span span = text.original(b.begin, b.end);
      result.skipped.push_back({std::string(utf8.substr(span.begin, span.end - span.begin)), span, b.reason});
    }
  }
  // One name and code per subject and indicator; a short place name that several
  // divisions share is read in the province of the document's own place.
  // A document names few subjects and indicators, many times: each is resolved once.
  const std::string context_code = canonical_entity_of(doc.main_entity()).code;
  std::unordered_map<std::string, canonical_entity> entities;
  std::unordered_map<std::string, std::string> indicators;  // key: indicator, NUL, entity id
  for (std::size_t i = first_claim; i < result.claims.size(); ++i) {
    claim& c = result.claims[i];
    c.span = {to_input(c.span.begin), to_input(c.span.end)};
    if (!c.entity.empty()) {
      auto [it, added] = entities.try_emplace(c.entity);
      if (added) it->second = canonical_entity_of(c.entity, context_code);
      c.entity_id = it->second.id;
      c.entity_code = it->second.code;
    }
    if (!c.indicator.empty()) {
      std::string key = c.indicator;
      key += '\0';
      key += c.entity_id;
      auto [it, added] = indicators.try_emplace(std::move(key));
      if (added) it->second = canonical_indicator_of(c.indicator, c.entity_id);
      c.indicator_id = it->second;
    }
  }
  for (std::size_t i = first_skip; i < result.skipped.size(); ++i) {
    auto& s = result.skipped[i].span;
    s = {to_input(s.begin), to_input(s.end)};
  }
  std::sort(result.skipped.begin() + static_cast<std::ptrdiff_t>(first_skip), result.skipped.end(),
            [](const skipped_number& a, const skipped_number& b) { return a.span.begin < b.span.begin; });
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::size_t block_end(std::string_view w, text_encoding encoding, bool at_end) {
  if (at_end || w.empty()) return w.size();
  if (encoding == text_encoding::utf16le || encoding == text_encoding::utf16be) {
    // A line break is 0A 00 (LE) or 00 0A (BE) at an even offset; else the last whole unit
    // that is not the first half of a surrogate pair.
    const std::size_t even = w.size() & ~std::size_t{1};
    for (std::size_t i = even; i >= 2; i -= 2) {
      const bool nl = encoding == text_encoding::utf16le ? (w[i - 2] == '\n' && w[i - 1] == 0)
                                                          : (w[i - 2] == 0 && w[i - 1] == '\n');
      if (nl) return i;
    }
    std::size_t cut = even;
    const auto hi = [&](std::size_t i) {
      return static_cast<unsigned char>(encoding == text_encoding::utf16le ? w[i + 1] : w[i]);
    };
    if (cut >= 2 && hi(cut - 2) >= 0xD8 && hi(cut - 2) <= 0xDB) cut -= 2;
    return cut > 0 ? cut : w.size();
  }
  // A line break is the byte 0A in every other encoding here (no multi-byte character
  // of UTF-8, GB18030 or Big5 contains it).
  if (std::size_t nl = w.rfind('\n'); nl != std::string_view::npos) return nl + 1;
  if (encoding == text_encoding::utf8) {
    for (std::string_view marks : {"。！？!?", "，；,;"}) {
      std::size_t best = 0;
      for (std::size_t i = 0; i < marks.size();) {
        std::size_t len = detail::utf8_length(static_cast<unsigned char>(marks[i]));
        std::size_t at = w.rfind(marks.substr(i, len));
        if (at != std::string_view::npos) best = std::max(best, at + len);
        i += len;
      }
      if (best > 0) return best;
    }
    // The last character boundary not inside a run of digits, else the last character
    // boundary at all (a window of digits and single characters, 1中1中…).
    auto starts_character = [&](std::size_t i) { return (static_cast<unsigned char>(w[i]) & 0xC0) != 0x80; };
    for (std::size_t i = w.size() - 1; i > 0; --i) {
      if (starts_character(i) && !is_ascii_digit(w[i - 1]) && !is_ascii_digit(w[i]) && w[i] != '.' &&
          w[i - 1] != '.' && w[i] != ',' && w[i - 1] != ',')
        return i;
    }
    for (std::size_t i = w.size() - 1; i > 0; --i)
      if (starts_character(i)) return i;
    return w.size();
  }
  // GB18030 and Big5: the last character boundary, walking characters from the start.
  std::size_t last = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(w.data());
  for (std::size_t i = 0; i < w.size();) {
    std::size_t n = 1;
    if (p[i] >= 0x81) {
      n = 2;
      if (encoding == text_encoding::gb18030 && i + 1 < w.size() && p[i + 1] >= 0x30 && p[i + 1] <= 0x39) n = 4;
    }
    if (i + n > w.size()) break;
    i += n;
    last = i;
  }
  return last > 0 ? last : w.size();
}

extraction_result extract(std::string_view bytes, const extract_options& options) {
  extraction_result result;
  detail::doc_date date;
  if (!options.doc_date.empty()) {
    date = detail::parse_doc_date(options.doc_date);
    if (date.year == 0) {
      result.diagnostics.push_back({errc::bad_date, {}, fmt::format("{}: document date \"{}\": {}",
                                    doc_name(options), options.doc_date, error_message(errc::bad_date))});
      return result;
    }
    date.inferred = options.doc_date_inferred;
  }
  // Detection reads at most the first 64 KiB; when they are valid UTF-8 (detection's
  // first test) the blocks inside them need no second check.
  std::size_t validated = 0;
  text_encoding encoding = text_encoding::utf8;
  if (options.encoding) {
    encoding = *options.encoding;
  } else if (const std::string_view head = bytes.substr(0, std::min<std::size_t>(bytes.size(), 1 << 16));
             !find_invalid_utf8(head)) {
    validated = head.size();
  } else {
    encoding = detect_encoding(head);
  }
  const std::size_t block_size = std::max<std::size_t>(options.block_size, 64);
  for (std::size_t p = 0; p < bytes.size() || p == 0;) {
    const bool last_block = bytes.size() - p <= block_size;
    std::string_view window = bytes.substr(p, last_block ? bytes.npos : block_size);
    const std::size_t n = block_end(window, encoding, last_block);
    std::string_view block = bytes.substr(p, n);
    // (A block cut inside a character is checked, and fails, as before.)
    const bool ends_whole = p + n == bytes.size() || (static_cast<unsigned char>(bytes[p + n]) & 0xC0) != 0x80;
    const bool utf8_fast =
        encoding == text_encoding::utf8 && ((p + n <= validated && ends_whole) || !find_invalid_utf8(block));
    if (utf8_fast) {
      // Valid UTF-8 needs no decoding: the block is its own text (a byte order mark at
      // the very start is not).
      const std::size_t bom = (p == 0 && block.starts_with("\xEF\xBB\xBF")) ? 3 : 0;
      extract_block(block.substr(bom), offset_map{nullptr, p + bom}, date, options, p == 0 && last_block, result);
    } else {
      try {
        const decoded_text decoded = decode(block, encoding, options.on_invalid);
        if (decoded.replaced() > 0) {
          const std::size_t at = p + *decoded.first_replaced();
          result.warnings.push_back({errc::replaced_bytes, {at, at + 1},
                                     fmt::format("{}: {} invalid {} byte(s) read as U+FFFD, the first at byte offset {}",
                                                 doc_name(options), decoded.replaced(), to_string(encoding), at)});
        }
        extract_block(decoded.utf8(), offset_map{&decoded, p}, date, options, p == 0 && last_block, result);
      } catch (const decode_error& e) {
        const std::size_t at = p + e.offset();
        const bool utf8 = encoding == text_encoding::utf8;
        const errc code = utf8 ? errc::invalid_utf8 : errc::invalid_bytes;
        result.diagnostics.push_back(
            {code, {at, at + 1},
             fmt::format("{}: invalid {} at byte offset {} (byte 0x{:02X}); {}", doc_name(options),
                         utf8 ? "UTF-8" : to_string(encoding), at, static_cast<unsigned char>(bytes[at]),
                         error_message(code))});
        result.claims.clear();
        result.skipped.clear();
        return result;
      }
    }
    if (n == 0) break;
    p += n;
  }
  return result;
}

std::string infer_document_date(std::string_view first_block, text_encoding encoding) {
  std::string utf8;
  try {
    utf8 = decode(first_block, encoding, invalid_bytes::replace).utf8();
  } catch (const decode_error&) {
    return {};
  }
  const normalized_text text(utf8);
  return detail::infer_doc_date(text.view(), detail::scan(text.view())).text;
}

}  // namespace econclaims
