// Covers: econclaims/extract.hpp — extract() end to end on sentences written for these
// tests: values and byte spans, kinds and bases, periods resolved against the document
// date, modality, subjects and indicators, exclusions, --explain reasons, diagnostics.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "econclaims/extract.hpp"
#include "extract_helpers.hpp"

using namespace econclaims;
using namespace econclaims::test;

TEST_CASE("a level and its growth, with exact byte spans") {
  const std::string text = "2023年，青禾开发区共完成规模以上工业总产值418.6亿元，同比增长9.2%。";
  auto r = run(text);
  REQUIRE(r.ok());
  REQUIRE(r.claims.size() == 2);
  const auto& level = r.claims[0];
  CHECK(level.quote == "418.6亿元");
  CHECK(level.span.begin == text.find("418.6"));
  CHECK(level.span.end == text.find("，同比"));
  CHECK(level.value == 41860000000.0);
  CHECK(level.unit == "CNY");
  CHECK(level.kind == claim_kind::level);
  CHECK(level.period == "2023");
  CHECK(level.entity == "青禾开发区");
  CHECK(level.indicator == "规模以上工业总产值");
  CHECK(level.resolution == doctest::Approx(5e6));  // half of 0.1亿元
  const auto& growth = r.claims[1];
  CHECK(growth.kind == claim_kind::growth);
  CHECK(growth.value == doctest::Approx(9.2));
  CHECK(growth.basis == "2022");
  CHECK(growth.indicator == "规模以上工业总产值");
}

TEST_CASE("spans point into the original bytes of traditional and full-width text") {
  const std::string text = "今年1—3月，翠灣高新區完成固定資產投資４６．２億元，同比增長15.3%。";
  auto r = run(text, "2024-04");
  const auto& c = find(r, "４６．２億元");
  CHECK(text.substr(c.span.begin, c.span.end - c.span.begin) == "４６．２億元");
  CHECK(c.value == doctest::Approx(4.62e9));
  CHECK(c.period == "2024-01/2024-03");
  CHECK(c.entity == "翠湾高新区");
  CHECK(c.indicator == "固定资产投资");
  const auto& g = find(r, "15.3%");
  CHECK(g.basis == "2023-01/2023-03");
}

TEST_CASE("decreases are negative") {
  auto r = run("2023年，甲市货物进出口总额512.3亿元，下降2.1%；城镇调查失业率为5.1%，比上年下降0.3个百分点。");
  CHECK(find(r, "2.1%").value == doctest::Approx(-2.1));
  CHECK(find(r, "2.1%").kind == claim_kind::growth);
  const auto& pp = find(r, "0.3个百分点");
  CHECK(pp.value == doctest::Approx(-0.3));
  CHECK(pp.unit == "pp");
  CHECK(pp.kind == claim_kind::change);
  CHECK(pp.basis == "2022");
  const auto& rate = find(r, "5.1%");
  CHECK(rate.kind == claim_kind::level);  // a rate that is itself the indicator
}

TEST_CASE("shares keep their whole") {
  auto r = run("2023年，临川开发区新能源产业实现产值152.3亿元，占规模以上工业总产值的36.4%。");
  const auto& s = find(r, "36.4%");
  CHECK(s.kind == claim_kind::share);
  CHECK(s.of == "规模以上工业总产值");
  CHECK(s.indicator == "新能源产业产值");
}

TEST_CASE("changes, multiples and doublings") {
  auto r = run("年末全市规模以上工业企业137家，比上年末增加11家。力争到2028年，全省海洋经济增加值比2023年翻一番。");
  const auto& ch = find(r, "11家");
  CHECK(ch.kind == claim_kind::change);
  CHECK(ch.value == 11);
  const auto& d = find(r, "翻一番");
  CHECK(d.kind == claim_kind::growth);
  CHECK(d.value == 100);
  CHECK(d.period == "2028");
  CHECK(d.basis == "2023");
  CHECK(d.mode == modality::target);
  auto m = run("2023年，新引进研发人员是去年的3倍以上。");
  const auto& x = find(m, "3倍");
  CHECK(x.kind == claim_kind::multiple);
  CHECK(x.unit == "x");
  CHECK(x.qual == qualifier::at_least);
  CHECK(x.basis == "2022");
}

TEST_CASE("qualifiers before and after stay outside the quote") {
  auto r = run("总投资超120亿元的某某汽车项目开工，年产值近10亿元，用地约300亩，新增岗位5000个以上。");
  CHECK(find(r, "120亿元").qual == qualifier::over);
  CHECK(find(r, "10亿元").qual == qualifier::nearly);
  CHECK(find(r, "300亩").qual == qualifier::approx);
  CHECK(find(r, "5000个").qual == qualifier::at_least);
  CHECK(find(r, "120亿元").entity == "某某汽车项目");
}

TEST_CASE("periods relative to the document date") {
  auto r = run("今年上半年，某高新区新签约项目76个。去年，该区引进人才120名。前年完成投资50亿元。", "2019-08");
  CHECK(find(r, "76个").period == "2019-H1");
  CHECK(find(r, "120名").period == "2018");
  CHECK(find(r, "50亿元").period == "2017");
  CHECK(find(r, "120名").entity == "某高新区");
}

