// Covers: the `quantity` rule (src/grammar/quantity.hpp) — every unit family of the
// annotation guide with its canonical factor, ranges, 余/多 inside a quote, special
// forms (百分之, 成, 分之, 倍, 翻番, 半天), currency signs, and the qualifier rules.
// Inputs are normalized text (simplified script, ASCII digits), as the scanner sees it.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "grammar/lexicon.hpp"
#include "grammar/quantity.hpp"
#include "parse_all.hpp"

namespace x3 = boost::spirit::x3;
using econclaims::qualifier;
using econclaims::grammar::quantity_ast;
using econclaims::grammar::quantity_form;

namespace {
std::optional<quantity_ast> quantity_of(const std::string& s) {
  return econclaims::test::parse_all<quantity_ast>(econclaims::grammar::quantity(), s);
}
}  // namespace

TEST_CASE("units and canonical values") {
  struct row {
    const char* text;
    double value;
    const char* unit;
  };
  const row rows[] = {
      // money
      {"612.7亿元", 61270000000, "CNY"}, {"3.72万亿元", 3.72e12, "CNY"}, {"87650元", 87650, "CNY"},
      {"6200万瑞士法郎", 62000000, "CHF"}, {"2亿美元", 2e8, "USD"}, {"3000万欧元", 3e7, "EUR"},
      {"50亿日元", 5e9, "JPY"}, {"6,384亿港元", 6.384e11, "HKD"}, {"12亿新台币", 1.2e9, "TWD"},
      {"3.5亿澳门元", 3.5e8, "MOP"}, {"1000亿元人民币", 1e11, "CNY"}, {"三千五百万元", 3.5e7, "CNY"},
      {"¥200万", 2e6, "CNY"}, {"￥35", 35, "CNY"}, {"HK$3亿", 3e8, "HKD"},
      {"4兆1,230亿元新台币", 4.123e12, "TWD"}, {"2万5,300美元", 25300, "USD"}, {"3.6万亿元", 3.6e12, "CNY"},
      {"860亿元港币", 8.6e10, "HKD"}, {"5兆瓦", 5000, "kW"},
      // counts, the measure word itself
      {"52个", 52, "个"}, {"203名", 203, "名"}, {"118家", 118, "家"}, {"153项", 153, "项"},
      {"2322套", 2322, "套"}, {"6所", 6, "所"}, {"1.2万人", 12000, "人"}, {"1,248万人次", 12480000, "人次"},
      {"137户", 137, "户"}, {"102处", 102, "处"}, {"136场", 136, "场"}, {"20次", 20, "次"},
      {"300辆", 300, "辆"}, {"4条", 4, "条"}, {"3座", 3, "座"}, {"50台", 50, "台"}, {"8件", 8, "件"},
      {"12位", 12, "位"}, {"一百二十八家", 128, "家"}, {"两个", 2, "个"},
      // percent, points, multiples
      {"16%", 16, "%"}, {"0.7个百分点", 0.7, "pp"}, {"2.1百分点", 2.1, "pp"}, {"2倍", 2, "x"},
      {"5‰", 0.5, "%"},
      // area, length, mass, volume, energy, power, containers
      {"4.2平方公里", 4200000, "m2"}, {"36.8万平方米", 368000, "m2"}, {"176.4公顷", 1764000, "m2"},
      {"500亩", 500, "mu"}, {"17公里", 17000, "m"}, {"2.5千米", 2500, "m"}, {"800米", 800, "m"},
      {"936.4万吨", 9364000, "t"}, {"4000斤", 2, "t"}, {"500公斤", 0.5, "t"},
      {"30万立方米", 300000, "m3"}, {"12亿千瓦时", 1.2e9, "kWh"}, {"300万度", 3e6, "kWh"},
      {"5万千瓦", 50000, "kW"}, {"20万标箱", 200000, "TEU"}, {"80万标准箱", 800000, "TEU"},
      {"1.5亿吨公里", 1.5e8, "t*km"},
      // time spans
      {"30分钟", 30, "minute"}, {"2小时", 2, "hour"}, {"46天", 46, "day"}, {"1个工作日", 1, "day"},
      {"一周", 1, "week"}, {"3个月", 3, "month"}, {"三年", 3, "year"}, {"半天", 0.5, "day"},
      {"半个月", 0.5, "month"},
      // money per unit
      {"420元/亩", 420, "CNY/mu"}, {"5000元/人", 5000, "CNY/人"},
  };
  for (const auto& r : rows) {
    CAPTURE(std::string(r.text));
    auto q = quantity_of(r.text);
    REQUIRE(q);
    CHECK(q->value == doctest::Approx(r.value).epsilon(1e-12));
    CHECK(std::string(q->unit.code) == r.unit);
  }
}

