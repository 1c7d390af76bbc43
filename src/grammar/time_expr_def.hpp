// Definition of `time_expr`. Numbers are checked in the actions: a year is 1900–2199,
// a month 1–12, a day 1–31, a quarter 1–4; anything else fails the rule.
// The scanner tries this grammar after a number only where one of the marks that can
// follow a number here comes next (number_may_be_time in src/extract/scan.cpp): a rule
// that lets something else follow a leading number must be added there too.
#pragma once

#include "numeral.hpp"
#include "numeral_def.hpp"
#include "time_expr.hpp"

namespace econclaims::grammar {
namespace time_detail {

using anchor = time_ast::anchor;

inline const x3::symbols<anchor> relative_years = [] {
  x3::symbols<anchor> s;
  s.add("今年", anchor::this_year)("本年", anchor::this_year)("本年度", anchor::this_year)
       ("去年", anchor::last_year)("上年", anchor::last_year)("上一年", anchor::last_year)
       ("上年度", anchor::last_year)("前年", anchor::year_before)("同年", anchor::same_year)
       ("当年", anchor::same_year);
  return s;
}();

inline const auto range_sep = x3::lit("—") | x3::lit("–") | x3::lit("-") | x3::lit("~") |
                              x3::lit("至") | x3::lit("到") | x3::lit("〜");

inline bool is_year(const number_ast& n) {
  return n.positional && n.digits == 4 && n.value >= 1900 && n.value < 2200;
}
inline bool is_small(const number_ast& n, int lo, int hi) {
  return n.decimals == 0 && n.value >= lo && n.value <= hi && n.value == static_cast<int>(n.value);
}

// 2018年, 113年 (after 1911), and 2019—2023年, 2016-2020年: the number once, then
// maybe the rest of a range. A range and a single year never match the same text (one
// has a separator right after the number, the other 年), so one rule does for both.
inline void set_single_year(const number_ast& n, time_ast& t, bool& pass) {
  if (is_year(n)) {
    t.year = static_cast<int>(n.value);
  } else if (!n.chinese && n.positional && n.digits == 3 && n.value >= 100 && n.value <= 150) {
    // Taiwan's calendar counts from 1912: 113年 is 2024.
    t.year = static_cast<int>(n.value) + 1911;
  } else {
    pass = false;
    return;
  }
  t.year_anchor = anchor::absolute;
}
inline const auto year_number = (number() >> -(range_sep >> number()) >> x3::lit("年"))[([](auto& ctx) {
  using boost::fusion::at_c;
  const number_ast& a = at_c<0>(x3::_attr(ctx));
  const auto& high = at_c<1>(x3::_attr(ctx));
  auto& t = x3::_val(ctx);
  if (!high) {
    set_single_year(a, t, x3::_pass(ctx));
    return;
  }
  const number_ast& b = *high;
  if (!is_year(a) || !is_year(b) || b.value <= a.value) { x3::_pass(ctx) = false; return; }
  t.year_anchor = anchor::absolute;
  t.year = static_cast<int>(a.value);
  t.year_end = static_cast<int>(b.value);
})];

// 民国113年, 民国一一三年: years of the Republic, any size.
inline const auto roc_year = (x3::lit("民国") >> number() >> x3::lit("年"))[([](auto& ctx) {
  const number_ast& n = x3::_attr(ctx);
  if (n.decimals != 0 || n.value < 1 || n.value > 200) { x3::_pass(ctx) = false; return; }
  auto& t = x3::_val(ctx);
  t.year_anchor = anchor::absolute;
  t.year = static_cast<int>(n.value) + 1911;
})];

inline const auto year_relative = relative_years[([](auto& ctx) {
  x3::_val(ctx).year_anchor = x3::_attr(ctx);
})];

// 1—3月份, 1-2月, 1月至3月
inline const auto month_range =
    (number() >> -x3::lit("月") >> range_sep >> number() >> x3::lit("月") >> -x3::lit("份"))[([](auto& ctx) {
      using boost::fusion::at_c;
      const number_ast& a = at_c<0>(x3::_attr(ctx));
      const number_ast& b = at_c<1>(x3::_attr(ctx));
      if (!is_small(a, 1, 12) || !is_small(b, 1, 12) || b.value <= a.value) { x3::_pass(ctx) = false; return; }
      auto& t = x3::_val(ctx);
      t.month = static_cast<int>(a.value);
      t.month_end = static_cast<int>(b.value);
    })];

inline const auto month_single = (number() >> x3::lit("月") >> -x3::lit("份"))[([](auto& ctx) {
  const number_ast& n = x3::_attr(ctx);
  if (!is_small(n, 1, 12)) { x3::_pass(ctx) = false; return; }
  x3::_val(ctx).month = static_cast<int>(n.value);
})];

inline const auto day = (number() >> (x3::lit("日") | x3::lit("号")))[([](auto& ctx) {
  const number_ast& n = x3::_attr(ctx);
  if (!is_small(n, 1, 31)) { x3::_pass(ctx) = false; return; }
  x3::_val(ctx).day = static_cast<int>(n.value);
})];

inline const auto month_end_mark = (x3::lit("底") | x3::lit("末"))[([](auto& ctx) {
  x3::_val(ctx).year_end_mark = true;  // 6月底: the month, as a stock at its end
})];

// 第四季度, 二季度, 第2季, 前三季度
inline const auto quarter =
    (x3::lit("前") >> number() >> (x3::lit("季度") | x3::lit("季")))[([](auto& ctx) {
      const number_ast& n = x3::_attr(ctx);
      if (!is_small(n, 1, 4)) { x3::_pass(ctx) = false; return; }
      x3::_val(ctx).quarters_to = static_cast<int>(n.value);
    })]
  | (-x3::lit("第") >> number() >> (x3::lit("季度") | x3::lit("季")))[([](auto& ctx) {
      const number_ast& n = x3::_attr(ctx);
      if (!is_small(n, 1, 4)) { x3::_pass(ctx) = false; return; }
      x3::_val(ctx).quarter = static_cast<int>(n.value);
    })];

inline const auto half =
    (x3::lit("上半年") | x3::lit("上半年度"))[([](auto& ctx) { x3::_val(ctx).half = 1; })]
  | (x3::lit("下半年") | x3::lit("下半年度"))[([](auto& ctx) { x3::_val(ctx).half = 2; })];

inline const auto year_marks =
    (x3::lit("年初"))[([](auto& ctx) { x3::_val(ctx).year_start = true; })]
  | (x3::lit("年底") | x3::lit("年末"))[([](auto& ctx) { x3::_val(ctx).year_end_mark = true; })]
  | (x3::lit("年内") | x3::lit("全年"))[([](auto& ctx) { x3::_val(ctx).within_year = true; })];

// Marks that follow a year without 年 of their own: 今年初 (今年 + 初), 2020年底 is
// written 2020年底 (year_single consumed 年, then 底).
inline const auto after_year_marks =
    x3::lit("初")[([](auto& ctx) { x3::_val(ctx).year_start = true; })]
  | (x3::lit("底") | x3::lit("末"))[([](auto& ctx) { x3::_val(ctx).year_end_mark = true; })];

inline const auto within_year =
    half | quarter | (month_range) | (month_single >> -(day | month_end_mark));

// A dateline: 2022-07-13, optionally with a time of day.
inline const auto iso_date =
    (x3::repeat(4)[x3::digit] >> '-' >> x3::repeat(1, 2)[x3::digit] >> '-' >> x3::repeat(1, 2)[x3::digit] >>
     x3::omit[-(x3::repeat(1, 2)[x3::lit(' ')] >> x3::repeat(1, 2)[x3::digit] >> ':' >> x3::repeat(2)[x3::digit] >>
       -(':' >> x3::repeat(2)[x3::digit]))])[([](auto& ctx) {
      using boost::fusion::at_c;
      auto num = [](const auto& v) { int n = 0; for (char c : v) n = n * 10 + (c - '0'); return n; };
      auto& t = x3::_val(ctx);
      int y = num(at_c<0>(x3::_attr(ctx))), m = num(at_c<1>(x3::_attr(ctx))), d = num(at_c<2>(x3::_attr(ctx)));
      if (y < 1900 || y >= 2200 || m < 1 || m > 12 || d < 1 || d > 31) { x3::_pass(ctx) = false; return; }
      t.year_anchor = anchor::absolute;
      t.year = y;
      t.month = m;
      t.day = d;
    })];

inline const auto reset = x3::eps[([](auto& ctx) { x3::_val(ctx) = time_ast{}; })];

}  // namespace time_detail

namespace td = time_detail;

inline const time_expr_type time_expr_rule = "time_expr";
inline const auto time_expr_rule_def =
    td::reset >> (
      td::iso_date
    | (td::year_number | td::roc_year | td::year_relative) >>
          -(td::within_year | td::after_year_marks | td::year_marks)
    | td::year_marks
    | td::within_year
    );
BOOST_SPIRIT_DEFINE(time_expr_rule)

}  // namespace econclaims::grammar
