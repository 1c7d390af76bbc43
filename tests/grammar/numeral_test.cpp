// Covers: the `number` rule (src/grammar/numeral.hpp) and evaluate_chinese — Arabic
// numerals with thousands groups and decimals, Chinese numerals of every form.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "grammar/numeral.hpp"
#include "parse_all.hpp"

namespace x3 = boost::spirit::x3;
using econclaims::grammar::number_ast;

namespace {
std::optional<number_ast> number_of(const std::string& s) {
  return econclaims::test::parse_all<number_ast>(econclaims::grammar::number(), s);
}
}  // namespace

TEST_CASE("Arabic numerals") {
  struct row {
    const char* text;
    double value;
    int decimals;
  };
  const row rows[] = {
      {"0", 0, 0},      {"16", 16, 0},          {"612.7", 612.7, 1}, {"318.04", 318.04, 2},
      {"1,248", 1248, 0}, {"12,907", 12907, 0}, {"1,234,567.25", 1234567.25, 2},
      {"0.5", 0.5, 1},
  };
  for (const auto& r : rows) {
    CAPTURE(std::string(r.text));
    auto n = number_of(r.text);
    REQUIRE(n);
    CHECK(n->value == doctest::Approx(r.value));
    CHECK(n->decimals == r.decimals);
    CHECK_FALSE(n->chinese);
  }
}

TEST_CASE("Arabic values are the nearest double to the printed digits") {
  // Up to 15 digits the value is computed from the digits; longer prints are read by
  // from_chars. Either way the value is the one the literal gives.
  CHECK(number_of("0.1")->value == 0.1);
  CHECK(number_of("612.7")->value == 612.7);
  CHECK(number_of("1,234,567.25")->value == 1234567.25);
  CHECK(number_of("999999999999999")->value == 999999999999999.0);
  CHECK(number_of("0.000000000000001")->value == 0.000000000000001);
  CHECK(number_of("12345678901234567")->value == 12345678901234567.0);
  CHECK(number_of("3.14159265358979323")->value == 3.14159265358979323);
  CHECK(number_of("3.14159265358979323")->decimals == 17);
}

TEST_CASE("a thousands group is exactly three digits") {
  CHECK_FALSE(number_of("3,4"));      // 3 then a comma
  CHECK_FALSE(number_of("1,0355"));   // four digits after the comma
  CHECK(number_of("2020")->value == 2020);
}

TEST_CASE("Chinese numerals") {
  struct row {
    const char* text;
    double value;
  };
  const row rows[] = {
      {"一", 1},        {"两", 2},          {"十", 10},        {"十二", 12},       {"二十", 20},
      {"百", 100},      {"一百二十八", 128}, {"三千五百万", 35000000}, {"一万零五百", 10500},
      {"两万", 20000},  {"三亿", 3e8},      {"三亿五千万", 350000000}, {"一万亿", 1e12},
      {"十二点五", 12.5}, {"壹佰贰拾", 120}, {"叁仟", 3000},   {"二〇二〇", 2020}, {"二零一五", 2015},
      {"九十九", 99},   {"一百零八", 108},
  };
  for (const auto& r : rows) {
    CAPTURE(std::string(r.text));
    auto n = number_of(r.text);
    REQUIRE(n);
    CHECK(n->value == doctest::Approx(r.value));
    CHECK(n->chinese);
  }
}

TEST_CASE("runs that are not numerals fail") {
  // Two or three bare digits are not a numeral (一一 in 唯一一家); four are a year.
  CHECK_FALSE(econclaims::grammar::evaluate_chinese("一一"));
  CHECK_FALSE(econclaims::grammar::evaluate_chinese("三五二"));
  CHECK(econclaims::grammar::evaluate_chinese("二〇二四")->positional);
  // A numeral cannot start with 万 or 亿: 亿元 alone is not "one hundred million yuan".
  CHECK_FALSE(number_of("亿"));
  CHECK_FALSE(number_of("万"));
}

TEST_CASE("a failed parse does not advance the iterator") {
  const std::string s = "亿元";
  const char* first = s.data();
  number_ast n;
  const char* last = s.data() + s.size();
  CHECK_FALSE(x3::parse(first, last, econclaims::grammar::number(), n));
  CHECK(first == s.data());
}
