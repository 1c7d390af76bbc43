// Forms of quantities beyond "number + unit", each on a sentence written for it: spaced
// digit groups, signs written as words, halves after a unit, discounts, spans of two
// neighbouring digits, per-ten-thousand, 廿/卅, Latin unit symbols, open measure words.
#include <doctest/doctest.h>

#include "extract_helpers.hpp"

using namespace econclaims;
using econclaims::test::find;
using econclaims::test::has_quote;
using econclaims::test::run;

TEST_CASE("digit groups set apart by spaces are one number; two numbers side by side stay two") {
  const auto r = run("新区完成投资3 000万元，引进项目12 500个。\n");
  CHECK(find(r, "3 000万元").value == doctest::Approx(3e7));
  CHECK(find(r, "12 500个").value == doctest::Approx(12500));
  // Numbers side by side (a list, a year and a count) stay apart.
  const auto list = run("三个园区产值分别为 120 135 150亿元。\n");
  CHECK(find(list, "150亿元").value == doctest::Approx(1.5e10));
  CHECK_FALSE(has_quote(list, "120 135 150亿元"));
  const auto table = run("年份 2023 100家\n");
  CHECK(find(table, "100家").value == doctest::Approx(100));
  CHECK(find(run("资金120 000元。\n"), "120 000元").value == doctest::Approx(120000));
}

TEST_CASE("负 right before a number is its sign; 正负 and 减负 are not") {
  const auto r = run("全年出口同比增长负3.2%，误差在正负3%以内。\n");
  CHECK(find(r, "负3.2%").value == doctest::Approx(-3.2));
  CHECK(find(r, "3%").value == doctest::Approx(3));
  const auto relief = run("全年为企业减负30亿元。\n");
  CHECK(find(relief, "30亿元").value == doctest::Approx(3e9));
}

TEST_CASE("a half after a unit of time, after 个 and after 成") {
  const auto r = run("项目用了一年半建成，审批用时两个半小时，工期一个半月，占比三成半。\n");
  CHECK(find(r, "一年半").value == doctest::Approx(1.5));
  CHECK(find(r, "一年半").unit == "year");
  CHECK(find(r, "两个半小时").value == doctest::Approx(2.5));
  CHECK(find(r, "两个半小时").unit == "hour");
  CHECK(find(r, "一个半月").unit == "month");
  CHECK(find(r, "三成半").value == doctest::Approx(35));
  // 半 that starts a word (半导体) is no half.
  const auto chips = run("七成半导体企业近3年半导体产值增长12%。\n");
  CHECK(find(chips, "七成").value == doctest::Approx(70));
  CHECK(find(chips, "3年").value == doctest::Approx(3));
  CHECK(find(chips, "12%").indicator == "半导体产值");
}

TEST_CASE("discounts are the share of the full price; 折合 converts and is no discount") {
  const auto r = run("门票打八折，团购7.5折，折合人民币300元。\n");
  CHECK(find(r, "八折").value == doctest::Approx(80));
  CHECK(find(r, "八折").unit == "%");
  CHECK(find(r, "7.5折").value == doctest::Approx(75));
  CHECK(find(r, "300元").value == doctest::Approx(300));
}

TEST_CASE("two neighbouring digits make a span") {
  const auto r = run("园区新落户三四十家企业，带动就业七八万人，历时十五六年。\n");
  CHECK(find(r, "三四十家").value == doctest::Approx(30));
  CHECK(*find(r, "三四十家").value_hi == doctest::Approx(40));
  CHECK(find(r, "七八万人").value == doctest::Approx(7e4));
  CHECK(*find(r, "七八万人").value_hi == doctest::Approx(8e4));
  CHECK(find(r, "十五六年").value == doctest::Approx(15));
  CHECK(*find(r, "十五六年").value_hi == doctest::Approx(16));
  // Digits that are not neighbours are no span: 二〇三〇年 stays a year.
  const auto year = run("二〇三〇年新增企业五家。\n", "2031-01");
  CHECK(find(year, "五家").period == "2030");
}

TEST_CASE("per mille and per ten thousand, 廿 and 卅") {
  const auto r = run("不良率为万分之五，差错率千分之三，新增廿家，增长卅个百分点。\n");
  CHECK(find(r, "万分之五").value == doctest::Approx(0.05));
  CHECK(find(r, "千分之三").value == doctest::Approx(0.3));
  CHECK(find(r, "廿家").value == doctest::Approx(20));
  CHECK(find(r, "卅个百分点").value == doctest::Approx(30));
}

TEST_CASE("Latin unit symbols and less common unit words, in canonical units") {
  const auto r = run("新建道路5km，厂房3万m²，单件重10kg，样品重3克，间距5公分，连续工作3个钟头。\n");
  CHECK(find(r, "5km").value == doctest::Approx(5000));
  CHECK(find(r, "5km").unit == "m");
  CHECK(find(r, "3万m²").value == doctest::Approx(3e4));
  CHECK(find(r, "3万m²").unit == "m2");
  CHECK(find(r, "10kg").value == doctest::Approx(0.01));
  CHECK(find(r, "3克").value == doctest::Approx(3e-6));
  CHECK(find(r, "5公分").value == doctest::Approx(0.05));
  CHECK(find(r, "3个钟头").unit == "hour");
}

TEST_CASE("measure words are their own units; a time of day and a page footer are no claims") {
  const auto r = run("生猪存栏12头，开行班列30列，开展3轮洽谈，恒指下跌200点。\n下午3点举行签约。\n第 1 页/共 2 页\n");
  CHECK(find(r, "12头").unit == "头");
  CHECK(find(r, "30列").unit == "列");
  CHECK(find(r, "3轮").unit == "轮");
  CHECK(find(r, "200点").value == doctest::Approx(-200));
  CHECK_FALSE(has_quote(r, "3点"));
  CHECK_FALSE(has_quote(r, "1 页"));
  CHECK_FALSE(has_quote(r, "2 页"));
}

TEST_CASE("a white circle between Chinese digits is the numeral zero") {
  const auto r = run("二○三○年全年经济增长3.1%。\n", "2031-02-01");
  CHECK(find(r, "3.1%").period == "2030");
}
