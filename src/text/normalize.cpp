// Normalization for matching, with an exact map back to the original bytes.
#include <algorithm>
#include <cstring>

#include "econclaims/text.hpp"
#include "script_table.hpp"
#include "utf8.hpp"

namespace econclaims {
namespace {

using detail::decode_at;

bool is_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }
bool is_space(char32_t c) noexcept { return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0; }

// Latin letters that occur in pinyin readings: a–z, ü and the tone-marked vowels.
bool is_pinyin_letter(char32_t c, bool& toned) noexcept {
  if (c >= 'a' && c <= 'z') return true;
  static constexpr char32_t toned_vowels[] = {
      0x101, 0xE1, 0x1CE, 0xE0,  0x113, 0xE9, 0x11B, 0xE8,  0x12B, 0xED, 0x1D0, 0xEC,
      0x14D, 0xF3, 0x1D2, 0xF2,  0x16B, 0xFA, 0x1D4, 0xF9,  0x1D6, 0x1D8, 0x1DA, 0x1DC,
      0xFC,  0x144, 0x148, 0x1F9, 0x1E3F};
  if (std::find(std::begin(toned_vowels), std::end(toned_vowels), c) != std::end(toned_vowels)) {
    toned = true;
    return true;
  }
  return false;
}

// Full-width forms and a few look-alikes to ASCII; everything else unchanged.
char32_t fold_width(char32_t c) noexcept {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  if (c == 0x3000) return ' ';
  if (c == 0xFE6A) return '%';   // small percent sign
  if (c == 0x2024) return '.';   // one dot leader
  return c;
}

// If a pinyin reading in parentheses starts at byte i (just after a Han character),
// return its byte length; else 0. A reading is 1–7 pinyin letters with at least one
// tone mark, so ordinary parenthesised words and ASCII codes are left alone.
std::size_t pinyin_reading_length(std::string_view s, std::size_t i) {
  std::size_t len = 0;
  char32_t open = fold_width(decode_at(s, i, len));
  if (open != '(') return 0;
  std::size_t j = i + len;
  int letters = 0;
  bool toned = false;
  while (j < s.size() && letters <= 7) {
    char32_t c = fold_width(decode_at(s, j, len));
    if (c == ')') return (letters > 0 && toned) ? j + len - i : 0;
    if (!is_pinyin_letter(c, toned)) return 0;
    ++letters;
    j += len;
  }
  return 0;
}

}  // namespace

