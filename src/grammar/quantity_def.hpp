// Definition of `quantity` and the qualifier rules.
#pragma once

#include <cmath>

#include "lexicon.hpp"
#include "numeral.hpp"
#include "numeral_def.hpp"
#include "quantity.hpp"

namespace econclaims::grammar {
namespace quantity_detail {

using numeral_detail::make_symbols;

inline const x3::symbols<double> magnitude_words = make_symbols(lexicon::magnitudes());
// The unit words, each with its code's dimension from the one unit vocabulary (units.hpp).
inline const x3::symbols<unit_info> unit_words = [] {
  x3::symbols<unit_info> s;
  for (const auto& e : lexicon::units()) {
    unit_info u = e.value;
    u.cls = dimension_of(u.code);
    s.add(e.word, u);
  }
  return s;
}();
inline const x3::symbols<qualifier> after_words = make_symbols(lexicon::qualifiers_after());

// Currency signs written before the number.
inline const x3::symbols<unit_info> currency_signs = [] {
  x3::symbols<unit_info> s;
  s.add("¥", unit_info{"CNY", 1, dimension_kind::money})("￥", unit_info{"CNY", 1, dimension_kind::money})
       ("US$", unit_info{"USD", 1, dimension_kind::money})("HK$", unit_info{"HKD", 1, dimension_kind::money})
       ("MOP$", unit_info{"MOP", 1, dimension_kind::money})("NT$", unit_info{"TWD", 1, dimension_kind::money})
       ("MOP", unit_info{"MOP", 1, dimension_kind::money})
       ("$", unit_info{"USD", 1, dimension_kind::money});
  return s;
}();

// The printed number times a scale, computed from the printed digits so that 2156.8亿
// is 215680000000 exactly, not 215680000000.00003.
inline double scaled_value(const number_ast& n, double scale) {
  if (n.decimals <= 0 || n.decimals > 15) return n.value * scale;
  const double pow10 = power_of_ten(n.decimals);
  const double mantissa = std::round(n.value * pow10);  // the digits without the point
  const double whole = scale / pow10;
  if (whole >= 1 && whole == std::round(whole)) return mantissa * whole;
  return mantissa * scale / pow10;
}

// Semantic actions. The leading number is parsed once, into the quantity's `number`;
// each way of going on from it starts from that number alone, so a failed one leaves
// nothing behind that the next one would keep. Only actions that run on success
// change `number`.
inline const auto set_number = [](auto& ctx) {
  auto& q = x3::_val(ctx);
  q = quantity_ast{};
  q.number = x3::_attr(ctx);
  q.scale = 1;
};
inline const auto restart = x3::eps[([](auto& ctx) {
  auto& q = x3::_val(ctx);
  const number_ast n = q.number;
  q = quantity_ast{};
  q.number = n;
})];
inline const auto set_over = [](auto& ctx) { x3::_val(ctx).qual = qualifier::over; };
inline const auto mul_magnitude = [](auto& ctx) { x3::_val(ctx).scale *= x3::_attr(ctx); };
inline void apply_unit(quantity_ast& q, const unit_info& u) {
  q.unit = u;
  q.scale *= q.unit.factor;
  q.value = scaled_value(q.number, q.scale);
  if (q.number_hi) q.value_hi = *q.number_hi * q.scale;
}
inline const auto set_unit = [](auto& ctx) { apply_unit(x3::_val(ctx), x3::_attr(ctx)); };

// Range ends: the high number carries its own magnitude; a low end printed without
// one (10-15亿元) takes the high end's.
inline const auto approx_mid = x3::lit("余") | x3::lit("多");
inline const auto range_sep = x3::lit("到") | x3::lit("至") | x3::lit("—") | x3::lit("–") |
                              x3::lit("-") | x3::lit("~") | x3::lit("〜");

// After the number: [余] magnitude* [余], as in 1300余万, 4.5万, 60余.
// A magnitude word that begins a unit (千瓦, 千米, 千克) is left to the unit.
inline const auto unit_head = x3::lit("千瓦") | x3::lit("千米") | x3::lit("千克") | x3::lit("百分点") |
                              x3::lit("兆瓦");
// One space may stand between a number and its magnitude or unit (2.5 亿元, 增长5 %).
inline const auto gap = -x3::lit(' ');
inline const auto scaled_tail =
    gap >> -approx_mid[set_over] >> *(magnitude_words - unit_head)[mul_magnitude] >> -approx_mid[set_over] >> gap;
inline const auto scaled = number()[set_number] >> scaled_tail;

// The high end of a range, into the quantity's value_hi.
inline const auto range_high = x3::rule<struct range_high_class, quantity_ast>{"range_high"} =
    scaled >> unit_words[set_unit];

// Separator and high end, after the low end with its magnitudes and any unit of its own.
inline const auto range_tail = (range_sep >> range_high)[([](auto& ctx) {
  auto& q = x3::_val(ctx);
  const quantity_ast& hi = x3::_attr(ctx);
  q.unit = hi.unit;
  q.value_hi = hi.value;
  // A low end without its own magnitude or unit takes the high end's scale.
  if (q.scale == 1) q.scale = hi.scale;
  q.value = scaled_value(q.number, q.scale);
  if (hi.qual != qualifier::exact) q.qual = hi.qual;
})];

// 翻倍, 翻一番, 翻了两番: growth of 100·(2^n − 1) %.
inline void set_doubling(quantity_ast& q, int n) {
  q = quantity_ast{};
  q.number.value = n;
  q.value = 100.0 * (std::pow(2.0, n) - 1);
  q.unit = unit_info{"%", 1, dimension_kind::rate};
  q.form = quantity_form::doubling;
}
inline const auto doubling =
    x3::lit("翻") >> -x3::lit("了") >>
    ( x3::lit("倍")[([](auto& ctx) { set_doubling(x3::_val(ctx), 1); })]
    | (numeral_detail::digit_words >> x3::lit("番"))[([](auto& ctx) { set_doubling(x3::_val(ctx), x3::_attr(ctx)); })]
    | x3::lit("番")[([](auto& ctx) { set_doubling(x3::_val(ctx), 1); })]);

// 百分之十二点五 → 12.5 %, 千分之三 → 0.3 %, 万分之五 → 0.05 %
inline const x3::symbols<double> per_words = [] {
  x3::symbols<double> s;
  s.add("百分之", 1)("千分之", 0.1)("万分之", 0.01);
  return s;
}();
inline const auto percent_words = (per_words >> number())[([](auto& ctx) {
  using boost::fusion::at_c;
  auto& q = x3::_val(ctx);
  const double per = at_c<0>(x3::_attr(ctx));
  q = quantity_ast{};
  q.number = at_c<1>(x3::_attr(ctx));
  q.value = per == 1 ? q.number.value : q.number.value * per;
  if (per != 1) q.number.decimals = 6;  // a fraction of a percent: not a rounded print
  q.unit = unit_info{"%", 1, dimension_kind::rate};
  q.form = quantity_form::fraction;
})];

// The quantity's number counted in tenths, as a percent: 三成 is 30 %, 八折 80 %.
inline void set_tenths(quantity_ast& q) {
  const number_ast n = q.number;
  q = quantity_ast{};
  q.number = n;
  q.value = n.value * 10;
  q.scale = 10;
  q.unit = unit_info{"%", 1, dimension_kind::rate};
  q.form = quantity_form::fraction;
}

// 八折, 7.5折: a price at that many tenths of the full one (80 %, 75 %); not 折合, 折旧.
inline const auto discount_tail =
    (x3::lit("折") >> !(x3::lit("合") | x3::lit("旧") | x3::lit("算") | x3::lit("射") | x3::lit("叠") |
                       x3::lit("扣") | x3::lit("损")))[([](auto& ctx) {
      auto& q = x3::_val(ctx);
      if (q.number.value <= 0 || q.number.value >= 10) { x3::_pass(ctx) = false; return; }
      set_tenths(q);
    })];

// 三四十家, 两三个, 七八万元: two neighbouring digits before a unit make a span (30 to
// 40 家); 十五六 is 15 to 16. The low end is the number, the high end number_hi.
inline const auto adjacent_digits =
        (x3::matches[x3::lit("十")] >> numeral_detail::digit_words >> numeral_detail::digit_words >>
         !numeral_detail::digit_words >> -numeral_detail::small_unit_words)[([](auto& ctx) {
          using boost::fusion::at_c;
          auto& a = x3::_attr(ctx);
          const bool tens = at_c<0>(a);
          const int lo = at_c<1>(a), hi = at_c<2>(a);
          if (hi != lo + 1 || lo == 0 || (tens && at_c<3>(a))) { x3::_pass(ctx) = false; return; }
          const double unit = at_c<3>(a) ? *at_c<3>(a) : 1;
          const double base = tens ? 10 : 0;
          quantity_ast q;
          q.number.value = base + lo * unit;
          q.number.chinese = true;
          q.number.digits = 2;
          q.number_hi = base + hi * unit;
          x3::_val(ctx) = q;
        })];

// 两个半小时, 一个半月: a whole number and a half of a span of time.
inline bool add_half_and_unit(quantity_ast& q, const unit_info& u) {
  if (u.cls != dimension_kind::duration) return false;
  const number_ast n = q.number;
  q = quantity_ast{};
  q.number = n;
  q.number.value = n.value + 0.5;
  q.number.decimals = std::max(n.decimals, 1);
  apply_unit(q, u);
  return true;
}
inline const auto and_a_half_tail =
    x3::lit("个半") >>
    (x3::lit("月")[([](auto& ctx) {
       x3::_pass(ctx) = add_half_and_unit(x3::_val(ctx), unit_info{"month", 1, dimension_kind::duration});
     })] |
     unit_words[([](auto& ctx) { x3::_pass(ctx) = add_half_and_unit(x3::_val(ctx), x3::_attr(ctx)); })]);
// Words that start with 半 (半导体, 半数, 半岛 …): after a number 半 there is no half.
inline const auto half_word = x3::lit("导") | x3::lit("数") | x3::lit("岛") | x3::lit("径") | x3::lit("价") |
                              x3::lit("壁") | x3::lit("边") | x3::lit("球") | x3::lit("场") | x3::lit("圆") |
                              x3::lit("身") | x3::lit("成品") | x3::lit("决") | x3::lit("截") | x3::lit("山");
// 一年半, 三天半: the half after a unit of time.
inline const auto half_after_unit = (x3::lit("半") >> !half_word)[([](auto& ctx) {
  auto& q = x3::_val(ctx);
  if (q.unit.cls != dimension_kind::duration || q.value_hi) { x3::_pass(ctx) = false; return; }
  q.value += 0.5 * q.unit.factor;
  q.number.value += 0.5;
  q.number.decimals = std::max(q.number.decimals, 1);
})];

// 三分之一 → 33.33… %: 分之 and the numerator, after the denominator.
inline const auto fraction_tail = (x3::lit("分之") >> number())[([](auto& ctx) {
  auto& q = x3::_val(ctx);
  const number_ast den = q.number;
  const number_ast& num = x3::_attr(ctx);
  if (den.value == 0) { x3::_pass(ctx) = false; return; }
  q = quantity_ast{};
  q.number = num;
  q.number.decimals = 6;  // an exact fraction, not a rounded print
  q.value = 100.0 * num.value / den.value;
  q.unit = unit_info{"%", 1, dimension_kind::rate};
  q.form = quantity_form::fraction;
})];

// 三成 → 30 %; not 三成为, 建成 (成 after a number starts a word there)
inline const auto tenths_tail = (x3::lit("成") >>
                            !(x3::lit("为") | x3::lit("立") | x3::lit("功") | x3::lit("本") |
                              x3::lit("员") | x3::lit("果") | x3::lit("交") | x3::lit("效") |
                              x3::lit("绩") | x3::lit("熟") | x3::lit("长") | x3::lit("型") |
                              x3::lit("品") | x3::lit("都")))[([](auto& ctx) { set_tenths(x3::_val(ctx)); })] >> x3::omit[-((numeral_detail::digit_words >> !numeral_detail::digit_words)[([](auto& ctx) {
  // 七成二, 一成六: the digit after 成 counts hundredths (72 %, 16 %).
  auto& q = x3::_val(ctx);
  q.value += x3::_attr(ctx);
  q.scale = 1;
})] | (x3::lit("半") >> !half_word)[([](auto& ctx) {
  // 三成半: and a half tenth (35 %).
  auto& q = x3::_val(ctx);
  q.value += 5;
  q.scale = 1;
})])];

// 半天 → 0.5 day, 半个月 → 0.5 month
inline auto set_half(const char* code) {
  return [code](auto& ctx) {
    auto& q = x3::_val(ctx);
    q = quantity_ast{};
    q.number.value = 0.5;
    q.number.decimals = 1;
    q.value = 0.5;
    q.unit = unit_info{code, 1, dimension_kind::duration};
  };
}
inline const auto half_span = x3::lit("半") >> ( x3::lit("天")[set_half("day")]
                                              | x3::lit("个月")[set_half("month")]
                                              | x3::lit("小时")[set_half("hour")]);

// 6兆2,345亿元, 3万4,060美元: a number written in two parts, the second below the first's
// magnitude, then the unit. The value is their sum in units, times the unit's factor.
inline const x3::symbols<double> big_magnitudes = [] {
  x3::symbols<double> s;
  s.add("万亿", 1e12)("兆", 1e12)("亿", 1e8)("万", 1e4);
  return s;
}();
inline const auto compound_tail =
    (big_magnitudes >> number() >> -(magnitude_words - unit_head) >> unit_words)[([](auto& ctx) {
      using boost::fusion::at_c;
      auto& a = x3::_attr(ctx);
      auto& q = x3::_val(ctx);
      const number_ast hi = q.number;
      const double hi_mag = at_c<0>(a);
      const number_ast& lo = at_c<1>(a);
      const double lo_mag = at_c<2>(a) ? *at_c<2>(a) : 1.0;
      const double low = scaled_value(lo, lo_mag);
      if (hi.chinese || lo.chinese || low >= hi_mag || lo_mag >= hi_mag) {
        x3::_pass(ctx) = false;
        return;
      }
      q = quantity_ast{};
      q.number = lo;
      q.number.value = scaled_value(hi, hi_mag) + low;
      q.number.decimals = 0;
      q.scale = 1;
      if (lo.decimals > 0) q.number.decimals = 0;
      apply_unit(q, at_c<3>(a));
    })];

// ¥200万, HK$3.5亿: the sign gives the currency.
inline const auto signed_money = (currency_signs >> gap >> number() >> *magnitude_words)[([](auto& ctx) {
  auto& q = x3::_val(ctx);
  using boost::fusion::at_c;
  auto& a = x3::_attr(ctx);
  q = quantity_ast{};
  q.unit = at_c<0>(a);
  q.number = at_c<1>(a);
  for (double m : at_c<2>(a)) q.scale *= m;
  q.value = scaled_value(q.number, q.scale);
})];

}  // namespace quantity_detail

namespace qd = quantity_detail;

inline const quantity_type quantity_rule = "quantity";
inline const auto quantity_rule_def =
    qd::doubling
  | qd::signed_money
  | qd::percent_words
  | qd::half_span
  | qd::adjacent_digits >> qd::scaled_tail >> qd::unit_words[qd::set_unit]
  // The number once, then what follows it, in this order:
  | number()[qd::set_number] >> (
        qd::fraction_tail
      | qd::tenths_tail
      | qd::discount_tail
      | qd::and_a_half_tail
        // a unit, then maybe the rest of a range (2.6%—2.7%, 5亿元~10亿元); or a range
        // whose low end has no unit (3到5年, 800至850个, 10-15亿元)
      | qd::restart >> qd::scaled_tail >>
            (qd::unit_words[qd::set_unit] >> (qd::range_tail | -qd::half_after_unit) | qd::range_tail)
        // a compound (3万4,060美元); the form above never matches where this one does,
        // since its second part starts with a digit, which no magnitude, 余/多 or unit
        // does, so the order of the two does not matter
      | qd::compound_tail
        // without magnitude words, for when one would eat the head of a unit (5千瓦)
      | qd::restart >> -qd::approx_mid[qd::set_over] >> qd::unit_words[qd::set_unit]);

inline const qualifier_type qualifier_after_rule = "qualifier_after";
inline const auto qualifier_after_rule_def = qd::after_words;

BOOST_SPIRIT_DEFINE(quantity_rule, qualifier_after_rule)

}  // namespace econclaims::grammar
