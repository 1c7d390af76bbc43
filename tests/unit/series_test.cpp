// Covers econclaims/series/store.hpp, series/time_series.hpp, series/indicators.hpp and
// the frequency side of series/analysis.hpp: read_store_jsonl/add/series/target/keys/
// as_of/with_rule/unplaced, the conflict rules (store::preferred), indicator_table
// synonyms and measures, time_series indexing, to_frequency (F11), decumulate (F12),
// sum, share, make_panel.
#include <econclaims/series.hpp>
#include <econclaims/store_io.hpp>

#include "series_helpers.hpp"

using namespace econclaims;
using test::level;

namespace {

std::string fmt_month(int y, int m) { return period::month(y, m).to_string(); }

indicator_table ascii_table() {
  indicator_table t;
  t.load("# test table\nout = output\nproduction = out\n@stock balance\n@rate ratio\n@comparable output\n", "t.txt");
  return t;
}

}  // namespace

TEST_CASE("synonyms canonicalize indicators, chains are followed") {
  const indicator_table t = ascii_table();
  CHECK(t.canonical("out") == "output");
  CHECK(t.canonical("production") == "output");  // production → out → output
  CHECK(t.canonical("  output ") == "output");
  CHECK(t.canonical("other") == "other");
  CHECK(t.measure_of("loan balance", "CNY") == measure::stock);
  CHECK(t.measure_of("sales ratio", "CNY") == measure::rate);
  CHECK(t.measure_of("sales", "CNY") == measure::flow);
  CHECK(t.measure_of("sales", "%") == measure::rate);  // unit decides when no word matches
  CHECK(t.comparable_base("out"));
  CHECK_THROWS_WITH(indicator_table().load("a = b\nnonsense\n", "u.txt"), doctest::Contains("u.txt:2"));
  CHECK_THROWS_WITH(indicator_table().load("@bogus x\n", "u.txt"), doctest::Contains("@bogus"));
}

TEST_CASE("the default table holds NBS synonyms and measures") {
  const auto& t = indicator_table::defaults();
  // 规上工业总产值 = 规模以上工业总产值
  CHECK(t.canonical("\u89c4\u4e0a\u5de5\u4e1a\u603b\u4ea7\u503c") ==
        "\u89c4\u6a21\u4ee5\u4e0a\u5de5\u4e1a\u603b\u4ea7\u503c");
  // 社零总额 = 社会消费品零售总额
  CHECK(t.canonical("\u793e\u96f6\u603b\u989d") == "\u793e\u4f1a\u6d88\u8d39\u54c1\u96f6\u552e\u603b\u989d");
  // 年末常住人口 is a stock; 地区生产总值 is a flow whose growth is real.
  CHECK(t.measure_of("\u5e74\u672b\u5e38\u4f4f\u4eba\u53e3", "\u4eba") == measure::stock);
  CHECK(t.measure_of("\u5730\u533a\u751f\u4ea7\u603b\u503c", "CNY") == measure::flow);
  CHECK(t.real_growth("\u5730\u533a\u751f\u4ea7\u603b\u503c"));
}

TEST_CASE("a store builds a regular series with NaN gaps and provenance") {
  store st(ascii_table());
  st.add(level("Zone", "out", "2016", 100));
  st.add(level("Zone", "production", "2018", 121));  // synonym of the same indicator
  auto c = level("Zone", "output", "2019", 133.1, "CNY", "b.txt", "2020-02-01");
  c.span = {10, 17};
  st.add(c);
  const time_series s = st.series("Zone", "out");
  CHECK(s.key().indicator == "output");
  CHECK(s.key().freq == frequency::year);
  REQUIRE(s.size() == 4);  // 2016 … 2019, 2017 missing
  CHECK(s.count() == 3);
  CHECK(s.first_period().to_string() == "2016");
  CHECK(std::isnan(s[period("2017")]));
  CHECK(s[period("2018")] == 121);
  CHECK(std::isnan(s[period("2025")]));
  CHECK(std::isnan(s[period("2018-Q1")]));  // another frequency is not a position
  const auto& m = s.meta(*s.index_of(period("2019")));
  REQUIRE(m.sources.size() == 1);
  CHECK(m.sources[0].doc == "b.txt");
  CHECK(m.sources[0].span == byte_span{10, 17});
  CHECK(m.sources[0].published == "2020-02-01");
}

