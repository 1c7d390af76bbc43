// Covers: econclaims/claims_io.hpp — JSON Lines out and back in, CSV quoting and
// formula neutralization, docs files, and format errors that name source and line.
#include <doctest/doctest.h>

#include <string>

#include "econclaims/claims_io.hpp"

using namespace econclaims;

namespace {
claim sample() {
  claim c;
  c.doc = "a.txt";
  c.quote = "612.7亿元";
  c.span = {10, 21};
  c.value = 61270000000;
  c.unit = "CNY";
  c.qual = qualifier::over;
  c.kind = claim_kind::level;
  c.mode = modality::target;
  c.entity = "某开发区";
  c.indicator = "规模以上工业总产值";
  c.period = "2018";
  c.doc_date = "2019-01";
  c.doc_date_inferred = true;
  c.resolution = 5e6;
  return c;
}
}  // namespace

TEST_CASE("a claim survives JSON Lines out and in") {
  claim c = sample();
  c.value_hi = 6e10;
  c.of = "全市\"总量\"\n";  // quotes and control characters are escaped
  std::string line;
  append_json(line, c);
  auto back = read_claims(line, "mem");
  REQUIRE(back.size() == 1);
  CHECK(back[0] == c);
}

TEST_CASE("strings are escaped exactly where JSON requires it") {
  claim c = sample();
  c.of = std::string("\\a\"\x01" "b\tc\x1F", 8);
  c.quote = "\"";
  c.span = {7, 19};
  c.qual = qualifier::approx;
  std::string line;
  append_json(line, c);
  CHECK(line.find(R"("of": "\\a\"\u0001b\tc\u001f")") != std::string::npos);
  CHECK(line.find(R"("quote": "\"")") != std::string::npos);
  CHECK(line.find(R"("start": 7, "end": 19, )") != std::string::npos);
  CHECK(line.find(R"("qualifier": "approx", "kind": "level", "modality": "target")") != std::string::npos);
}

TEST_CASE("empty fields are written as null") {
  std::string line;
  claim c = sample();
  c.period.clear();
  append_json(line, c);
  CHECK(line.find("\"period\": null") != std::string::npos);
  CHECK(line.find("\"basis\": null") != std::string::npos);
}

TEST_CASE("CSV quotes cells and neutralizes formulas") {
  claim c = sample();
  c.indicator = "=HYPERLINK(\"x\")";
  c.entity = "甲,乙";
  std::string row;
  append_csv(row, c);
  CHECK(row.find("\"'=HYPERLINK(\"\"x\"\")\"") != std::string::npos);
  CHECK(row.find("\"甲,乙\"") != std::string::npos);
  CHECK(std::string(csv_header()).starts_with("doc,quote,start,end,value"));
}

TEST_CASE("reading errors name the source and the line") {
  CHECK_THROWS_WITH_AS(read_claims("\n{\"doc\": \"a\"}\n", "c.jsonl"), "c.jsonl:2: missing field \"value\"",
                       format_error);
  CHECK_THROWS_WITH_AS(read_claims("{\"doc\": \"a\", \"value\": 1, \"unit\": \"个\", \"kind\": \"big\"}", "c.jsonl"),
                       "c.jsonl:1: field \"kind\" has unknown value \"big\"", format_error);
  CHECK_THROWS_AS(read_claims("not json", "c.jsonl"), format_error);
  // Line and column (the byte where the text stopped being JSON).
  CHECK_THROWS_WITH_AS(read_claims("\n{\"doc\": \"a\", \"value\": 1,, }", "c.jsonl"),
                       doctest::Contains("c.jsonl:2:25: not JSON"), format_error);
  CHECK_THROWS_WITH_AS(read_claims("[1, 2]", "c.jsonl"), "c.jsonl:1: a line must hold one JSON object", format_error);
  CHECK_THROWS_WITH_AS(read_claims("{\"doc\": \"a\", \"value\": 1e999, \"unit\": \"个\"}", "c.jsonl"),
                       doctest::Contains("c.jsonl:1:"), format_error);
  CHECK_THROWS_WITH_AS(read_claims("{\"doc\": \"a\", \"value\": 1, \"unit\": \"个\", \"start\": -3}", "c.jsonl"),
                       doctest::Contains("byte offset"), format_error);
  CHECK_THROWS_WITH_AS(read_claims("{\"doc\": \"a\", \"value\": 1, \"unit\": \"个\", \"start\": 5, \"end\": 2}", "c.jsonl"),
                       "c.jsonl:1: field \"end\" is before \"start\"", format_error);
}

TEST_CASE("any JSON object is read: members in any order and spacing, members beyond the format, nested values") {
  const auto back = read_claims("  {\"unit\":\"个\",\"extra\":{\"a\":[1,2,{\"b\":null}]},\"value\":47,\"doc\":\"a.txt\"}  \r\n",
                                "mem");
  REQUIRE(back.size() == 1);
  CHECK(back[0].value == 47);
  CHECK(back[0].doc == "a.txt");
}

TEST_CASE("the why object of --explain is read back") {
  claim c = sample();
  c.why.entity = "subject of its sentence";
  c.why.period = "section: 主要预期目标";
  std::string line;
  append_json(line, c);
  const auto back = read_claims(line, "mem");
  REQUIRE(back.size() == 1);
  CHECK(back[0].why == c.why);
  CHECK(back[0] == c);
}

TEST_CASE("CSV: a negative number stays a number; text that looks like a formula does not") {
  claim c = sample();
  c.value = -5;
  c.entity = "-甲";
  std::string row;
  append_csv(row, c);
  CHECK(row.find(",-5,") != std::string::npos);
  CHECK(row.find("\"'-甲\"") != std::string::npos);
  std::string cell;
  append_csv_cell(cell, "-1.5e3");
  CHECK(cell == "-1.5e3");
}

TEST_CASE("docs files map names to dates") {
  auto dates = read_doc_dates("{\"doc\": \"a.txt\", \"date\": \"2019-01\", \"script\": \"x\"}\n"
                              "{\"doc\": \"b.txt\", \"date\": \"2022-07-13\"}\n",
                              "docs.jsonl");
  CHECK(dates.at("a.txt") == "2019-01");
  CHECK(dates.at("b.txt") == "2022-07-13");
  CHECK_THROWS_WITH_AS(read_doc_dates("{\"doc\": \"a.txt\"}", "docs.jsonl"), "docs.jsonl:1: missing field \"date\"",
                       format_error);
}

TEST_CASE("JSON string escapes decode, surrogate pairs included") {
  auto back = read_claims("{\"doc\": \"\\u5f00\\ud83d\\ude00\", \"value\": 1, \"unit\": \"\\u4e2a\"}", "mem");
  REQUIRE(back.size() == 1);
  CHECK(back[0].doc == "开\xF0\x9F\x98\x80");
  CHECK(back[0].unit == "个");
}
