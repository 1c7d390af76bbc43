// Covers: the frames above the sentence (document profile, sections) and the clause
// rules that read the genre's phenomena: a rule a case, on sentences written for these
// tests. Places and figures are invented.
#include <doctest/doctest.h>

#include <string>

#include "econclaims/extract.hpp"
#include "extract_helpers.hpp"

using namespace econclaims;
using namespace econclaims::test;

TEST_CASE("document frame: a communiqué's title names the year under review") {
  // Published in the next year: quarters and months without a year are the reviewed year's.
  const auto r = run("石门县2030年国民经济和社会发展统计公报\n\n石门县统计局\n\n"
                     "全县地区生产总值120.5亿元，比上年增长5.2%。分季度看，一季度增长4.8%，四季度增长5.6%。"
                     "12月份，居民消费价格上涨0.3%。\n",
                     "2031-03-15");
  CHECK(find(r, "120.5亿元").period == "2030");
  CHECK(find(r, "120.5亿元").entity == "石门县");
  CHECK(find(r, "4.8%").period == "2030-Q1");
  CHECK(find(r, "4.8%").basis == "2029-Q1");
  CHECK(find(r, "5.6%").period == "2030-Q4");
  CHECK(find(r, "0.3%").period == "2030-12");
}

TEST_CASE("document frame: a figure with no time takes the period the title names") {
  const auto r = run("上半年云渡市经济稳中向好\n\n全市规模以上工业增加值增长6.1%。\n", "2031-07-20");
  CHECK(find(r, "6.1%").period == "2031-H1");
  CHECK(find(r, "6.1%").basis == "2030-H1");
}

TEST_CASE("document frame: a national release speaks for the nation") {
  const auto r = run("一季度国民经济开局平稳\n来源：国家统计局\n\n全国规模以上工业增加值同比增长5.0%。"
                     "社会消费品零售总额12000亿元。\n",
                     "2031-04-16");
  CHECK(find(r, "5.0%").entity == "中国");
  CHECK(find(r, "12000亿元").entity == "中国");
  CHECK(find(r, "12000亿元").period == "2031-Q1");
}

TEST_CASE("document frame: a bare 元 is the currency the text names first") {
  const auto hk = run("本港經濟報告\n\n本季訪港旅客消費約300億港元。零售業總銷貨價值為1,200億元。\n", "2031-05-02");
  CHECK(find(hk, "1,200億元").unit == "HKD");
  CHECK(find(hk, "1,200億元").entity == "香港");
  // A mainland text whose first amount is in bare 元 keeps CNY when it later names 港元.
  const auto cn = run("签约项目总投资50亿元，其中一个项目拟投资3亿港元，另一个项目投资8亿元。\n", "2031-05-02");
  CHECK(find(cn, "8亿元").unit == "CNY");
  CHECK(find(cn, "3亿港元").unit == "HKD");
}

TEST_CASE("document frame: a zone introduced by its full name keeps it where the text shortens the type") {
  const auto r = run("栖霞高新区上半年营收增长\n\n栖霞高新技术产业开发区管委会发布数据。上半年，栖霞高新区实现营业收入80亿元。\n",
                     "2031-07-10");
  CHECK(find(r, "80亿元").entity == "栖霞高新技术产业开发区");
  // Short name first in the body: it stays as written.
  const auto s = run("栖霞高新区营收增长\n\n上半年，栖霞高新区实现营业收入80亿元。附：栖霞高新技术产业开发区简介。\n",
                     "2031-07-10");
  CHECK(find(s, "80亿元").entity == "栖霞高新区");
}

TEST_CASE("section frames: review and plan headings set period and modality") {
  const auto r = run("白沙市政府工作报告\n\n一、2030年工作回顾\n\n全市地区生产总值增长6.0%，一季度增长5.1%。\n\n"
                     "二、2031年主要预期目标\n\n地区生产总值增长5.5%左右。\n",
                     "2031-01-20");
  CHECK(find(r, "6.0%").period == "2030");
  CHECK(find(r, "6.0%").mode == modality::actual);
  CHECK(find(r, "5.1%").period == "2030-Q1");
  CHECK(find(r, "5.5%").period == "2031");
  CHECK(find(r, "5.5%").mode == modality::target);
}

TEST_CASE("section frames: a lead-in ending in a colon makes the list under it goals") {
  const auto r = run("报告全文\n\n今年经济社会发展的主要预期目标是:\n◆地区生产总值增长6%左右;\n◆城镇新增就业3万人以上。\n",
                     "2031-02-01");
  const claim& g = find(r, "6%");
  CHECK(g.mode == modality::target);
  CHECK(g.period == "2031");
  CHECK(g.indicator.find("◆") == std::string::npos);
  CHECK(find(r, "3万人").mode == modality::target);
}

