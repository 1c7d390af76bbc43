// Internal UTF-8 helpers for the text layer and the extractor.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace econclaims::detail {

/// Length of the UTF-8 sequence starting with lead byte `b` (1 for ASCII and for
/// a stray continuation byte, so iteration always advances).
inline std::size_t utf8_length(unsigned char b) noexcept {
  if (b < 0xC0) return 1;
  if (b < 0xE0) return 2;
  if (b < 0xF0) return 3;
  return 4;
}

/// The code point of a three-byte sequence (lead byte b0), continuation bits unchecked.
inline char32_t decode_three(unsigned char b0, unsigned char b1, unsigned char b2) noexcept {
  return ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
}

/// Two characters a step. Most of a Chinese text is three-byte characters, so the loops
/// that read every character load eight bytes (p must have eight), test them for two
/// three-byte sequences at once and decode both without a branch between them.
struct byte_pair_window {
  std::uint64_t bytes;  ///< byte k of the text in bits 8k..8k+7

  explicit byte_pair_window(const char* p) noexcept {
    std::memcpy(&bytes, p, 8);
    if constexpr (std::endian::native == std::endian::big) bytes = __builtin_bswap64(bytes);
  }
  unsigned char operator[](int k) const noexcept { return static_cast<unsigned char>(bytes >> (8 * k)); }
  /// Bytes 0–5 are two three-byte sequences: lead bytes 1110xxxx (E0–EF), continuation
  /// bytes 10xxxxxx. (Overlong and surrogate forms pass; validation tests them.)
  bool two_three_byte() const noexcept { return (bytes & 0xC0C0F0C0C0F0ull) == 0x8080E08080E0ull; }
  char32_t first() const noexcept { return decode_three((*this)[0], (*this)[1], (*this)[2]); }
  char32_t second() const noexcept { return decode_three((*this)[3], (*this)[4], (*this)[5]); }
};

/// Decode the code point at s[i] (valid UTF-8 assumed); sets `len` to its byte length.
inline char32_t decode_at(std::string_view s, std::size_t i, std::size_t& len) noexcept {
  if (i >= s.size()) {  // past the end: nothing, one byte, so loops still advance
    len = 1;
    return 0;
  }
  const auto b = static_cast<unsigned char>(s[i]);
  if (b >= 0xE0 && b < 0xF0 && s.size() - i >= 3) {  // three bytes: most of Chinese text
    len = 3;
    return decode_three(b, static_cast<unsigned char>(s[i + 1]), static_cast<unsigned char>(s[i + 2]));
  }
  len = utf8_length(b);
  if (i + len > s.size()) {
    len = 1;
    return b;
  }
  switch (len) {
    case 1: return b;
    case 2: return ((b & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
    case 3: return decode_three(b, static_cast<unsigned char>(s[i + 1]), static_cast<unsigned char>(s[i + 2]));
    default:
      return ((b & 0x07u) << 18) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 12) |
             ((static_cast<unsigned char>(s[i + 2]) & 0x3Fu) << 6) |
             (static_cast<unsigned char>(s[i + 3]) & 0x3Fu);
  }
}

/// The code point that ends just before byte `i` (i > 0), and its start in `start`.
inline char32_t decode_before(std::string_view s, std::size_t i, std::size_t& start) noexcept {
  std::size_t j = i - 1;
  while (j > 0 && i - j < 4 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  start = j;
  std::size_t len = 0;
  return decode_at(s, j, len);
}

/// The UTF-8 form of `cp` in out[0..4); returns its length. Code points past U+10FFFF
/// (read from malformed input) keep the four-byte pattern.
inline std::size_t encode_utf8(char32_t cp, char* out) noexcept {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

inline void append_utf8(std::string& out, char32_t cp) {
  char bytes[4];
  out.append(bytes, encode_utf8(cp, bytes));
}

/// CJK unified ideographs (basic block and extension A) and compatibility ideographs.
inline bool is_han(char32_t cp) noexcept {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF);
}

}  // namespace econclaims::detail
