// A flat JSON object grammar in Spirit X3. Strings decode \uXXXX escapes (with
// surrogate pairs) to UTF-8; numbers use X3's double parser.
#include "json_object.hpp"

#include <cstdint>
#include <cstring>
#include <vector>

#include <boost/spirit/home/x3.hpp>

#include "../text/utf8.hpp"

namespace econclaims::detail {
namespace x3 = boost::spirit::x3;

namespace {

struct string_tag;
struct member_tag;

const x3::uint_parser<char32_t, 16, 4, 4> hex4;

// A JSON string; the attribute is the decoded UTF-8 text. A high surrogate waits in
// `pending` for its low half.
const auto json_string = x3::rule<string_tag, std::string>{"string"} = x3::lexeme[
    '"' >> x3::with<string_tag>(char32_t{0})[
      *( (x3::lit('\\') >> (
            x3::lit('"')  [([](auto& c) { x3::_val(c) += '"'; })]
          | x3::lit('\\') [([](auto& c) { x3::_val(c) += '\\'; })]
          | x3::lit('/')  [([](auto& c) { x3::_val(c) += '/'; })]
          | x3::lit('b')  [([](auto& c) { x3::_val(c) += '\b'; })]
          | x3::lit('f')  [([](auto& c) { x3::_val(c) += '\f'; })]
          | x3::lit('n')  [([](auto& c) { x3::_val(c) += '\n'; })]
          | x3::lit('r')  [([](auto& c) { x3::_val(c) += '\r'; })]
          | x3::lit('t')  [([](auto& c) { x3::_val(c) += '\t'; })]
          | (x3::lit('u') >> hex4)[([](auto& c) {
              char32_t u = x3::_attr(c);
              auto& pending = x3::get<string_tag>(c);
              if (u >= 0xD800 && u < 0xDC00) { pending = u; return; }
              if (u >= 0xDC00 && u < 0xE000 && pending) {
                u = 0x10000 + ((pending - 0xD800) << 10) + (u - 0xDC00);
              }
              pending = 0;
              detail::append_utf8(x3::_val(c), u);
            })]))
       | (x3::char_ - '"' - '\\' - x3::char_('\x00', '\x1f'))[([](auto& c) {
           x3::_val(c) += x3::_attr(c);
         })]
      )
    ] >> '"'];

// A nested object of string members (the `why` of an explained claim): read over and
// kept as null, since it explains a claim and carries none of its data.
struct nested_tag;
const auto nested_strings = x3::rule<nested_tag, std::vector<std::string>>{"object of strings"} =
    '{' >> -((json_string >> ':' >> json_string) % ',') >> '}';
// A member "key": scalar. The value goes into the pair by semantic actions, since
// X3 attributes do not propagate into std::variant.
const auto member = x3::rule<member_tag, std::pair<std::string, json_scalar>>{"member"} =
    json_string[([](auto& c) { x3::_val(c).first = x3::_attr(c); })] >> ':' >>
    ( json_string[([](auto& c) { x3::_val(c).second = x3::_attr(c); })]
    | x3::lit("null")[([](auto& c) { x3::_val(c).second = nullptr; })]
    | x3::lit("true")[([](auto& c) { x3::_val(c).second = true; })]
    | x3::lit("false")[([](auto& c) { x3::_val(c).second = false; })]
    | x3::double_[([](auto& c) { x3::_val(c).second = x3::_attr(c); })]
    | nested_strings[([](auto& c) { x3::_val(c).second = nullptr; })]);

const auto object = '{' >> -(member % ',') >> '}';

}  // namespace

std::optional<json_object> parse_flat_object(std::string_view line, std::size_t& error_offset) {
  json_object obj;
  auto first = line.begin();
  const auto last = line.end();
  bool ok = x3::phrase_parse(first, last, object, x3::space, obj);
  if (!ok || first != last) {
    error_offset = static_cast<std::size_t>(first - line.begin());
    return std::nullopt;
  }
  return obj;
}

namespace {

// Does any of the eight bytes of `w` need an escape in a JSON string: a control
// character (below 0x20), '"' or '\\'? The tests for a zero byte and for a byte below
// 0x20 can flag a byte above a true hit, never a word without one, so the answer for
// the word is exact.
bool any_needs_escape(std::uint64_t w) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  const auto has_zero = [](std::uint64_t x) { return (x - ones) & ~x & highs; };
  const std::uint64_t below_space = (w - ones * 0x20) & ~w & highs;
  return (below_space | has_zero(w ^ (ones * '"')) | has_zero(w ^ (ones * '\\'))) != 0;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  // Runs of bytes that need no escape (nearly all of a text) are appended whole; they
  // are found eight bytes at a time.
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (i + 8 <= s.size()) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (!any_needs_escape(w)) {
        i += 8;
        continue;
      }
    }
    const auto ch = static_cast<unsigned char>(s[i++]);
    if (ch >= 0x20 && ch != '"' && ch != '\\') continue;
    out.append(s.data() + run, i - 1 - run);
    run = i;
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += hex[ch >> 4];
        out += hex[ch & 0xF];
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

}  // namespace econclaims::detail