TEST_CASE("conflicts: all kept, exact beats approximate, later beats earlier") {
  store st(ascii_table());
  auto early = level("Zone", "output", "2019", 500, "CNY", "early.txt", "2020-01-15");
  auto late = level("Zone", "output", "2019", 510, "CNY", "late.txt", "2020-06-30");
  auto approx = level("Zone", "output", "2019", 520, "CNY", "approx.txt", "2021-01-01");
  approx.qual = qualifier::approx;
  st.add(approx);
  st.add(early);
  st.add(late);
  const time_series s = st.series("Zone", "output");
  CHECK(s[period("2019")] == 510);  // exact (early, late) over approx; then the later one
  const auto& m = s.meta(0);
  REQUIRE(m.sources.size() == 3);
  CHECK(m.sources[0].doc == "late.txt");
  CHECK(m.sources[1].doc == "early.txt");
  CHECK(m.sources[2].doc == "approx.txt");
  CHECK(m.flag == "conflict");
  CHECK(m.qual == qualifier::exact);
  // first release: among exact values the earliest publication wins
  CHECK(st.with_rule(vintage_rule::first_release).series("Zone", "output")[period("2019")] == 500);
  // finer printed precision decides between equal dates
  store st2(ascii_table());
  auto coarse = level("Zone", "output", "2019", 500, "CNY", "c.txt", "2020-01-15");
  coarse.resolution = 5e7;
  auto fine = level("Zone", "output", "2019", 501.2, "CNY", "f.txt", "2020-01-15");
  fine.resolution = 5e6;
  st2.add(coarse);
  st2.add(fine);
  CHECK(st2.series("Zone", "output")[period("2019")] == 501.2);
}

TEST_CASE("as_of gives the vintage known at a date") {
  store st(ascii_table());
  st.add(level("Zone", "output", "2019", 500, "CNY", "prelim.txt", "2020-01-15"));
  st.add(level("Zone", "output", "2019", 510, "CNY", "final.txt", "2020-12-30"));
  st.add(level("Zone", "output", "2020", 530, "CNY", "next.txt", "2021"));  // known to the year only
  CHECK(st.as_of("2020-06-30").series("Zone", "output")[period("2019")] == 500);
  CHECK(st.as_of("2020-12").series("Zone", "output")[period("2019")] == 510);
  CHECK(st.as_of("2021-06-30").series("Zone", "output").size() == 1);  // "2021" counts from 31 Dec
  CHECK(st.as_of("2021").series("Zone", "output").size() == 2);
  CHECK_THROWS_AS(st.as_of("2020-Q2"), period_error);
  CHECK_THROWS_AS(st.as_of("2019-06-30").series("Zone", "output"), lookup_error);
}

TEST_CASE("targets live in their own layer") {
  store st(ascii_table());
  st.add(level("Zone", "output", "2019", 500));
  auto goal = level("Zone", "output", "2020", 800);
  goal.mode = modality::target;
  st.add(goal);
  CHECK(st.series("Zone", "output").size() == 1);  // the 2020 target is not an actual value
  CHECK(st.target("Zone", "output")[period("2020")] == 800);
  CHECK(st.keys(layer::target).size() == 1);
}

TEST_CASE("mixed frequencies are separate series; lookups that are ambiguous throw") {
  store st(ascii_table());
  st.add(level("Zone", "output", "2019", 400));
  st.add(level("Zone", "output", "2019-Q1", 90));
  CHECK(st.keys().size() == 2);
  CHECK_THROWS_AS(st.series("Zone", "output"), lookup_error);
  CHECK(st.series("Zone", "output", {.freq = frequency::quarter})[period("2019-Q1")] == 90);
  CHECK_THROWS_AS(st.series("Nowhere", "output"), lookup_error);
}

