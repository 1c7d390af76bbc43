// Normalization for matching, with an exact map back to the original bytes.
#include <algorithm>
#include <cstring>

#include "econclaims/text.hpp"
#include "script_table.hpp"
#include "utf8.hpp"

namespace econclaims {
namespace {

using detail::decode_at;
using detail::encode_utf8;
using detail::utf8_length;

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

// The digits of Chinese numerals written digit by digit (二〇二三), in either script.
bool is_chinese_digit(char32_t c) noexcept {
  switch (c) {
    case U'〇': case U'零': case U'一': case U'二': case U'两': case U'兩': case U'三': case U'四':
    case U'五': case U'六': case U'七': case U'八': case U'九':
      return true;
    default:
      return false;
  }
}
bool chinese_digit_at(std::string_view s, std::size_t i) {
  std::size_t len = 0;
  return i < s.size() && is_chinese_digit(decode_at(s, i, len));
}
bool chinese_digit_before(std::string_view s, std::size_t i) {
  std::size_t start = 0;
  return i > 0 && is_chinese_digit(detail::decode_before(s, i, start));
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

// Are the `len - 1` bytes after p's lead byte all continuation bytes?
bool continuation_bytes(const char* p, std::size_t len) noexcept {
  for (std::size_t k = 1; k < len; ++k)
    if ((static_cast<unsigned char>(p[k]) & 0xC0) != 0x80) return false;
  return true;
}

}  // namespace

normalized_text::normalized_text(std::string_view in) : original_size_(in.size()) {
  // Characters that normalization leaves as they are (most of any text) are not written
  // one by one: they stay in a pending run of input bytes, copied whole when a character
  // that changes (or the end) is reached.
  const char* const data = in.data();
  const std::size_t n = in.size();
  text_.resize(n + 8);
  std::size_t o = 0;    // bytes written
  std::size_t run = 0;  // start of the pending run of unchanged input
  auto flush = [&](std::size_t upto) {
    if (o + (upto - run) > text_.size()) text_.resize(o + (upto - run) + text_.size() / 2 + 16);
    std::memcpy(text_.data() + o, data + run, upto - run);
    o += upto - run;
    run = upto;
  };
  // Write code point `cp` for the input bytes [from, to); the run restarts at `to`.
  auto emit = [&](char32_t cp, std::size_t from, std::size_t to) {
    if (o + 4 > text_.size()) text_.resize(text_.size() + text_.size() / 2 + 16);
    const std::size_t len = encode_utf8(cp, text_.data() + o);
    if (len != to - from)
      shifts_.push_back({static_cast<std::uint32_t>(o), static_cast<std::uint32_t>(o + len),
                         static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to)});
    o += len;
    run = to;
  };
  // Input [from, to) dropped; the run restarts at `to`.
  auto drop = [&](std::size_t from, std::size_t to) {
    shifts_.push_back({static_cast<std::uint32_t>(o), static_cast<std::uint32_t>(o), static_cast<std::uint32_t>(from),
                       static_cast<std::uint32_t>(to)});
    run = to;
  };
  // The last code point written is an ASCII digit or '.' (after a flush).
  auto after_number = [&] { return o > 0 && (is_digit(static_cast<unsigned char>(text_[o - 1])) || text_[o - 1] == '.'); };
  // A space after a number: "129 .06" or "129. 06" is one number, so the space goes.
  auto space_after_number = [&](std::size_t i, std::size_t cp_len) {
    const char32_t prev = static_cast<unsigned char>(text_[o - 1]);
    std::size_t j = i;
    std::size_t l2 = 0;
    while (j < n && is_space(fold_width(decode_at(in, j, l2)))) j += l2;
    char32_t next = j < n ? fold_width(decode_at(in, j, l2)) : 0;
    std::size_t l3 = 0;
    char32_t after = (j + l2 < n) ? fold_width(decode_at(in, j + l2, l3)) : 0;
    bool joins = (is_digit(prev) && next == '.' && is_digit(after)) ||
                 (prev == '.' && is_digit(next) && o >= 2 && is_digit(static_cast<unsigned char>(text_[o - 2])));
    if (joins) {
      drop(i, j);
      return j;
    }
    emit(' ', i, i + cp_len);
    return i + cp_len;
  };
  const detail::simplified_map* simplify = nullptr;  // fetched at the first Han character
  for (std::size_t i = 0; i < n;) {
    const auto b = static_cast<unsigned char>(data[i]);
    if (b < 0x80) {
      // ASCII stays as it is, but for a space or tab right after a number.
      if ((b == ' ' || b == '\t') && (flush(i), after_number())) {
        i = space_after_number(i, 1);
        continue;
      }
      ++i;
      continue;
    }
    // Most of a Chinese text: a well-formed three-byte Han character that is simplified
    // already and not followed by a reading in parentheses stays in the run. Two of
    // them in a row are tested at once (byte_pair_window), with the byte after them,
    // which must open no reading (neither '(' nor the EF of U+FF08); the first is
    // followed by the second's lead byte, which opens none.
    if (i + 8 <= n) {
      const detail::byte_pair_window w(data + i);
      if (w.two_three_byte() && w[6] != '(' && w[6] != 0xEF) {
        const char32_t c1 = w.first(), c2 = w.second();
        if (detail::is_han(c1) && detail::is_han(c2)) {
          if (!simplify) simplify = &detail::simplified_table();
          if (!simplify->changes(c1) && !simplify->changes(c2)) {
            i += 6;
            continue;
          }
        }
      }
    }
    if (b >= 0xE3 && b <= 0xE9 && i + 3 < n) {
      const auto b1 = static_cast<unsigned char>(data[i + 1]), b2 = static_cast<unsigned char>(data[i + 2]);
      // A reading opens with '(' or U+FF08 (EF BC 88); a full-width comma (EF BC 8C) is
      // no opening.
      const auto after = static_cast<unsigned char>(data[i + 3]);
      const bool may_open_reading =
          after == '(' || (after == 0xEF && (i + 5 >= n || (static_cast<unsigned char>(data[i + 4]) == 0xBC &&
                                                            static_cast<unsigned char>(data[i + 5]) == 0x88)));
      if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80 && !may_open_reading) {
        const char32_t cp = detail::decode_three(b, b1, b2);
        if (detail::is_han(cp)) {
          if (!simplify) simplify = &detail::simplified_table();
          if (!simplify->changes(cp)) {
            i += 3;
            continue;
          }
        }
      }
    }
    std::size_t len = 0;
    const char32_t raw = decode_at(in, i, len);
    if (detail::is_han(raw)) {
      if (!simplify) simplify = &detail::simplified_table();
      const std::size_t next = i + len;
      // A pinyin reading opens with '(' or its full-width form U+FF08 (EF BC 88); test
      // those bytes before decoding anything.
      const bool paren = next < n && (data[next] == '(' || (static_cast<unsigned char>(data[next]) == 0xEF &&
                                                            next + 2 < n &&
                                                            static_cast<unsigned char>(data[next + 1]) == 0xBC &&
                                                            static_cast<unsigned char>(data[next + 2]) == 0x88));
      const std::size_t reading = paren ? pinyin_reading_length(in, next) : 0;
      const bool traditional = simplify->changes(raw);
      had_traditional_ |= traditional;
      // A Han character is three bytes; other lengths are malformed input, re-encoded.
      if (traditional || len != 3 || !continuation_bytes(data + i, 3)) {
        flush(i);
        emit(traditional ? (*simplify)(raw) : raw, i, next);
      }
      if (reading) {
        flush(next);
        drop(next, next + reading);
      }
      i = next + reading;
      continue;
    }
    char32_t cp = fold_width(raw);
    // A white circle between Chinese digits (二○二三年) is the numeral zero 〇.
    if (cp == U'○' && (chinese_digit_before(in, i) || chinese_digit_at(in, i + len))) cp = U'〇';
    if (is_space(cp)) {
      flush(i);
      if (after_number()) {
        i = space_after_number(i, len);
        continue;
      }
    }
    // Written as it stands only when its bytes are what encoding the code point gives
    // (malformed bytes become the code point decode_at read from them).
    char encoded[4];
    if (cp != raw || encode_utf8(cp, encoded) != len || std::memcmp(encoded, data + i, len) != 0) {
      flush(i);
      emit(cp, i, i + len);
    }
    i += len;
  }
  flush(n);
  text_.resize(o);
}

