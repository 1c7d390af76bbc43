// File: text.hpp
// The text layer: UTF-8 validation and the normalized form the grammars match on.
//
// Normalization maps traditional characters to simplified ones, full-width digits,
// letters and punctuation to ASCII (２０２０ → 2020, ％ → %), drops inline pinyin
// readings (產(chǎn)業 → 产业) and joins a stray space inside a number (129 .06 → 129.06).
// Every byte of the normalized text remembers the original bytes it came from, so a
// match in normalized text maps back to an exact span of the input file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "econclaims/claim.hpp"

namespace econclaims {

/// The byte offset of the first byte that does not start or continue a valid UTF-8
/// sequence (overlong forms, surrogates and code points past U+10FFFF are invalid),
/// or nullopt when all of `bytes` is valid UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) noexcept;
/// Length of the well-formed UTF-8 sequence that starts at bytes[i] (1–4), or 0 when the
/// bytes there are not one (overlong forms, surrogates, past U+10FFFF, cut short).
std::size_t utf8_sequence_at(std::string_view bytes, std::size_t i) noexcept;

class normalized_text {
 public:
  /// Normalize valid UTF-8 (check with find_invalid_utf8 first). Malformed bytes are
  /// read leniently and re-encoded (a stray 0x80 becomes U+0080), so they never make
  /// the normalized text invalid, but they do change it.
  explicit normalized_text(std::string_view utf8);

  const std::string& str() const noexcept { return text_; }
  std::string_view view() const noexcept { return text_; }
  std::size_t size() const noexcept { return text_.size(); }

  /// The original bytes behind normalized bytes [begin, end). Precondition:
  /// begin <= end <= size(), both on code point boundaries.
  byte_span original(std::size_t begin, std::size_t end) const noexcept;

  /// True when at least one character was converted from traditional script.
  bool had_traditional() const noexcept { return had_traditional_; }

 private:
  // Most characters come through normalization with their bytes' count unchanged, so
  // the map back stores only where that fails: each entry maps normalized bytes
  // [text_begin, text_end) as one unit to original bytes [begin, end), and an entry with
  // text_begin == text_end marks input dropped there. Between entries a byte of the
  // normalized text stands `end - text_end` (of the entry before) bytes later in the
  // input, inside a character of the same length.
  struct shift {
    std::uint32_t text_begin, text_end, begin, end;
  };
  byte_span original_character(std::size_t pos) const noexcept;  // of the character at pos
  const shift* shift_at(std::size_t pos) const noexcept;          // the last at or before pos

  std::string text_;
  std::vector<shift> shifts_;  // ascending text_begin
  std::size_t original_size_ = 0;
  bool had_traditional_ = false;
};

/// The simplified form of one character (itself when it has none), from OpenCC's
/// traditional→simplified tables (t2s, with Hong Kong and Taiwan variants).
char32_t to_simplified(char32_t cp);

/// Convert a UTF-8 string to simplified script character by character.
std::string to_simplified(std::string_view utf8);

}  // namespace econclaims