TEST_CASE("claims files: line numbers in errors, unplaced observations") {
  const std::string text =
      "{\"doc\": \"a.txt\", \"value\": 5, \"unit\": \"CNY\", \"entity\": \"Zone\", \"indicator\": \"x\", \"period\": \"2019\"}\n"
      "\n"
      "{\"doc\": \"a.txt\", \"value\": 5, \"unit\": \"CNY\", \"entity\": \"Zone\", \"indicator\": \"x\", \"period\": \"2018-Q5\"}\n";
  CHECK_THROWS_WITH(read_store_jsonl(text, "c.jsonl"), doctest::Contains("c.jsonl:3: bad period \"2018-Q5\""));
  const std::string ok =
      "{\"doc\": \"a.txt\", \"value\": 5, \"unit\": \"CNY\", \"entity\": \"Zone\", \"indicator\": \"x\", \"period\": \"2016/2020\"}\n"
      "{\"doc\": \"a.txt\", \"value\": 7, \"unit\": \"CNY\", \"entity\": \"Zone\", \"indicator\": \"x\", \"period\": null}\n"
      "{\"doc\": \"a.txt\", \"value\": 9, \"unit\": \"CNY\", \"entity\": \"Zone\", \"indicator\": \"x\", \"period\": \"2020-01/2020-03\"}\n";
  const store st = read_store_jsonl(ok, "d.jsonl");
  CHECK(st.unplaced().size() == 2);
  CHECK(st.observations()[2].line == 3);
  const time_series ytd = st.series("Zone", "x");
  CHECK(ytd.key().ytd);
  CHECK(ytd.period_at(0).to_string() == "2020-01/2020-03");
  CHECK(ytd[period("2020-01/2020-03")] == 9);
  CHECK_THROWS_AS(read_store("/nonexistent/claims.jsonl"), format_error);
}

TEST_CASE("F12: year-to-date de-cumulation within one year") {
  // YTD {1–2: 210, 3: 330, 4: 445, 5: 560, 6: 690} → {1–2: 210, 3: 120, 4: 115, 5: 115, 6: 130}
  store st(ascii_table());
  const char* months[] = {"2020-01/2020-02", "2020-01/2020-03", "2020-01/2020-04", "2020-01/2020-05",
                          "2020-01/2020-06"};
  const double c[] = {210, 330, 445, 560, 690};
  for (int i = 0; i < 5; ++i) st.add(level("Zone", "sales", months[i], c[i]));
  const time_series ytd = st.series("Zone", "sales");
  const auto pieces = decumulate(ytd);
  REQUIRE(pieces.size() == 5);
  CHECK(pieces[0].when.to_string() == "2020-01/2020-02");  // 1—2月 stays one interval
  CHECK(pieces[0].value == 210);
  CHECK(pieces[1].when.to_string() == "2020-03");
  CHECK(pieces[1].value == 120);  // 330 − 210
  CHECK(pieces[2].value == 115);  // 445 − 330
  CHECK(pieces[3].value == 115);  // 560 − 445
  CHECK(pieces[4].value == 130);  // 690 − 560
  // Quarters: Q1 = C[3] = 330, Q2 = C[6] − C[3] = 690 − 330 = 360.
  const time_series q = to_frequency(ytd, frequency::quarter);
  CHECK(q.key().freq == frequency::quarter);
  CHECK(!q.key().ytd);
  CHECK(q[period("2020-Q1")] == 330);
  CHECK(q[period("2020-Q2")] == 360);
  CHECK(q.meta(1).sources.size() == 2);  // 1—6月 and 1—3月
  // Half: H1 = C[6] = 690; the year needs C[12], which is missing.
  CHECK(to_frequency(ytd, frequency::half)[period("2020-H1")] == 690);
  CHECK(std::isnan(to_frequency(ytd, frequency::year)[period("2020")]));
  // Months: January and February are not separable.
  const time_series m = to_frequency(ytd, frequency::month);
  CHECK(std::isnan(m[period("2020-02")]));
  CHECK(m[period("2020-03")] == 120);
}

TEST_CASE("F12 never crosses a year, and stocks are never de-cumulated") {
  store st(ascii_table());
  st.add(level("Zone", "sales", "2019-01/2019-12", 1000));
  st.add(level("Zone", "sales", "2020-01/2020-03", 260));
  const time_series ytd = st.series("Zone", "sales");
  const auto pieces = decumulate(ytd);
  REQUIRE(pieces.size() == 2);
  CHECK(pieces[0].when.to_string() == "2019-01/2019-12");
  CHECK(pieces[1].when.to_string() == "2020-01/2020-03");
  CHECK(pieces[1].value == 260);  // from C[2020, 0] = 0, not 260 − 1000
  CHECK(to_frequency(ytd, frequency::year)[period("2019")] == 1000);
  store stocks(ascii_table());
  stocks.add(level("Zone", "loan balance", "2020-01/2020-03", 50));
  CHECK_THROWS_AS(decumulate(stocks.series("Zone", "loan balance")), contract_violation);
}

