#include "numeral_def.hpp"

#include <cstdint>
#include <utility>
#include <vector>

#include "econclaims/text.hpp"
#include "../text/utf8.hpp"

namespace econclaims::grammar {

BOOST_SPIRIT_INSTANTIATE(number_type, iterator_type, context_type)

const number_type& number() { return number_rule; }

namespace {

// The one-character words of a lexicon table keyed by code point: what comparing a
// character with every entry of the table gives (the last entry that matches wins).
// Looked up directly: slot[cp] is 0 for no entry, else 1 + the index of its value.
class char_values {
 public:
  explicit char_values(std::span<const lexicon::entry<int>> entries) : slot_(0x10000, 0) {
    for (const auto& e : entries) {
      const std::string_view w = e.word;
      std::size_t len = 0;
      if (w.empty()) continue;
      const char32_t cp = detail::decode_at(w, 0, len);
      if (len != w.size()) continue;  // a longer word never equals one character
      if (cp >= 0x10000) {
        far_.emplace_back(cp, e.value);  // outside the table: none in the lexicon today
        continue;
      }
      if (slot_[cp] != 0) {
        values_[slot_[cp] - 1] = e.value;
      } else {
        values_.push_back(e.value);
        slot_[cp] = static_cast<std::uint16_t>(values_.size());
      }
    }
  }
  /// The value of `cp`, or `none` when no entry is that character.
  int find(char32_t cp, int none) const noexcept {
    if (cp < 0x10000) return slot_[cp] != 0 ? values_[slot_[cp] - 1] : none;
    int v = none;
    for (const auto& [c, value] : far_)
      if (c == cp) v = value;
    return v;
  }

 private:
  std::vector<std::uint16_t> slot_;
  std::vector<int> values_;
  std::vector<std::pair<char32_t, int>> far_;
};

}  // namespace

std::optional<number_ast> evaluate_chinese(std::string_view s) {
  static const char_values digit_values(lexicon::chinese_digits());
  static const char_values small_unit_values(lexicon::chinese_small_units());
  // Sections: below 万 (`low`), the 万 group (`wan`), and everything above 亿.
  // 一万零五百: 一 → digit 1; 万 → wan 1; 零; 五百 → low 500; total 10500.
  double above_yi = 0, wan = 0, low = 0;
  int digit = -1;             // a digit waiting for its unit, -1 if none
  int chars = 0, unit_count = 0;
  bool positional = true;     // only digits so far (二〇二〇)
  double positional_value = 0;
  double fraction = 0, fraction_scale = 1;
  int decimals = 0;
  bool after_point = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    char32_t cp = detail::decode_at(s, i, len);
    i += len;
    ++chars;
    const int d = digit_values.find(cp, -1);
    if (cp == U'点') {
      if (after_point) return std::nullopt;
      after_point = true;
      continue;
    }
    if (after_point) {
      if (d < 0) return std::nullopt;
      fraction_scale /= 10;
      fraction += d * fraction_scale;
      ++decimals;
      continue;
    }
    if (d >= 0) {
      if (digit >= 0 && !positional && d != 0) return std::nullopt;  // 三五 with units around
      positional_value = positional_value * 10 + d;
      digit = (d == 0 && digit < 0) ? -1 : d;
      continue;
    }
    positional = false;
    ++unit_count;
    const int unit = small_unit_values.find(cp, 0);
    if (unit) {
      low += (digit >= 0 ? digit : 1) * unit;
      digit = -1;
    } else if (cp == U'万') {
      wan = (low + (digit >= 0 ? digit : 0));
      if (wan == 0) wan = 1;
      low = 0;
      digit = -1;
    } else if (cp == U'亿') {
      double below = wan * 1e4 + low + (digit >= 0 ? digit : 0);
      above_yi = (above_yi + (below == 0 ? 1 : below)) * 1e8;
      wan = low = 0;
      digit = -1;
    } else {
      return std::nullopt;
    }
  }
  number_ast n;
  n.chinese = true;
  n.digits = chars;
  n.decimals = decimals;
  if (positional && unit_count == 0) {
    // A run of digits: one digit (三) is its value; four (二〇二〇) are a year written
    // digit by digit. Two or three (一一, 三五) are not a numeral.
    if (chars > 1 && chars - decimals - (after_point ? 1 : 0) != 4) return std::nullopt;
    n.positional = chars > 1;
    n.value = positional_value + fraction;
    return n;
  }
  n.value = above_yi + wan * 1e4 + low + (digit >= 0 ? digit : 0) + fraction;
  return n;
}

}  // namespace econclaims::grammar