const normalized_text::shift* normalized_text::shift_at(std::size_t pos) const noexcept {
  auto it = std::upper_bound(shifts_.begin(), shifts_.end(), pos,
                             [](std::size_t p, const shift& s) { return p < s.text_begin; });
  return it == shifts_.begin() ? nullptr : &*(it - 1);
}

byte_span normalized_text::original_character(std::size_t pos) const noexcept {
  const shift* s = shift_at(pos);
  if (s && pos < s->text_end) return {s->begin, s->end};
  // A character kept at its length: its bytes, moved by the shifts before it; added
  // before subtracting, since a shift can make the text longer than the input (a
  // character simplified to one outside the Basic Multilingual Plane).
  std::size_t first = pos;
  while (first > 0 && pos - first < 3 && (static_cast<unsigned char>(text_[first]) & 0xC0) == 0x80) --first;
  const std::size_t last = first + utf8_length(static_cast<unsigned char>(text_[first]));
  if (!s) return {first, last};
  return {first + s->end - s->text_end, last + s->end - s->text_end};
}

byte_span normalized_text::original(std::size_t b, std::size_t e) const noexcept {
  if (b >= text_.size()) return {original_size_, original_size_};
  const std::size_t begin = original_character(b).begin;
  if (e <= b) return {begin, begin};
  return {begin, original_character(e - 1).end};
}

}  // namespace econclaims
