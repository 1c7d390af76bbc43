// Covers: econclaims/text.hpp — find_invalid_utf8, normalized_text (full-width folding,
// traditional → simplified, pinyin readings, spaces inside numbers) and its offset map.
#include <doctest/doctest.h>

#include <string>

#include "econclaims/text.hpp"

using econclaims::byte_span;
using econclaims::find_invalid_utf8;
using econclaims::normalized_text;

TEST_CASE("valid UTF-8 has no invalid offset") {
  CHECK_FALSE(find_invalid_utf8("").has_value());
  CHECK_FALSE(find_invalid_utf8("plain ascii").has_value());
  CHECK_FALSE(find_invalid_utf8("增长16%，同比").has_value());
  CHECK_FALSE(find_invalid_utf8("\xF0\x9F\x98\x80").has_value());  // U+1F600, four bytes
}

TEST_CASE("invalid UTF-8 is reported at the first bad byte") {
  struct row {
    std::string bytes;
    std::size_t offset;
  };
  const row rows[] = {
      {"ab\xFF", 2},                 // a byte that never occurs in UTF-8
      {"\x80", 0},                   // a continuation byte with no lead
      {"增\xE5\xA2", 3},             // a sequence cut short at the end
      {"\xC0\xAF", 0},               // overlong encoding of '/'
      {"x\xE0\x80\xAF", 1},          // overlong three-byte form
      {"\xED\xA0\x80", 0},           // a UTF-16 surrogate
      {"\xF4\x90\x80\x80", 0},       // past U+10FFFF
      {"12\xE5\x41\x42", 2},         // lead byte followed by ASCII
  };
  for (const auto& r : rows) {
    CAPTURE(r.bytes);
    auto bad = find_invalid_utf8(r.bytes);
    REQUIRE(bad.has_value());
    CHECK(*bad == r.offset);
  }
}

TEST_CASE("full-width digits, letters and punctuation fold to ASCII") {
  const normalized_text t("２０２０年增长３２．５％，ＧＤＰ");
  CHECK(t.str() == "2020年增长32.5%,GDP");
}

TEST_CASE("traditional characters become simplified, one for one") {
  const normalized_text t("規模以上工業總產值718.3億元");
  CHECK(t.str() == "规模以上工业总产值718.3亿元");
  CHECK(t.had_traditional());
  const normalized_text s("规模以上工业总产值");
  CHECK_FALSE(s.had_traditional());
}

TEST_CASE("offsets map normalized bytes back to the original") {
  const std::string in = "總額３２．５億元";
  const normalized_text t(in);
  const auto pos = t.str().find("32.5");
  REQUIRE(pos != std::string::npos);
  // "32.5亿元" in normalized text is "３２．５億元" in the original: 4 full-width
  // characters of 3 bytes each, then 億元.
  const byte_span span = t.original(pos, t.size());
  CHECK(span.begin == in.find("３"));
  CHECK(span.end == in.size());
  CHECK(in.substr(span.begin, span.end - span.begin) == "３２．５億元");
}

TEST_CASE("inline pinyin readings are dropped, offsets still exact") {
  const std::string in = "產(chǎn)業(yè)發展12項";
  const normalized_text t(in);
  CHECK(t.str() == "产业发展12项");
  const auto pos = t.str().find("12");
  const byte_span span = t.original(pos, pos + 2);
  CHECK(in.substr(span.begin, span.end - span.begin) == "12");
}

TEST_CASE("ordinary parentheses are kept") {
  CHECK(normalized_text("项目(二期)").str() == "项目(二期)");
  CHECK(normalized_text("公司(abc)").str() == "公司(abc)");  // no tone marks: not a reading
  CHECK(normalized_text("長城(威奕)汽車").str() == "长城(威奕)汽车");
}

TEST_CASE("a stray space inside a number is joined") {
  const std::string in = "計劃總投資318 .04億元";
  const normalized_text t(in);
  CHECK(t.str() == "计划总投资318.04亿元");
  const auto pos = t.str().find("318");
  const byte_span span = t.original(pos, t.size());
  CHECK(in.substr(span.begin, span.end - span.begin) == "318 .04億元");
  CHECK(normalized_text("增长3. 5%").str() == "增长3.5%");
  // A space between two numbers is not inside one.
  CHECK(normalized_text("2020 2021").str() == "2020 2021");
}

TEST_CASE("every character maps back, whatever the lengths normalization changes") {
  // Full-width forms shrink (3 bytes → 1), a pinyin reading and a space inside a number
  // vanish, and a traditional character whose simplified form lies outside the Basic
  // Multilingual Plane grows (3 bytes → 4): each following character still maps to its
  // own bytes, and the map never runs backwards.
  const std::string in = "獊個產(chǎn)值３２ .５億元，同比增長１５％。";
  const normalized_text t(in);
  std::size_t last = 0;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t len = 1;
    while (i + len < t.size() && (static_cast<unsigned char>(t.str()[i + len]) & 0xC0) == 0x80) ++len;
    const byte_span s = t.original(i, i + len);
    INFO("normalized byte " << i);
    REQUIRE(s.begin >= last);
    REQUIRE(s.end > s.begin);
    REQUIRE(s.end <= in.size());
    const std::string original = in.substr(s.begin, s.end - s.begin);
    const std::string normalized = t.str().substr(i, len);
    // The original bytes normalize to this character (a dropped reading or space is
    // not part of either neighbour).
    CHECK(normalized_text(original).str() == normalized);
    last = s.end;
    i += len;
  }
  CHECK(last == in.size());
}

TEST_CASE("to_simplified converts strings and single characters") {
  CHECK(econclaims::to_simplified("開發區") == "开发区");
  CHECK(econclaims::to_simplified(U'億') == U'亿');
  CHECK(econclaims::to_simplified(U'a') == U'a');
}
