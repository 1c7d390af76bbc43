// Build a series from claims and compute what an economist would: year-on-year growth
// and the average annual growth rate, with the reported figures checked against them.
#include <econclaims/econclaims.hpp>

#include <cmath>
#include <cstdio>

int main() {
  // Five annual reports of one zone, each giving that year's output (亿元 → CNY).
  const char* claims = R"({"doc": "r2019.txt", "value": 310e8, "unit": "CNY", "entity": "临川开发区", "indicator": "规上工业总产值", "period": "2019", "doc_date": "2020-01"}
{"doc": "r2020.txt", "value": 334.8e8, "unit": "CNY", "entity": "临川开发区", "indicator": "规模以上工业总产值", "period": "2020", "doc_date": "2021-01"}
{"doc": "r2021.txt", "value": 381.7e8, "unit": "CNY", "entity": "临川开发区", "indicator": "规模以上工业总产值", "period": "2021", "doc_date": "2022-01"}
{"doc": "r2023.txt", "value": 455.0e8, "unit": "CNY", "entity": "临川开发区", "indicator": "规模以上工业总产值", "period": "2023", "doc_date": "2024-01"}
{"doc": "r2023.txt", "value": 12.1, "unit": "%", "kind": "growth", "entity": "临川开发区", "indicator": "规模以上工业总产值", "period": "2023", "basis": "2022", "doc_date": "2024-01"}
)";
  auto st = econclaims::read_store_jsonl(claims, "example");
  // 规上工业总产值 and 规模以上工业总产值 are one indicator through the synonym table.
  const auto output = st.series("临川开发区", "规模以上工业总产值");
  const auto g = growth(output, econclaims::yoy);
  for (Eigen::Index i = 0; i < g.size(); ++i) {
    const double v = g.values()(i);
    if (std::isnan(v)) std::printf("%s  growth: missing (no level for the year before)\n", g.period_at(i).to_string().c_str());
    else std::printf("%s  growth: %.2f %%\n", g.period_at(i).to_string().c_str(), v);
  }
  const double avg = cagr(output, econclaims::period{"2019"}, econclaims::period{"2023"});
  std::printf("2019→2023 average annual growth: %.3f %%\n", avg);
  // 2022 is missing, so 2023's growth is missing too: never a two-year change as one.
  return std::isnan(g.values()(g.size() - 1)) && std::fabs(avg - 10.0683) < 0.001 ? 0 : 1;
}
