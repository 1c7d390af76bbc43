// Writing JSON strings: the escapes the exchange format needs, found eight bytes at a time.
#include "json_write.hpp"

#include <cstdint>
#include <cstring>

namespace econclaims::detail {

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