normalized_text::normalized_text(std::string_view in) : original_size_(in.size()) {
  // The output and its two maps are written through an index into buffers sized up
  // front (no push_back per byte); they grow only when folding makes the text longer
  // than the input (a stray byte becomes a two-byte code point).
  std::size_t o = 0;  // bytes written
  auto reserve_out = [&](std::size_t more) {
    if (o + more <= text_.size()) return;
    const std::size_t size = std::max(o + more, text_.size() + text_.size() / 2 + 16);
    text_.resize(size);
    begin_.resize(size);
    end_.resize(size);
  };
  reserve_out(in.size() + 4);
  // Every output byte records the original code point it comes from.
  auto emit = [&](char32_t cp, std::size_t from, std::size_t to) {
    reserve_out(4);
    char* out = text_.data() + o;
    std::size_t len = 1;
    if (cp < 0x80) {
      out[0] = static_cast<char>(cp);
    } else if (cp < 0x800) {
      out[0] = static_cast<char>(0xC0 | (cp >> 6));
      out[1] = static_cast<char>(0x80 | (cp & 0x3F));
      len = 2;
    } else if (cp < 0x10000) {
      out[0] = static_cast<char>(0xE0 | (cp >> 12));
      out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out[2] = static_cast<char>(0x80 | (cp & 0x3F));
      len = 3;
    } else {
      out[0] = static_cast<char>(0xF0 | (cp >> 18));
      out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out[3] = static_cast<char>(0x80 | (cp & 0x3F));
      len = 4;
    }
    for (std::size_t k = 0; k < len; ++k) {
      begin_[o + k] = static_cast<std::uint32_t>(from);
      end_[o + k] = static_cast<std::uint32_t>(to);
    }
    o += len;
  };
  const char* const data = in.data();
  const std::size_t n = in.size();
  char32_t prev = 0;  // the last code point emitted
  const detail::simplified_map* simplify = nullptr;  // fetched at the first Han character
  for (std::size_t i = 0; i < n;) {
    const auto b = static_cast<unsigned char>(data[i]);
    // Fast path: a run of ASCII other than space and tab. Normalization leaves these
    // bytes as they are (fold_width and the Han rules touch none of them), so the run is
    // copied whole and each byte maps to itself. Spaces go the general way, because a
    // space inside a number is dropped.
    if (b < 0x80 && b != ' ' && b != '\t') {
      std::size_t j = i + 1;
      while (j < n) {
        const auto c = static_cast<unsigned char>(data[j]);
        if (c >= 0x80 || c == ' ' || c == '\t') break;
        ++j;
      }
      reserve_out(j - i);
      std::memcpy(text_.data() + o, data + i, j - i);
      for (std::size_t k = i; k < j; ++k, ++o) {
        begin_[o] = static_cast<std::uint32_t>(k);
        end_[o] = static_cast<std::uint32_t>(k + 1);
      }
      prev = static_cast<unsigned char>(data[j - 1]);
      i = j;
      continue;
    }
    std::size_t len = 0;
    const char32_t cp = fold_width(decode_at(in, i, len));
    const std::size_t cp_len = len;
    if (detail::is_han(cp)) {
      if (!simplify) simplify = &detail::simplified_table();
      const char32_t simple = (*simplify)(cp);
      had_traditional_ |= simple != cp;
      emit(simple, i, i + len);
      i += len;
      // A pinyin reading opens with '(' or its full-width form U+FF08 (EF BC 88); test
      // those bytes before decoding anything.
      if (i < n && (data[i] == '(' || (static_cast<unsigned char>(data[i]) == 0xEF && i + 2 < n &&
                                       static_cast<unsigned char>(data[i + 1]) == 0xBC &&
                                       static_cast<unsigned char>(data[i + 2]) == 0x88)))
        if (std::size_t skip = pinyin_reading_length(in, i)) i += skip;
      prev = simple;
      continue;
    }
    if (is_space(cp) && (is_digit(prev) || prev == '.')) {
      // A space inside a number: "129 .06" or "129. 06" is one number.
      std::size_t j = i;
      std::size_t l2 = 0;
      while (j < in.size() && is_space(fold_width(decode_at(in, j, l2)))) j += l2;
      char32_t next = j < in.size() ? fold_width(decode_at(in, j, l2)) : 0;
      std::size_t l3 = 0;
      char32_t after = (j + l2 < in.size()) ? fold_width(decode_at(in, j + l2, l3)) : 0;
      bool joins = (is_digit(prev) && next == '.' && is_digit(after)) ||
                   (prev == '.' && is_digit(next) && o >= 2 &&
                    is_digit(static_cast<unsigned char>(text_[o - 2])));
      if (joins) {
        i = j;
        continue;
      }
      emit(' ', i, i + cp_len);
      prev = ' ';
      i += cp_len;
      continue;
    }
    emit(cp, i, i + len);
    prev = cp;
    i += len;
  }
  text_.resize(o);
  begin_.resize(o + 1);
  end_.resize(o + 1);
  begin_[o] = static_cast<std::uint32_t>(in.size());
  end_[o] = static_cast<std::uint32_t>(in.size());
}

byte_span normalized_text::original(std::size_t b, std::size_t e) const noexcept {
  if (b >= text_.size()) return {original_size_, original_size_};
  if (e <= b) return {begin_[b], begin_[b]};
  return {begin_[b], end_[e - 1]};
}

}  // namespace econclaims