TEST_CASE("F11: aggregation by measure, complete periods only") {
  store st(ascii_table());
  // Flow: months 2019-01…2019-06 are 10, 20, 30, 40, 50, (06 missing).
  for (int m = 1; m <= 5; ++m) st.add(level("Zone", "sales", fmt_month(2019, m), 10.0 * m));
  // Stock: quarters 2019-Q1…Q4 = 5, 6, 7, (Q4 missing); 2020-Q1…Q4 = 8, 9, 10, 11.
  // Rate: quarters 2019-Q1…Q4 = 1, 2, 3, 6.
  const double stock[] = {5, 6, 7, NAN, 8, 9, 10, 11};
  for (int i = 0; i < 8; ++i)
    if (!std::isnan(stock[i]))
      st.add(level("Zone", "loan balance", period::quarter(2019 + i / 4, i % 4 + 1).to_string(), stock[i]));
  const double rate[] = {1, 2, 3, 6};
  for (int i = 0; i < 4; ++i) st.add(level("Zone", "sales ratio", period::quarter(2019, i + 1).to_string(), rate[i], "%"));

  const time_series q = to_frequency(st.series("Zone", "sales"), frequency::quarter);
  CHECK(q[period("2019-Q1")] == 60);         // 10 + 20 + 30
  CHECK(std::isnan(q[period("2019-Q2")]));   // 40 + 50 + missing: incomplete, not 90
  CHECK(q.meta(0).sources.size() == 3);
  const time_series y = to_frequency(st.series("Zone", "loan balance"), frequency::year);
  CHECK(std::isnan(y[period("2019")]));      // Q4 missing: no fallback to Q3
  CHECK(y[period("2020")] == 11);            // end of period
  CHECK(to_frequency(st.series("Zone", "sales ratio"), frequency::year)[period("2019")] == 3);  // (1+2+3+6)/4
  CHECK(to_frequency(st.series("Zone", "sales ratio"), frequency::half)[period("2019-H2")] == 4.5);  // (3+6)/2
  // first sub-period on request
  CHECK(to_frequency(st.series("Zone", "loan balance"), frequency::year, calc::aggregation::first)[period("2020")] == 8);
  // finer target and growth series are programming errors
  CHECK_THROWS_AS(to_frequency(y, frequency::quarter), contract_violation);
  CHECK_THROWS_AS(to_frequency(growth(st.series("Zone", "loan balance"), pop), frequency::year), contract_violation);
}

TEST_CASE("F11 on days: complete months only, leap February has 29 days") {
  store st(ascii_table());
  for (int d = 1; d <= 29; ++d) st.add(level("Zone", "visits", period::day(2020, 2, d).to_string(), 1, "\xe4\xba\xba"));
  for (int d = 1; d <= 27; ++d) st.add(level("Zone", "visits", period::day(2021, 2, d).to_string(), 1, "\xe4\xba\xba"));
  const time_series m = to_frequency(st.series("Zone", "visits"), frequency::month);
  CHECK(m[period("2020-02")] == 29);
  CHECK(std::isnan(m[period("2021-02")]));  // 27 of 28 days
}

TEST_CASE("cross-entity sums, shares and a panel; units are checked") {
  store st(ascii_table());
  st.add(level("A", "sales", "2019", 30));
  st.add(level("A", "sales", "2020", 40));
  st.add(level("B", "sales", "2019", 70));
  st.add(level("B", "sales", "2021", 90));
  st.add(level("C", "sales", "2019", 5, "USD"));
  const time_series a = st.series("A", "sales"), b = st.series("B", "sales");
  const std::vector<time_series> parts{a, b};
  const time_series total = sum(parts, "A+B");
  CHECK(total.key().entity == "A+B");
  CHECK(total[period("2019")] == 100);        // 30 + 70
  CHECK(std::isnan(total[period("2020")]));   // B missing: no partial sum
  CHECK(std::isnan(total[period("2021")]));
  const time_series s = share(a, total);
  CHECK(s.key().unit == "%");
  CHECK_CLOSE(s[period("2019")], 30.0);       // 100·30/100
  const panel p = make_panel(parts);
  CHECK(p.rows == std::vector<std::string>{"A", "B"});
  REQUIRE(p.values.cols() == 3);              // 2019 … 2021
  CHECK(p.period_at(2).to_string() == "2021");
  CHECK(p.values(0, 1) == 40);
  CHECK(std::isnan(p.values(1, 1)));
  const time_series c = st.series("C", "sales");
  const std::vector<time_series> mixed{a, c};
  CHECK_THROWS_AS(sum(mixed, "A+C"), unit_error);
  CHECK_THROWS_AS(share(c, a), unit_error);
  CHECK_THROWS_AS(make_panel(mixed), unit_error);
}
