// Covers: the `time_expr` rule (src/grammar/time_expr.hpp) — absolute dates, relative
// years, halves, quarters, month intervals, year marks and datelines, before resolution.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "grammar/time_expr.hpp"
#include "parse_all.hpp"

namespace x3 = boost::spirit::x3;
using econclaims::grammar::time_ast;
using anchor = time_ast::anchor;

namespace {
std::optional<time_ast> time_of(const std::string& s) {
  return econclaims::test::parse_all<time_ast>(econclaims::grammar::time_expr(), s);
}
}  // namespace

TEST_CASE("absolute dates") {
  auto t = time_of("2021年9月14日");
  REQUIRE(t);
  CHECK(t->year_anchor == anchor::absolute);
  CHECK(t->year == 2021);
  CHECK(t->month == 9);
  CHECK(t->day == 14);
  CHECK(time_of("2018年")->year == 2018);
  CHECK(time_of("2018年7月")->month == 7);
  CHECK(time_of("二〇二〇年")->year == 2020);
  CHECK(time_of("二零一五年")->year == 2015);
  auto q = time_of("2015年第四季度");
  REQUIRE(q);
  CHECK(q->quarter == 4);
  CHECK(time_of("二零二四年第二季")->quarter == 2);
}

TEST_CASE("relative years and marks") {
  CHECK(time_of("今年")->year_anchor == anchor::this_year);
  CHECK(time_of("去年")->year_anchor == anchor::last_year);
  CHECK(time_of("上年")->year_anchor == anchor::last_year);
  CHECK(time_of("前年")->year_anchor == anchor::year_before);
  CHECK(time_of("同年")->year_anchor == anchor::same_year);
  CHECK(time_of("当年")->year_anchor == anchor::same_year);
  CHECK(time_of("年初")->year_start);
  CHECK(time_of("年底")->year_end_mark);
  CHECK(time_of("年内")->within_year);
  CHECK(time_of("全年")->within_year);
  auto t = time_of("今年上半年");
  REQUIRE(t);
  CHECK(t->year_anchor == anchor::this_year);
  CHECK(t->half == 1);
  CHECK(time_of("下半年")->half == 2);
  CHECK(time_of("一季度")->quarter == 1);
  CHECK(time_of("第二季度")->quarter == 2);
  CHECK(time_of("前三季度")->quarters_to == 3);
}

TEST_CASE("month intervals and year intervals") {
  auto t = time_of("今年1—3月份");
  REQUIRE(t);
  CHECK(t->month == 1);
  CHECK(t->month_end == 3);
  CHECK(time_of("1-2月")->month_end == 2);
  auto y = time_of("2019—2023年");
  REQUIRE(y);
  CHECK(y->year == 2019);
  CHECK(y->year_end == 2023);
  CHECK(time_of("同年12月5日")->day == 5);
  CHECK(time_of("6月底")->year_end_mark);
}

TEST_CASE("datelines") {
  auto t = time_of("2022-07-13 12:11:07");
  REQUIRE(t);
  CHECK(t->year == 2022);
  CHECK(t->month == 7);
  CHECK(t->day == 13);
}

TEST_CASE("years of the Republic, as Taiwan writes them") {
  CHECK(time_of("112年")->year == 2023);
  CHECK(time_of("民国112年")->year == 2023);
  CHECK(time_of("112年第4季")->quarter == 4);
  CHECK_FALSE(time_of("12年"));  // a duration, not a year
}

TEST_CASE("not dates") {
  CHECK_FALSE(time_of("3个月"));
  CHECK_FALSE(time_of("三年"));     // a duration, not a year
  CHECK_FALSE(time_of("13月"));     // no such month
  CHECK_FALSE(time_of("32日"));
  CHECK_FALSE(time_of("第五季度"));
  CHECK_FALSE(time_of("3到5年"));
}
