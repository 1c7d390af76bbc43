// Definition of `number`. Arabic numerals: digits, thousands groups of exactly three
// digits, a decimal part. Chinese numerals: a run of numeral characters, valued by
// evaluate_chinese.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

#include "lexicon.hpp"
#include "numeral.hpp"

namespace econclaims::grammar {
namespace numeral_detail {

template <class T>
x3::symbols<T> make_symbols(std::span<const lexicon::entry<T>> entries) {
  x3::symbols<T> s;
  for (const auto& e : entries) s.add(e.word, e.value);
  return s;
}

inline const x3::symbols<int> digit_words = make_symbols(lexicon::chinese_digits());
inline const x3::symbols<int> small_unit_words = make_symbols(lexicon::chinese_small_units());

// Arabic: "1,035.5" → value 1035.5, decimals 1. A thousands group is exactly three
// digits and is not followed by a fourth, so "3,4" and "2020,2021" are not one number.
// Groups may also be set apart by single spaces (3 000, 12 500.5, 120 000): after a first
// group of one or two digits, or of three when a later group is 000. Other runs are
// numbers side by side (2023 100, 分别为 120 135 150), read one by one.
inline const auto three_digits = x3::repeat(3)[x3::digit] >> !x3::digit;
inline const auto spaced_groups =
    x3::raw[x3::repeat(1, 3)[x3::digit] >> +(' ' >> three_digits)][([](auto& ctx) {
      const auto& r = x3::_attr(ctx);
      const std::string_view s(&*r.begin(), static_cast<std::size_t>(r.end() - r.begin()));
      x3::_pass(ctx) = s.find(' ') <= 2 || s.find(" 000") != std::string_view::npos;
    })];
inline const auto arabic = x3::rule<struct arabic_class, number_ast>{"arabic"} =
    x3::raw[x3::lexeme[(x3::omit[spaced_groups] | +x3::digit >> *(',' >> three_digits)) >>
                       -('.' >> +x3::digit)]][([](auto& ctx) {
      const auto& r = x3::_attr(ctx);
      number_ast n;
      bool after_point = false;
      std::uint64_t mantissa = 0;  // the digits without the point, while they fit
      for (char ch : r) {
        if (ch == ',' || ch == ' ') continue;
        if (ch == '.') { after_point = true; continue; }
        if (after_point) ++n.decimals; else ++n.digits;
        if (n.digits + n.decimals <= 15) mantissa = mantissa * 10 + static_cast<unsigned>(ch - '0');
      }
      if (n.digits + n.decimals <= 15) {
        // Up to 15 digits are exact in a double, and so are 10^0..10^15: one division
        // rounds once, to the same value as from_chars.
        n.value = static_cast<double>(mantissa) / power_of_ten(n.decimals);
      } else {
        std::string digits;
        for (char ch : r)
          if (ch != ',' && ch != ' ') digits += ch;
        double v = 0;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), v);
        // Beyond the range of a double: infinite, so that the numeral is set aside, not read as 0.
        n.value = ec == std::errc::result_out_of_range ? HUGE_VAL : v;
      }
      n.positional = n.decimals == 0;
      x3::_val(ctx) = n;
    })];

inline const auto chinese_char = digit_words | small_unit_words | x3::lit("万") | x3::lit("亿");

inline const auto chinese = x3::rule<struct chinese_class, number_ast>{"chinese"} =
    x3::raw[(digit_words | small_unit_words) >> *chinese_char >> -(x3::lit("点") >> +digit_words)][([](auto& ctx) {
      const auto& r = x3::_attr(ctx);
      auto n = evaluate_chinese(std::string_view(&*r.begin(), static_cast<std::size_t>(r.end() - r.begin())));
      if (!n) x3::_pass(ctx) = false;
      else x3::_val(ctx) = *n;
    })];

}  // namespace numeral_detail

inline const number_type number_rule = "number";
inline const auto number_rule_def = numeral_detail::arabic | numeral_detail::chinese;
BOOST_SPIRIT_DEFINE(number_rule)

}  // namespace econclaims::grammar
