#include "numeral_def.hpp"

#include "econclaims/text.hpp"
#include "../text/utf8.hpp"

namespace econclaims::grammar {

BOOST_SPIRIT_INSTANTIATE(number_type, iterator_type, context_type)

const number_type& number() { return number_rule; }

std::optional<number_ast> evaluate_chinese(std::string_view s) {
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
    std::string_view w = s.substr(i, len);
    i += len;
    ++chars;
    int d = -1;
    for (const auto& e : lexicon::chinese_digits())
      if (w == e.word) d = e.value;
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
    int unit = 0;
    for (const auto& e : lexicon::chinese_small_units())
      if (w == e.word) unit = e.value;
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