TEST_CASE("values are exact to the printed digits") {
  // 2156.8 × 10^8 in floating point is 215680000000.00003; the quantity is exact.
  CHECK(quantity_of("2156.8亿元")->value == 215680000000.0);
  CHECK(quantity_of("512.3亿元")->value == 51230000000.0);
}

TEST_CASE("余 and 多 inside the quote mean more than") {
  struct row {
    const char* text;
    double value;
  };
  const row rows[] = {{"1700余名", 1700}, {"80余家", 80}, {"2600余万元", 26000000}, {"20多次", 20},
                      {"50余个", 50}};
  for (const auto& r : rows) {
    CAPTURE(std::string(r.text));
    auto q = quantity_of(r.text);
    REQUIRE(q);
    CHECK(q->value == doctest::Approx(r.value));
    CHECK(q->qual == qualifier::over);
  }
  CHECK(quantity_of("52个")->qual == qualifier::exact);
}

TEST_CASE("ranges") {
  struct row {
    const char* text;
    double low, high;
    const char* unit;
  };
  const row rows[] = {
      {"3到5年", 3, 5, "year"},           {"3—5年", 3, 5, "year"},       {"3至5年", 3, 5, "year"},
      {"800至850个", 800, 850, "个"},     {"2.6%—2.7%", 2.6, 2.7, "%"},  {"2.5%至3.5%", 2.5, 3.5, "%"},
      {"5亿元~10亿元", 5e8, 1e9, "CNY"},  {"10-15亿元", 1e9, 1.5e9, "CNY"},
      // the low end's unit factor counts once, whether or not a range follows it
      {"2平方公里至3平方公里", 2e6, 3e6, "m2"}, {"1200余万至1800万元", 1.2e7, 1.8e7, "CNY"},
  };
  for (const auto& r : rows) {
    CAPTURE(std::string(r.text));
    auto q = quantity_of(r.text);
    REQUIRE(q);
    CHECK(q->value == doctest::Approx(r.low));
    REQUIRE(q->value_hi);
    CHECK(*q->value_hi == doctest::Approx(r.high));
    CHECK(std::string(q->unit.code) == r.unit);
  }
  CHECK(quantity_of("1200余万至1800万元")->qual == qualifier::over);
}

TEST_CASE("special forms") {
  struct row {
    const char* text;
    double value;
    const char* unit;
    quantity_form form;
  };
  const row rows[] = {
      {"百分之十二点五", 12.5, "%", quantity_form::fraction}, {"百分之30", 30, "%", quantity_form::fraction},
      {"三成", 30, "%", quantity_form::fraction},              {"三分之一", 100.0 / 3, "%", quantity_form::fraction},
      {"四分之三", 75, "%", quantity_form::fraction},          {"翻倍", 100, "%", quantity_form::doubling},
      {"翻一番", 100, "%", quantity_form::doubling},           {"翻了一番", 100, "%", quantity_form::doubling},
      {"翻两番", 300, "%", quantity_form::doubling},           {"翻番", 100, "%", quantity_form::doubling},
  };
  for (const auto& r : rows) {
    CAPTURE(std::string(r.text));
    auto q = quantity_of(r.text);
    REQUIRE(q);
    CHECK(q->value == doctest::Approx(r.value));
    CHECK(std::string(q->unit.code) == r.unit);
    CHECK(q->form == r.form);
  }
}

TEST_CASE("words that only look like quantities") {
  CHECK_FALSE(quantity_of("三成为"));   // 成 starts a word
  CHECK_FALSE(quantity_of("500强"));    // no unit
  CHECK_FALSE(quantity_of("5G"));
  CHECK_FALSE(quantity_of("亿元"));     // no number
  CHECK_FALSE(quantity_of("十三五"));
}

