// Covers econclaims/names.hpp and the indicator vocabulary (indicators.hpp) as the store
// uses them: one name and one code per entity and indicator, whatever the spelling; short
// names several divisions share, read in the document's province or left as written;
// and rounded restatements that never replace the precise figure they agree with.
#include <econclaims/names.hpp>
#include <econclaims/series.hpp>

#include "series_helpers.hpp"

using namespace econclaims;

TEST_CASE("places: full and short names, one canonical name and its GB/T 2260 code") {
  CHECK(canonical_entity_of("广州") == canonical_entity{"广州市", "440100"});
  CHECK(canonical_entity_of("广州市") == canonical_entity{"广州市", "440100"});
  CHECK(canonical_entity_of("山东") == canonical_entity{"山东省", "370000"});
  CHECK(canonical_entity_of("山东省") == canonical_entity{"山东省", "370000"});
  CHECK(canonical_entity_of("内蒙古") == canonical_entity{"内蒙古自治区", "150000"});
  CHECK(canonical_entity_of("广西") == canonical_entity{"广西壮族自治区", "450000"});
  CHECK(canonical_entity_of("香港") == canonical_entity{"香港特别行政区", "810000"});
  // Only divisions in use: 上海, 重庆, 东莞 have one meaning each.
  CHECK(canonical_entity_of("上海") == canonical_entity{"上海市", "310000"});
  CHECK(canonical_entity_of("重庆市") == canonical_entity{"重庆市", "500000"});
  CHECK(canonical_entity_of("东莞") == canonical_entity{"东莞市", "441900"});
  CHECK(canonical_entity_of("达拉特旗") == canonical_entity_of("达拉特"));
  // A name that is no division stays as written, without a code.
  CHECK(canonical_entity_of("Example Zone") == canonical_entity{"Example Zone", ""});
  CHECK(canonical_entity_of("") == canonical_entity{});
}

TEST_CASE("the nation is 中国, however it is written") {
  for (const char* w : {"全国", "我国", "中国", "中华人民共和国"}) CHECK(canonical_entity_of(w).id == "中国");
}

TEST_CASE("zones: the short type expanded, the host kept, the host's code") {
  const auto full = canonical_entity_of("杭州经济技术开发区");
  CHECK(full == canonical_entity{"杭州经济技术开发区", "330100"});
  CHECK(canonical_entity_of("杭州经开区") == full);
  CHECK(canonical_entity_of("杭州市经济技术开发区") == full);
  CHECK(canonical_entity_of("苏州高新区") == canonical_entity{"苏州高新技术产业开发区", "320500"});
  CHECK(canonical_entity_of("宁波综保区") == canonical_entity{"宁波综合保税区", "330200"});
  // A host that is no division: the zone keeps it as written.
  CHECK(canonical_entity_of("云渡经开区") == canonical_entity{"云渡经济技术开发区", ""});
}

TEST_CASE("a short name several divisions share: the document's province decides, else it stays") {
  // 朝阳: a district of 北京 (110105), a district of 长春, a city and a county of 辽宁.
  CHECK(canonical_entity_of("朝阳") == canonical_entity{"朝阳", ""});
  // Two districts share the full name 朝阳区: their ids carry the city's name.
  CHECK(canonical_entity_of("朝阳", "110000") == canonical_entity{"北京市朝阳区", "110105"});
  CHECK(canonical_entity_of("朝阳", "110108") == canonical_entity{"北京市朝阳区", "110105"});
  CHECK(canonical_entity_of("朝阳区", "220000") == canonical_entity{"长春市朝阳区", "220104"});
  CHECK(canonical_entity_of("朝阳区") == canonical_entity{"朝阳区", ""});
  CHECK(canonical_entity_of("北京市朝阳区") == canonical_entity{"北京市朝阳区", "110105"});
  // In 辽宁 both the city and the county remain: the text has not said which.
  CHECK(canonical_entity_of("朝阳", "210000") == canonical_entity{"朝阳", ""});
  // 吉林: a province and a city of one name.
  CHECK(canonical_entity_of("吉林").code.empty());
  const auto& places = place_table::defaults();
  CHECK(places.candidates("吉林").size() >= 2);
  CHECK(places.size() > 3000);
}

TEST_CASE("indicators: variants map to the standard name; the nation's product and a region's") {
  CHECK(canonical_indicator_of("规上工业增加值", "") == "规模以上工业增加值");
  CHECK(canonical_indicator_of("社零总额", "") == "社会消费品零售总额");
  CHECK(canonical_indicator_of("实际利用外资", "") == "实际使用外资");
  for (const char* gdp : {"GDP", "国内生产总值", "经济总量", "GDP总量", "地区生产总值", "生产总值"}) {
    INFO(gdp);
    CHECK(canonical_indicator_of(gdp, "中国") == "国内生产总值");
    CHECK(canonical_indicator_of(gdp, "广州市") == "地区生产总值");
  }
  CHECK(canonical_indicator_of("出口总额", "中国") == "出口总额");  // unknown: kept as written
  // A zone's product is regional; another country's is not renamed.
  CHECK(canonical_indicator_of("生产总值", "云渡经济技术开发区") == "地区生产总值");
  CHECK(canonical_indicator_of("GDP", "美国") == "国内生产总值");
  CHECK(canonical_indicator_of("生产总值", "美国") == "地区生产总值");
}

TEST_CASE("every spelling joins into one series, keyed by the canonical names, with the code") {
  store st;
  st.add(test::level("广州", "GDP", "2022", 28839e8, "CNY"));
  st.add(test::level("广州市", "地区生产总值", "2023", 30355.73e8, "CNY"));
  st.add(test::level("全国", "经济总量", "2022", 1210207e8, "CNY"));
  st.add(test::level("我国", "国内生产总值", "2023", 1260582e8, "CNY"));
  st.add(test::level("中国", "GDP总量", "2021", 1149237e8, "CNY"));
  REQUIRE(st.keys().size() == 2);
  const auto gz = st.series("广州", "生产总值");
  CHECK(gz.key().entity == "广州市");
  CHECK(gz.key().indicator == "地区生产总值");
  CHECK(gz.size() == 2);
  const auto cn = st.series("全国", "GDP");
  CHECK(cn.key().entity == "中国");
  CHECK(cn.key().indicator == "国内生产总值");
  CHECK(cn.size() == 3);
  bool coded = false;
  for (const auto& o : st.observations())
    if (o.entity == "广州市") coded = o.entity_code == "440100";
  CHECK(coded);
}

TEST_CASE("a rounded restatement never replaces the precise figure; a figure outside its precision revises it") {
  auto published = [](double value, double resolution, const char* date) {
    claim c = test::level("中国", "国内生产总值", "2021", value, "CNY");
    c.resolution = resolution;
    c.doc_date = date;
    return c;
  };
  store st;
  st.add(published(1143670e8, 0.5e8, "2022-02-28"));   // 1143670亿元, the communiqué
  st.add(published(114e12, 0.5e12, "2023-02-28"));     // 114万亿元, restated a year later
  auto s = st.series("中国", "国内生产总值");
  CHECK(s[period("2021")] == doctest::Approx(1143670e8));
  CHECK(s.meta(0).flag.empty());  // agreeing within 0.5万亿: no conflict
  // A later figure beyond the first's precision is a revision, and replaces it.
  st.add(published(1149237e8, 0.5e8, "2023-12-29"));
  s = st.series("中国", "国内生产总值");
  CHECK(s[period("2021")] == doctest::Approx(1149237e8));
  CHECK(s.meta(0).flag == "conflict");
  CHECK(s.meta(0).sources.size() == 3);  // the vintages keep every figure
}