TEST_CASE("clause: a gap against another place is signed by its word and has no basis") {
  const auto r = run("2030年，全市地区生产总值增长6.2%，高于全省0.4个百分点，低于全国0.1个百分点。\n", "2031-02-01");
  const claim& up = find(r, "0.4个百分点");
  CHECK(up.kind == claim_kind::change);
  CHECK(up.value == doctest::Approx(0.4));
  CHECK(up.basis.empty());
  CHECK(up.indicator == "地区生产总值增速");
  CHECK(find(r, "0.1个百分点").value == doctest::Approx(-0.1));
}

TEST_CASE("clause: a change in points names the rate that moved") {
  const auto r = run("1—8月，全省固定资产投资下降1.2%，降幅比1—7月收窄0.3个百分点。\n", "2031-09-20");
  const claim& c = find(r, "0.3个百分点");
  CHECK(c.value == doctest::Approx(-0.3));
  CHECK(c.indicator == "固定资产投资降幅");
  CHECK(c.basis == "2031-01/2031-07");
}

TEST_CASE("clause: a share of a goal reached is actual and takes the goal's indicator") {
  const auto r = run("2030年，全区完成固定资产投资86亿元，完成年度目标的102.5%。\n", "2031-01-10");
  const claim& c = find(r, "102.5%");
  CHECK(c.kind == claim_kind::share);
  CHECK(c.mode == modality::actual);
  CHECK(c.indicator == "固定资产投资");
}

TEST_CASE("clause: a rate of growth named as such is a growth; a demographic rate is a level") {
  const auto r = run("2030年，本地经济成长率为3.4%，人口自然增长率为-1.2‰。\n", "2031-02-01");
  CHECK(find(r, "3.4%").kind == claim_kind::growth);
  const claim& d = find(r, "-1.2‰");
  CHECK(d.kind == claim_kind::level);
  CHECK(d.value == doctest::Approx(-0.12));
}

TEST_CASE("clause: a time inside a clause does not frame the sentences after it") {
  const auto r = run("1—6月，全区工业产值200亿元，其中6月当月完成40亿元。工业增加值增长7.5%。\n", "2031-07-15");
  CHECK(find(r, "40亿元").period == "2031-06");
  CHECK(find(r, "7.5%").period == "2031-01/2031-06");
}

TEST_CASE("clause: a stock dated by 截至 keeps that date over 累计") {
  const auto r = run("截至9月末，全区累计引进企业320家。\n", "2031-10-20");
  CHECK(find(r, "320家").period == "2031-09");
}

TEST_CASE("quantities: written signs, tenths with a digit, a space before the unit, 负增长") {
  const auto r = run("2030年，出口同比增长-3.5%，进口+2.0%，占七成二，投资2.5 亿元，零售额负增长1.5%。\n", "2031-02-01");
  CHECK(find(r, "-3.5%").value == doctest::Approx(-3.5));
  CHECK(find(r, "+2.0%").value == doctest::Approx(2.0));
  CHECK(find(r, "七成二").value == doctest::Approx(72));
  CHECK(find(r, "2.5 亿元").value == doctest::Approx(2.5e8));
  CHECK(find(r, "1.5%").value == doctest::Approx(-1.5));
  // A hyphen between two figures is no sign.
  const auto range = run("2029-2030年，投资增长5%。\n", "2031-02-01");
  CHECK(find(range, "5%").value == doctest::Approx(5));
}

TEST_CASE("a project's figures and timeless attributes take no period from the document") {
  const auto r = run("2030年云渡开发区回顾\n\n云渡开发区规划面积30平方公里。\n\n星河新材料项目总投资12亿元。\n", "2031-01-05");
  CHECK(find(r, "30平方公里").period.empty());
  CHECK(find(r, "12亿元").period.empty());
}

TEST_CASE("explain: every claim says where its entity, period, basis and modality came from") {
  const auto r = run("白沙市政府工作报告\n\n二、2031年主要预期目标\n\n地区生产总值增长5.5%左右。\n", "2031-01-20", true);
  const claim& c = find(r, "5.5%");
  CHECK(c.why.period.find("section") == 0);
  CHECK(c.why.modality.find("section") == 0);
  CHECK(!c.why.entity.empty());
  CHECK(!c.why.basis.empty());
  // Without explain, nothing is spent on it.
  const auto quiet = run("白沙市政府工作报告\n\n二、2031年主要预期目标\n\n地区生产总值增长5.5%左右。\n", "2031-01-20");
  CHECK(find(quiet, "5.5%").why.empty());
  CHECK(has_quote(quiet, "5.5%"));
}

TEST_CASE("a district name two cities share is told apart by the document's own place") {
  const auto bj = run("北京市朝阳区2030年经济运行情况\n\n2030年，朝阳区地区生产总值8000亿元。\n", "2031-01");
  const auto cc = run("长春市朝阳区2030年经济运行情况\n\n2030年，朝阳区地区生产总值600亿元。\n", "2031-01");
  CHECK(find(bj, "8000亿元").entity_id == "北京市朝阳区");
  CHECK(find(bj, "8000亿元").entity_code == "110105");
  CHECK(find(cc, "600亿元").entity_id == "长春市朝阳区");
  CHECK(find(cc, "600亿元").entity_code == "220104");
  CHECK(find(cc, "600亿元").indicator_id == "地区生产总值");
}
