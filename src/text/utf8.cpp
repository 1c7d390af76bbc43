// UTF-8 validation (RFC 3629): rejects overlong forms, surrogates, code points past
// U+10FFFF and truncated sequences, and reports where the first bad byte is.
#include "econclaims/text.hpp"
#include "utf8.hpp"

namespace econclaims {

std::size_t utf8_sequence_at(std::string_view s, std::size_t i) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  if (i >= n) return 0;
  const unsigned char b = p[i];
  if (b < 0x80) return 1;
  std::size_t len;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b >= 0xC2 && b <= 0xDF) len = 2;
  else if (b == 0xE0) { len = 3; lo = 0xA0; }
  else if (b >= 0xE1 && b <= 0xEC) len = 3;
  else if (b == 0xED) { len = 3; hi = 0x9F; }  // no UTF-16 surrogates
  else if (b >= 0xEE && b <= 0xEF) len = 3;
  else if (b == 0xF0) { len = 4; lo = 0x90; }
  else if (b >= 0xF1 && b <= 0xF3) len = 4;
  else if (b == 0xF4) { len = 4; hi = 0x8F; }  // nothing past U+10FFFF
  else return 0;
  if (i + 1 >= n || p[i + 1] < lo || p[i + 1] > hi) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if (i + k >= n || (p[i + k] & 0xC0) != 0x80) return 0;
  return len;
}

std::optional<std::size_t> find_invalid_utf8(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    // The common case of Chinese text first: a three-byte character whose second byte
    // may be any continuation byte (all of E1–EF but E0 and ED), two of them in a row
    // at once (byte_pair_window) where the text allows.
    if (i + 8 <= n) {
      const detail::byte_pair_window w(s.data() + i);
      if (w.two_three_byte() && b != 0xE0 && b != 0xED && w[3] != 0xE0 && w[3] != 0xED) {
        i += 6;
        continue;
      }
    }
    if (b >= 0xE1 && b != 0xED) {
      if (b <= 0xEF) {
        if (i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
          i += 3;
          continue;
        }
        return i;
      }
    }
    const std::size_t len = utf8_sequence_at(s, i);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

}  // namespace econclaims