TEST_CASE("a magnitude word does not swallow the head of a unit") {
  // 千 is a magnitude (5千 = 5000) and the head of 千瓦, 千米 and 千克.
  CHECK(quantity_of("5千瓦")->value == doctest::Approx(5));
  CHECK(std::string(quantity_of("5千瓦")->unit.code) == "kW");
  CHECK(quantity_of("5千米")->value == doctest::Approx(5000));
}

TEST_CASE("what can follow the leading number of a quantity") {
  using econclaims::grammar::may_follow_number;
  auto follows = [](const std::string& s) { return may_follow_number(s.data(), s.data() + s.size()); };
  for (const auto& e : econclaims::grammar::lexicon::units()) CHECK(follows(e.word));
  for (const auto& e : econclaims::grammar::lexicon::magnitudes()) CHECK(follows(e.word));
  for (const char* w : {"余名", "多家", "到5年", "至850个", "—2.7%", "-15亿元", "~12亿元", "分之一", "成"})
    CHECK(follows(w));
  CHECK_FALSE(follows("强"));
  CHECK_FALSE(follows("的"));
  CHECK_FALSE(follows(""));
  // Numbers followed by nothing of the sort are not quantities.
  for (const char* s : {"9强", "3的", "七八", "1987"}) CHECK_FALSE(quantity_of(s));
}

TEST_CASE("qualifier words after the unit") {
  struct row {
    const char* text;
    qualifier q;
  };
  const row rows[] = {{"以上", qualifier::at_least}, {"以下", qualifier::at_most}, {"左右", qualifier::approx},
                      {"上下", qualifier::approx},   {"以内", qualifier::at_most}, {"多", qualifier::over}};
  for (const auto& r : rows) {
    CAPTURE(std::string(r.text));
    std::string s = r.text;
    const char* first = s.data();
    qualifier q{};
    const char* last = s.data() + s.size();
    REQUIRE(x3::parse(first, last, econclaims::grammar::qualifier_after(), q));
    CHECK(q == r.q);
  }
}

TEST_CASE("qualifier words before the number, longest first") {
  struct row {
    const char* text;
    qualifier q;
    std::size_t word_bytes;
  };
  const row rows[] = {
      {"总投资约", qualifier::approx, 3},   {"超过", qualifier::over, 6},     {"总投资超", qualifier::over, 3},
      {"逾", qualifier::over, 3},           {"突破", qualifier::over, 6},     {"近", qualifier::nearly, 3},
      {"将近", qualifier::nearly, 6},       {"不到", qualifier::under, 6},    {"不足", qualifier::under, 6},
      {"不少于", qualifier::at_least, 9},   {"不低于", qualifier::at_least, 9}, {"不超过", qualifier::at_most, 9},
  };
  for (const auto& r : rows) {
    CAPTURE(std::string(r.text));
    std::string s = r.text;
    auto found = econclaims::grammar::qualifier_before(s.data(), s.data() + s.size());
    REQUIRE(found);
    CHECK(found->value == r.q);
    CHECK(static_cast<std::size_t>(s.data() + s.size() - found->start) == r.word_bytes);
  }
  // 约 and 过 that end another word are not qualifiers (签约, 通过).
  for (const char* w : {"签约", "通过", "最近"}) {
    std::string s = w;
    CHECK_FALSE(econclaims::grammar::qualifier_before(s.data(), s.data() + s.size()));
  }
}

TEST_CASE("every unit word's code is in the unit vocabulary, with the dimension the grammar gives it") {
  using econclaims::dimension_kind;
  for (const auto& e : econclaims::grammar::lexicon::units()) {
    INFO(e.word);
    CHECK(econclaims::dimension_of(e.value.code) != dimension_kind::unknown);
    const auto q = quantity_of(std::string("2") + e.word);
    REQUIRE(q);
    CHECK(q->unit.cls == econclaims::dimension_of(q->unit.code));
  }
  CHECK(quantity_of("3元")->unit.cls == dimension_kind::money);
  CHECK(quantity_of("3%")->unit.cls == dimension_kind::rate);
  CHECK(quantity_of("3天")->unit.cls == dimension_kind::duration);
}