TEST_CASE("a date is carried as a reader carries it") {
  auto r = run("2022年9月16日，15个重点项目集中开工。\n同年10月8日，9个重点项目集中投产。", "2023-01");
  CHECK(find(r, "15个").period == "2022-09-16");
  CHECK(find(r, "9个").period == "2022-10-08");
  CHECK(find(r, "15个").indicator.find("重点项目") != std::string::npos);
}

TEST_CASE("stocks at the time of writing take the document date") {
  auto r = run("截至目前，某开发区累计引进高层次人才团队23个。", "2024-01");
  CHECK(find(r, "23个").period == "2024-01");
}

TEST_CASE("targets by their cue words") {
  auto r = run("2023年，某区完成投资80亿元。2024年，该区将力争完成投资100亿元，确保新签约项目不少于70个。", "2024-01");
  CHECK(find(r, "80亿元").mode == modality::actual);
  CHECK(find(r, "100亿元").mode == modality::target);
  CHECK(find(r, "70个").mode == modality::target);
  CHECK(find(r, "70个").qual == qualifier::at_least);
  // A forecast for a year that has ended reports an actual figure.
  auto f = run("2023年，全社会研发投入强度预计达到2.31%。", "2024-01");
  CHECK(find(f, "2.31%").mode == modality::actual);
}

TEST_CASE("an enumeration with 分别 hands out its items") {
  auto r = run("2023年，临川区工业投资、基础设施投资分别增长8.4%、2.7%。");
  CHECK(find(r, "8.4%").indicator == "工业投资");
  CHECK(find(r, "2.7%").indicator == "基础设施投资");
}

TEST_CASE("regions named without a suffix, and their own word for themselves") {
  extract_options o;
  o.doc = "m.txt";
  o.doc_date = "2024-08";
  auto r = extract("澳門統計暨普查局公布，第二季本地生產總值為1,023.5億澳門元，按年實質上升10.3%。", o);
  CHECK(find(r, "1,023.5億澳門元").entity == "澳门");
  CHECK(find(r, "1,023.5億澳門元").unit == "MOP");
  CHECK(find(r, "10.3%").basis == "2023-Q2");
}

TEST_CASE("a district is a subject") {
  auto r = run("石泉区2023年经济运行情况\n2023年，全区实现地区生产总值186.4亿元，同比增长6.1%。", "2024-02");
  CHECK(find(r, "186.4亿元").entity == "石泉区");
  CHECK(find(r, "186.4亿元").indicator == "地区生产总值");
}

TEST_CASE("numbers that are not claims") {
  auto r = run("2018年10月，第6个项目落地，全省唯一一家千亿级园区；世界500强企业3家参与“十条措施”。"
               "电话0531-6666123，第A9版。一批项目开工。三大产业集群加快成长。",
               "2019-01", true);
  CHECK(r.claims.size() == 1);
  CHECK(has_quote(r, "3家"));
  bool ordinal = false, label = false;
  for (const auto& s : r.skipped) {
    if (s.quote == "6个") ordinal = s.reason.find("ordinal") != std::string::npos;
    if (s.quote == "10条" || s.quote == "十条") label = true;
  }
  CHECK(ordinal);
  CHECK(label);
}

TEST_CASE("thresholds inside a name make no claim of their own") {
  auto r = run("2023年，新签约过5亿元项目6个，年收入20万元以上的合作社达到35家。", "2024-01");
  CHECK(r.claims.size() == 2);
  CHECK(find(r, "6个").indicator.find("过5亿元项目") != std::string::npos);
  CHECK(find(r, "35家").value == 35);
}

TEST_CASE("the document date is inferred from a dateline and marked") {
  extract_options o;
  o.doc = "d.txt";
  auto r = extract("来源：某报\n2023-05-09 08:30:00\n今年以来，新入驻企业10家。", o);
  const auto& c = find(r, "10家");
  CHECK(c.doc_date == "2023-05-09");
  CHECK(c.doc_date_inferred);
  CHECK(c.period == "2023");
  auto y = extract("2019年，某区新签约项目12个。2020年，新签约项目15个。", o);
  CHECK(find(y, "12个").doc_date == "2020");
  CHECK(find(y, "12个").doc_date_inferred);
}

TEST_CASE("invalid UTF-8 is a diagnostic with the file and byte offset, not a crash") {
  extract_options o;
  o.doc = "bad.txt";
  auto r = extract(std::string("增长16%\xFF"), o);
  CHECK_FALSE(r.ok());
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == errc::invalid_utf8);
  CHECK(r.diagnostics[0].where.begin == 9);
  CHECK(r.diagnostics[0].message.find("bad.txt") != std::string::npos);
  CHECK(r.diagnostics[0].message.find("byte offset 9") != std::string::npos);
  CHECK(r.claims.empty());
}

TEST_CASE("a malformed document date is a diagnostic") {
  auto r = run("增长16%", "2024-13");
  CHECK_FALSE(r.ok());
  CHECK(r.diagnostics[0].code == errc::bad_date);
}

TEST_CASE("text without numbers is the normal case") {
  auto r = run("");
  CHECK(r.ok());
  CHECK(r.claims.empty());
  CHECK(run("没有数字的一段话。").claims.empty());
}
