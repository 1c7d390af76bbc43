// Each target checks invariants, not just "no crash": offsets stay inside the input,
// quotes are the bytes their spans name, and a failed parse does not move the iterator.
#include "fuzz_targets.hpp"

#include <cstdlib>
#include <string>
#include <string_view>

#include "econclaims/claims_io.hpp"
#include "econclaims/encoding.hpp"
#include "econclaims/extract.hpp"
#include "econclaims/text.hpp"
#include "grammar/quantity.hpp"
#include "grammar/time_expr.hpp"

namespace econclaims::fuzz {
namespace {
void require(bool ok) {
  if (!ok) std::abort();
}
std::string_view view(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}
}  // namespace

void normalize(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = view(data, size);
  if (find_invalid_utf8(in)) return;
  const normalized_text t(in);
  require(!find_invalid_utf8(t.view()));
  std::size_t last = 0;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    if (i < t.size() && (static_cast<unsigned char>(t.str()[i]) & 0xC0) == 0x80) continue;
    const byte_span s = t.original(i, i);
    require(s.begin <= in.size());
    require(s.begin >= last);  // the map never runs backwards
    last = s.begin;
  }
}

// Every start position of the first 1 KiB (libFuzzer's inputs are short; longer
// saved inputs are for the whole extractor, which scans them once).
template <class Rule, class Attr>
void parse_everywhere(const Rule& rule, std::string_view in) {
  in = in.substr(0, 1024);
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char* first = in.data() + i;
    const char* last = in.data() + in.size();
    const char* const start = first;
    Attr attr;
    const bool ok = boost::spirit::x3::parse(first, last, rule, attr);
    require(first >= start && first <= last);
    if (!ok) require(first == start);
  }
}

void quantity(const std::uint8_t* data, std::size_t size) {
  parse_everywhere<grammar::quantity_type, grammar::quantity_ast>(grammar::quantity(), view(data, size));
}

void time_expr(const std::uint8_t* data, std::size_t size) {
  parse_everywhere<grammar::time_expr_type, grammar::time_ast>(grammar::time_expr(), view(data, size));
}

void extract(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = view(data, size);
  const bool valid_utf8 = !find_invalid_utf8(in);
  extract_options o;
  o.doc = "fuzz.txt";
  o.explain = true;
  o.doc_date = (size % 2) ? "2020-06" : "";
  // Named UTF-8: invalid bytes are an error, never claims.
  o.encoding = text_encoding::utf8;
  if (!valid_utf8) require(!econclaims::extract(in, o).ok());
  // Detected encoding: bad bytes may read as GB18030 or Big5; an error is also a fine
  // answer. Either way every span lies inside the input and every string is UTF-8.
  o.encoding.reset();
  const auto r = econclaims::extract(in, o);
  for (const auto& c : r.claims) {
    require(c.span.begin < c.span.end && c.span.end <= in.size());
    if (valid_utf8) require(in.substr(c.span.begin, c.span.end - c.span.begin) == c.quote);
    require(!find_invalid_utf8(c.quote) && !find_invalid_utf8(c.entity) && !find_invalid_utf8(c.indicator));
  }
  for (const auto& s : r.skipped) require(s.span.end <= in.size());
  // Any bytes decode in replacement mode without throwing, whatever the encoding.
  for (auto e : {text_encoding::gb18030, text_encoding::big5, text_encoding::utf16le})
    require(!find_invalid_utf8(decode(in, e, invalid_bytes::replace).utf8()));
}

// The claims reader: any bytes either read as claims or throw format_error naming the
// source and a line; what is read writes back and reads again as the same claims.
void claims_reader(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = view(data, size);
  claims_read r;
  try {
    r = read_claims_lines(in, "fuzz.jsonl");
  } catch (const format_error& e) {
    require(std::string_view(e.what()).starts_with("fuzz.jsonl:"));
    return;
  }
  require(r.claims.size() == r.lines.size());
  std::string out;
  for (const auto& c : r.claims) {
    append_json(out, c);
    out += '\n';
  }
  const auto again = read_claims(out, "again.jsonl");
  require(again.size() == r.claims.size());
  for (std::size_t i = 0; i < again.size(); ++i) {
    // NaN values are written as null, which reads back as a missing value.
    if (again[i].value == again[i].value && r.claims[i].value == r.claims[i].value)
      require(again[i].doc == r.claims[i].doc && again[i].unit == r.claims[i].unit);
  }
}

}  // namespace econclaims::fuzz
