// Covers econclaims/series/compute.hpp (calc::lag, change, pct_change, annualized,
// log_change, cagr, average_growth, multiple_factor/multiple_growth, share, contribution,
// pull, aggregate, decumulate_ytd, single_period_growth, rebase, compound,
// implied_deflator, rolling_sum) and the growth side of series/analysis.hpp (growth with
// yoy/pop/log/log_yoy/annualized, change, cagr, rebase, rolling_sum, contribution, pull).
// Expected values are computed by hand in the comments; compared to 1e-9 relative.
#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <vector>

#include <econclaims/series.hpp>

#include "series_helpers.hpp"

using namespace econclaims;
using test::level;

namespace {

Eigen::ArrayXd arr(std::initializer_list<double> v) {
  Eigen::ArrayXd a(static_cast<Eigen::Index>(v.size()));
  Eigen::Index i = 0;
  for (double x : v) a(i++) = x;
  return a;
}

store annual(std::initializer_list<std::pair<const char*, double>> points) {
  store st{indicator_table()};
  for (const auto& [p, v] : points) st.add(level("Zone", "output", p, v));
  return st;
}

}  // namespace

TEST_CASE("calendar lag: a missing year gives a missing growth") {
  // 2019 = 110, 2020 missing, 2021 = 150: the 2021 yoy is missing, never (150/110 − 1)
  // booked as one year (36.4 %).
  const time_series s = annual({{"2018", 100}, {"2019", 110}, {"2021", 150}, {"2022", 180}}).series("Zone", "output");
  const time_series g = growth(s, yoy);
  CHECK(g.key().kind == claim_kind::growth);
  CHECK(g.key().unit == "%");
  CHECK(std::isnan(g[period("2018")]));
  CHECK_CLOSE(g[period("2019")], 10.0);        // 100·(110/100 − 1)
  CHECK(std::isnan(g[period("2020")]));
  CHECK(std::isnan(g[period("2021")]));
  CHECK_CLOSE(g[period("2022")], 20.0);        // 100·(180/150 − 1)
  // provenance: the 2022 growth comes from the 2022 and 2021 levels
  CHECK(g.meta(*g.index_of(period("2022"))).sources.size() == 2);
  // F1 change over the same gap
  const time_series d = change(s, yoy);
  CHECK(d[period("2019")] == 10);
  CHECK(std::isnan(d[period("2021")]));
  CHECK(d[period("2022")] == 30);
}

TEST_CASE("quarterly yoy compares with the same quarter; pop with the previous one") {
  store st{indicator_table()};
  // 2019-Q1..Q4 = 100, 110, 120, 130; 2020-Q1 = 90, 2020-Q2 = 121
  const double v[] = {100, 110, 120, 130, 90, 121};
  for (int i = 0; i < 6; ++i) st.add(level("Zone", "output", period::quarter(2019 + i / 4, i % 4 + 1).to_string(), v[i]));
  const time_series s = st.series("Zone", "output");
  const time_series y = growth(s, yoy);
  CHECK_CLOSE(y[period("2020-Q1")], -10.0);    // 100·(90/100 − 1)
  CHECK_CLOSE(y[period("2020-Q2")], 10.0);     // 100·(121/110 − 1)
  const time_series p = growth(s, pop);
  CHECK_CLOSE(p[period("2020-Q2")], 100.0 * (121.0 / 90.0 - 1.0));  // 34.444…
  // F4: annualized q/q, 100·((121/90)^4 − 1)
  CHECK_CLOSE(growth(s, annualized)[period("2020-Q2")], 100.0 * (std::pow(121.0 / 90.0, 4) - 1.0));
  // F5: 100·(ln 121 − ln 90); log-yoy 100·ln(121/110)
  CHECK_CLOSE(growth(s, log_growth)[period("2020-Q2")], 100.0 * (std::log(121.0) - std::log(90.0)));
  CHECK_CLOSE(growth(s, growth_method::log_yoy)[period("2020-Q2")], 100.0 * std::log(1.1));
}

TEST_CASE("zero and negative bases give missing values with a flag") {
  // −20 → 10 (扭亏): no growth; 0 → 5: no growth; 5 → −5: −200 % (a fall through zero).
  const Eigen::ArrayXd x = arr({-20, 10, 0, 5, -5});
  const Eigen::ArrayXd g = calc::pct_change(x, 1);
  CHECK(std::isnan(g(0)));
  CHECK(std::isnan(g(1)));                     // base −20
  CHECK_CLOSE(g(2), -100.0);                   // 100·(0/10 − 1)
  CHECK(std::isnan(g(3)));                     // base 0, never ±inf
  CHECK_CLOSE(g(4), -200.0);                   // 100·(−5/5 − 1)
  const auto flags = calc::nonpositive_base(x, 1);
  CHECK(!flags(0));
  CHECK(flags(1));
  CHECK(flags(3));
  CHECK(!flags(4));
  const time_series s = annual({{"2018", -20}, {"2019", 10}}).series("Zone", "output");
  const time_series gs = growth(s, yoy);
  CHECK(std::isnan(gs[period("2019")]));
  CHECK(gs.meta(1).flag == "nonpositive base");
  CHECK(std::isnan(calc::cagr(-1, 5, 2)));
  CHECK(std::isnan(calc::cagr(0, 5, 2)));
  CHECK(std::isnan(calc::log_change(x, 1)(3)));
}

TEST_CASE("single-point and empty series") {
  const time_series one = annual({{"2020", 42}}).series("Zone", "output");
  CHECK(one.size() == 1);
  const time_series g = growth(one, yoy);
  CHECK(g.size() == 1);
  CHECK(std::isnan(g.values()(0)));
  CHECK(std::isnan(cagr(one)));
  CHECK(calc::lag(Eigen::ArrayXd(), 1).size() == 0);
  CHECK(std::isnan(calc::lag(arr({1, 2}), 5)(1)));  // lag longer than the series
  CHECK(calc::lag(arr({1, 2, 3}), -1)(0) == 2);      // a lead
}

TEST_CASE("F6 CAGR over any two periods, uneven spans") {
  // 十三五 (2016—2020): base 2015, Y = 5. 100 → 150: 100·(1.5^{1/5} − 1) = 8.447…
  const time_series s = annual({{"2015", 100}, {"2017", 120}, {"2020", 150}}).series("Zone", "output");
  CHECK_CLOSE(cagr(s, period("2015"), period("2020")), 100.0 * (std::pow(1.5, 0.2) - 1.0));
  CHECK(std::fabs(cagr(s, period("2015"), period("2020")) - 8.447) < 5e-4);
  // 2015 → 2017, Y = 2: 100·(1.2^{1/2} − 1) = 9.5445…
  CHECK_CLOSE(cagr(s, period("2015"), period("2017")), 100.0 * (std::sqrt(1.2) - 1.0));
  // first to last present point
  CHECK_CLOSE(cagr(s), 100.0 * (std::pow(1.5, 0.2) - 1.0));
  // missing endpoint → missing
  CHECK(std::isnan(cagr(s, period("2016"), period("2020"))));
  // quarters: 2019-Q4 → 2021-Q2 is Y = 6/4 = 1.5; 80 → 100: 100·(1.25^{1/1.5} − 1)
  store st{indicator_table()};
  st.add(level("Zone", "output", "2019-Q4", 80));
  st.add(level("Zone", "output", "2021-Q2", 100));
  const time_series q = st.series("Zone", "output");
  CHECK_CLOSE(cagr(q, period("2019-Q4"), period("2021-Q2")), 100.0 * (std::pow(1.25, 1.0 / 1.5) - 1.0));
  CHECK_THROWS_AS(cagr(q, period("2019"), period("2021")), contract_violation);
}

TEST_CASE("F7 average growth, F9 multiples, F13 single-period growth, F16 deflator") {
  // 两年平均: G = 13.5, m = 2 → 100·(1.135^{1/2} − 1) = 6.5364…
  CHECK_CLOSE(calc::average_growth(13.5, 2), 100.0 * (std::sqrt(1.135) - 1.0));
  CHECK(std::fabs(calc::average_growth(13.5, 2) - 6.536) < 5e-4);
  // 是…的2倍 → ×2, growth 100; 增长2倍 → ×3, growth 200; 翻两番 → ×4, growth 300
  CHECK(calc::multiple_factor(2, calc::multiple_phrase::times_of) == 2);
  CHECK(calc::multiple_growth(2, calc::multiple_phrase::times_of) == 100);
  CHECK(calc::multiple_factor(2, calc::multiple_phrase::increased_by) == 3);
  CHECK(calc::multiple_growth(2, calc::multiple_phrase::increased_by) == 200);
  CHECK(calc::multiple_factor(2, calc::multiple_phrase::doublings) == 4);
  CHECK(calc::multiple_growth(1, calc::multiple_phrase::doublings) == 100);  // 翻一番
  // F13: C3 = 330, G3 = 10; C4 = 445, G4 = 12. B3 = 330/1.1 = 300, B4 = 445/1.12 = 397.32142857…,
  // April flow 115 on base 97.32142857 → 100·(115/97.32142857 − 1) = 18.165137…
  CHECK_CLOSE(calc::comparable_base(445, 12), 445.0 / 1.12);
  CHECK_CLOSE(calc::single_period_growth(330, 10, 445, 12), 100.0 * (115.0 / (445.0 / 1.12 - 300.0) - 1.0));
  CHECK(std::fabs(calc::single_period_growth(330, 10, 445, 12) - 18.17) < 5e-3);
  // F16: nominal 8 %, real 5 % → 100·(1.08/1.05 − 1) = 2.857142…
  CHECK_CLOSE(calc::implied_deflator(8, 5), 100.0 * (1.08 / 1.05 - 1.0));
}

TEST_CASE("F10 shares, contributions and pulls add up") {
  // Components a, b of X = a + b. 2019: a = 60, b = 40, X = 100; 2020: a = 66, b = 50, X = 116.
  store st{indicator_table()};
  st.add(level("A", "gdp", "2019", 60));
  st.add(level("A", "gdp", "2020", 66));
  st.add(level("B", "gdp", "2019", 40));
  st.add(level("B", "gdp", "2020", 50));
  const time_series a = st.series("A", "gdp"), b = st.series("B", "gdp");
  const std::vector<time_series> parts{a, b};
  const time_series x = sum(parts, "X");
  // contribution: Δa/ΔX = 6/16 = 37.5 %, Δb/ΔX = 10/16 = 62.5 %; sum 100
  const time_series ca = contribution(a, x), cb = contribution(b, x);
  CHECK_CLOSE(ca[period("2020")], 37.5);
  CHECK_CLOSE(ca[period("2020")] + cb[period("2020")], 100.0);
  // pull: 100·6/100 = 6 pp, 100·10/100 = 10 pp; sum = g_X = 16 %
  const time_series pa = pull(a, x), pb = pull(b, x);
  CHECK(pa.key().unit == "pp");
  CHECK_CLOSE(pa[period("2020")], 6.0);
  CHECK_CLOSE(pa[period("2020")] + pb[period("2020")], growth(x, yoy)[period("2020")]);
  // share 100·66/116
  CHECK_CLOSE(share(a, x)[period("2020")], 6600.0 / 116.0);
}

TEST_CASE("YTD yoy compares the same interval a year before") {
  store st{indicator_table()};
  st.add(level("Zone", "sales", "2019-01/2019-03", 300));
  st.add(level("Zone", "sales", "2019-01/2019-06", 600));
  st.add(level("Zone", "sales", "2020-01/2020-03", 330));
  st.add(level("Zone", "sales", "2020-01/2020-05", 560));
  const time_series g = growth(st.series("Zone", "sales"), yoy);
  CHECK_CLOSE(g[period("2020-01/2020-03")], 10.0);           // 100·(330/300 − 1)
  CHECK(std::isnan(g[period("2020-01/2020-05")]));            // no 2019 1—5月
  CHECK(g.period_at(*g.index_of(period("2020-01/2020-03"))).to_string() == "2020-01/2020-03");
  CHECK_THROWS_AS(growth(st.series("Zone", "sales"), pop), contract_violation);  // 1—3 vs 1—2 is not a rate
}

TEST_CASE("daily yoy in a leap year") {
  store st{indicator_table()};
  st.add(level("Zone", "visits", "2019-02-28", 50, "\xe4\xba\xba"));
  st.add(level("Zone", "visits", "2020-02-28", 55, "\xe4\xba\xba"));
  st.add(level("Zone", "visits", "2020-02-29", 60, "\xe4\xba\xba"));
  const time_series g = growth(st.series("Zone", "visits"), yoy);
  CHECK_CLOSE(g[period("2020-02-28")], 10.0);  // 100·(55/50 − 1)
  CHECK_CLOSE(g[period("2020-02-29")], 20.0);  // 29 Feb compares with 28 Feb 2019: 100·(60/50 − 1)
}

TEST_CASE("property: growth then compound returns the levels") {
  // Levels with a gap at position 3; pop growth, then compounding from the first level,
  // reproduces every level up to the gap and none after it (the chain is broken).
  const Eigen::ArrayXd x = arr({80, 88, 92.4, calc::nan, 101, 99.99});
  const Eigen::ArrayXd g = calc::pct_change(x, 1);
  const Eigen::ArrayXd back = calc::compound(g, 1, 0, x(0));
  for (int i = 0; i < 3; ++i) CHECK_CLOSE(back(i), x(i));
  CHECK(std::isnan(back(3)));
  CHECK(std::isnan(back(5)));
  // Anchored after the gap, the chain runs backward and forward from there.
  const Eigen::ArrayXd back2 = calc::compound(g, 1, 4, x(4));
  CHECK_CLOSE(back2(5), 99.99);
  // A long series without gaps, yoy on quarters (k = 4): every level comes back.
  Eigen::ArrayXd q(24);
  for (Eigen::Index i = 0; i < q.size(); ++i) q(i) = 100.0 + 7.0 * static_cast<double>(i) + 3.0 * std::sin(i);
  const Eigen::ArrayXd gq = calc::pct_change(q, 4);
  for (Eigen::Index anchor = 0; anchor < 4; ++anchor) {
    const Eigen::ArrayXd lv = calc::compound(gq, 4, anchor, q(anchor));
    for (Eigen::Index i = anchor; i < q.size(); i += 4) CHECK_CLOSE(lv(i), q(i));
  }
}

TEST_CASE("F14 rebasing and F19 rolling windows on calendar ordinals") {
  const time_series s = annual({{"2015", 80}, {"2016", 100}, {"2017", 120}, {"2019", 150}}).series("Zone", "output");
  const time_series i = rebase(s, period("2016"));
  CHECK(i.key().unit == "index");
  CHECK_CLOSE(i[period("2015")], 80.0);        // 100·80/100
  CHECK_CLOSE(i[period("2019")], 150.0);
  // base window 2015–2016: mean 90 → 2017 = 100·120/90
  CHECK_CLOSE(rebase(s, period("2015"), period("2016"))[period("2017")], 12000.0 / 90.0);
  // base window over the gap year → all missing
  CHECK(std::isnan(rebase(s, period("2017"), period("2018"))[period("2019")]));
  // rolling sums of 2: 2016 = 180, 2017 = 220, 2018 and 2019 need 2018 → missing
  const time_series r = rolling_sum(s, 2);
  CHECK(r[period("2016")] == 180);
  CHECK(r[period("2017")] == 220);
  CHECK(std::isnan(r[period("2019")]));
  CHECK_CLOSE(rolling_mean(s, 2)[period("2017")], 110.0);
  // trailing twelve months over monthly values 1 … 13: TTM at month 13 = 2 + … + 13 = 90
  Eigen::ArrayXd m(13);
  for (int k = 0; k < 13; ++k) m(k) = k + 1;
  const Eigen::ArrayXd ttm = calc::rolling_sum(m, 12);
  CHECK(std::isnan(ttm(10)));
  CHECK(ttm(11) == 78);                        // 1 + … + 12
  CHECK(ttm(12) == 90);
}

TEST_CASE("F11 kernel: partial sums and counts of incomplete periods") {
  // months from ordinal 5 (June of year 0): quarter blocks [3,6), [6,9): first block holds only
  // position 5 → incomplete.
  const Eigen::ArrayXd x = arr({1, 2, 3, 4, calc::nan, 6, 7});
  const calc::aggregate_result r = calc::aggregate(x, 5, 3, calc::aggregation::sum);
  REQUIRE(r.value.size() == 3);                // quarters 1, 2, 3
  CHECK(r.first_ordinal == 1);
  CHECK(std::isnan(r.value(0)));
  CHECK(r.partial(0) == 1);
  CHECK(r.count(0) == 1);
  CHECK(r.value(1) == 9);                      // 2 + 3 + 4
  CHECK(std::isnan(r.value(2)));               // NaN, 6, 7
  CHECK(r.partial(2) == 13);
  CHECK(r.count(2) == 2);
  // all missing is missing, never 0
  const calc::aggregate_result z = calc::aggregate(arr({calc::nan, calc::nan, calc::nan}), 0, 3, calc::aggregation::sum);
  CHECK(std::isnan(z.value(0)));
  CHECK(z.count(0) == 0);
}

TEST_CASE("Panel kernels agree with the one-series kernels, series by series") {
  // 5 series × 30 months from March 2019 (ordinal 2019·12 + 2), with gaps and a
  // non-positive base, as columns per period.
  const long first = 2019 * 12 + 2;
  const Eigen::Index n = 5, periods = 30;
  Eigen::ArrayXXd x(n, periods);
  for (Eigen::Index s = 0; s < n; ++s)
    for (Eigen::Index p = 0; p < periods; ++p) x(s, p) = 50.0 + 3.0 * static_cast<double>(s) + std::sin(static_cast<double>(p + s));
  x(1, 4) = calc::nan;    // a gap
  x(2, 10) = -1.0;        // a non-positive base
  x(3, 0) = 0.0;          // a zero first level
  Eigen::ArrayXXd cum = x;  // year-to-date cumulatives of series 0..4 (gaps kept)
  auto same = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == doctest::Approx(b).epsilon(1e-12); };

  const Eigen::ArrayXXd yoy = calc::panel::pct_change(x, 12);
  long first_year = 0, first_flow = 0, first_avg = 0;
  const Eigen::ArrayXXd years = calc::panel::aggregate(x, first, 12, calc::aggregation::sum, first_year);
  const Eigen::ArrayXXd avg = calc::panel::aggregate(x, first, 3, calc::aggregation::avg, first_avg);
  long first_quarter = 0;
  const Eigen::ArrayXXd eop = calc::panel::aggregate(x, first, 3, calc::aggregation::eop, first_quarter);
  const Eigen::ArrayXXd flows = calc::panel::ytd_to_periods(cum, first, 3, first_flow);
  const Eigen::ArrayXd growth = calc::panel::cagr(x.col(0), x.col(periods - 1), 29.0 / 12.0);
  for (Eigen::Index s = 0; s < n; ++s) {
    const Eigen::ArrayXd one = x.row(s).transpose();
    const Eigen::ArrayXd y1 = calc::pct_change(one, 12);
    for (Eigen::Index p = 0; p < periods; ++p) CHECK(same(yoy(s, p), y1(p)));
    const auto a1 = calc::aggregate(one, first, 12, calc::aggregation::sum);
    CHECK(first_year == a1.first_ordinal);
    REQUIRE(years.cols() == a1.value.size());
    for (Eigen::Index c = 0; c < years.cols(); ++c) CHECK(same(years(s, c), a1.value(c)));
    const auto q1 = calc::aggregate(one, first, 3, calc::aggregation::avg);
    CHECK(first_avg == q1.first_ordinal);
    for (Eigen::Index c = 0; c < avg.cols(); ++c) CHECK(same(avg(s, c), q1.value(c)));
    const auto e1 = calc::aggregate(one, first, 3, calc::aggregation::eop);
    CHECK(first_quarter == e1.first_ordinal);
    for (Eigen::Index c = 0; c < eop.cols(); ++c) CHECK(same(eop(s, c), e1.value(c)));
    long f1 = 0;
    const Eigen::ArrayXd d1 = calc::ytd_to_periods(one, first, 3, f1);
    CHECK(first_flow == f1);
    REQUIRE(flows.cols() == d1.size());
    for (Eigen::Index c = 0; c < flows.cols(); ++c) CHECK(same(flows(s, c), d1(c)));
    CHECK(same(growth(s), calc::cagr(one(0), one(periods - 1), 29.0 / 12.0)));
  }
}

TEST_CASE("Panel kernels on blocks of series, on several threads, give the whole panel's figures") {
  // 3 blocks of at least 40 rows: 123 series × 26 months, with a gap and a bad base.
  const long first = 2020 * 12;
  const Eigen::Index n = 123, periods = 26;
  Eigen::ArrayXXd x(n, periods);
  for (Eigen::Index s = 0; s < n; ++s)
    for (Eigen::Index p = 0; p < periods; ++p)
      x(s, p) = 20.0 + static_cast<double>(s % 11) + std::cos(static_cast<double>(3 * p + s));
  x(7, 3) = calc::nan;
  x(90, 14) = -2.0;
  const auto same = [](const Eigen::ArrayXXd& a, const Eigen::ArrayXXd& b) {
    return a.rows() == b.rows() && a.cols() == b.cols() && ((a == b) || (a.isNaN() && b.isNaN())).all();
  };
  long first_year = 0;
  const Eigen::ArrayXXd yoy = calc::panel::pct_change(x, 12);
  const Eigen::ArrayXXd years = calc::panel::aggregate(x, first, 12, calc::aggregation::sum, first_year);
  const Eigen::ArrayXd growth = calc::panel::cagr(x.col(0), x.col(periods - 1), 25.0 / 12.0);
  for (unsigned jobs : {1u, 3u, 8u}) {
    INFO("jobs " << jobs);
    Eigen::ArrayXXd yoy_blocks(n, periods), years_blocks(n, years.cols());
    Eigen::ArrayXd growth_blocks(n);
    std::vector<int> covered(static_cast<std::size_t>(n), 0);
    calc::panel::for_row_blocks(
        n, jobs,
        [&](Eigen::Index b, Eigen::Index rows) {
          for (Eigen::Index s = b; s < b + rows; ++s) ++covered[static_cast<std::size_t>(s)];
          auto y = yoy_blocks.middleRows(b, rows);
          calc::panel::pct_change_into(x.middleRows(b, rows), 12, y);
          auto a = years_blocks.middleRows(b, rows);
          calc::panel::aggregate_into(x.middleRows(b, rows), first, 12, calc::aggregation::sum, a);
          auto g = growth_blocks.segment(b, rows);
          calc::panel::cagr_into(x.col(0).segment(b, rows), x.col(periods - 1).segment(b, rows), 25.0 / 12.0, g);
        },
        40);
    CHECK(std::all_of(covered.begin(), covered.end(), [](int c) { return c == 1; }));  // each row once
    CHECK(same(yoy_blocks, yoy));
    CHECK(same(years_blocks, years));
    CHECK(same(growth_blocks, growth));
  }
  // An exception on one block reaches the caller, after the other blocks have run.
  std::vector<int> ran(4, 0);
  CHECK_THROWS_WITH_AS(calc::panel::for_row_blocks(
                           400, 4,
                           [&](Eigen::Index b, Eigen::Index) {
                             ran[static_cast<std::size_t>(b / 100)] = 1;
                             if (b == 100) throw std::runtime_error("block at 100");
                           },
                           100),
                       "block at 100", std::runtime_error);
  CHECK(std::count(ran.begin(), ran.end(), 1) == 4);
  // Fewer rows than one block's minimum: the calling thread alone, over every row.
  Eigen::Index calls = 0, seen = 0;
  calc::panel::for_row_blocks(10, 0, [&](Eigen::Index b, Eigen::Index rows) { ++calls; seen += rows + b; });
  CHECK(calls == 1);
  CHECK(seen == 10);
}

TEST_CASE("F18 Denton: totals kept, the indicator's movement followed") {
  // I ≡ 1, totals 4 and 8 over two halves each. By symmetry y2−y1 = y4−y3 = a and
  // y3−y2 = b; the totals give 2y1 + a = 4 and 2y3 + a = 8, so a + b = 2, and
  // minimising 2a² + b² gives a = 2/3, b = 4/3: y = 5/3, 7/3, 11/3, 13/3.
  Eigen::ArrayXd ones = Eigen::ArrayXd::Ones(4), totals(2);
  totals << 4, 8;
  const Eigen::ArrayXd x = econclaims::calc::denton(ones, totals, 2);
  REQUIRE(x.size() == 4);
  CHECK(x(0) == doctest::Approx(5.0 / 3));
  CHECK(x(1) == doctest::Approx(7.0 / 3));
  CHECK(x(2) == doctest::Approx(11.0 / 3));
  CHECK(x(3) == doctest::Approx(13.0 / 3));
  // An indicator already in proportion to the totals is returned scaled: X/I constant.
  Eigen::ArrayXd ind(6), tot(2);
  ind << 1, 2, 3, 2, 4, 6;  // blocks of 3 sum to 6 and 12
  tot << 30, 60;            // 5 × each block
  const Eigen::ArrayXd y = econclaims::calc::denton(ind, tot, 3);
  for (Eigen::Index t = 0; t < 6; ++t) CHECK(y(t) == doctest::Approx(5 * ind(t)));
  // A missing total gives missing values, never an invented distribution.
  tot(1) = econclaims::calc::nan;
  CHECK(econclaims::calc::denton(ind, tot, 3).isNaN().all());
}

TEST_CASE("Panel CAGR: the vector power agrees with std::pow, and odd inputs fall back") {
  // Ratios over the whole positive range, including the ends where the fast path does
  // not apply (subnormal, huge, infinite), and non-positive and missing levels.
  std::vector<double> first, last;
  for (int e = -300; e <= 300; e += 7)
    for (double m : {1.0, 1.37, 2.9, 7.1}) {
      first.push_back(100.0);
      last.push_back(100.0 * m * std::pow(10.0, e));
    }
  // Ratios next to 1: growth near zero, where r^p − 1 cancels.
  for (int e = 1; e <= 15; ++e)
    for (double sign : {1.0, -1.0}) {
      first.push_back(100.0);
      last.push_back(100.0 * (1.0 + sign * 3.7 * std::pow(10.0, -e)));
    }
  const double odd_last[] = {0.0, -5.0, calc::nan, std::numeric_limits<double>::infinity(), 4.9e-324, 1.7e308, 123.0};
  const double odd_first[] = {10.0, 10.0, 10.0, 10.0, 10.0, 1e-300, -1.0};
  for (std::size_t i = 0; i < std::size(odd_last); ++i) {
    first.push_back(odd_first[i]);
    last.push_back(odd_last[i]);
  }
  const Eigen::Map<const Eigen::ArrayXd> x0(first.data(), static_cast<Eigen::Index>(first.size()));
  const Eigen::Map<const Eigen::ArrayXd> x1(last.data(), static_cast<Eigen::Index>(last.size()));
  for (double years : {39.0 / 12.0, 1.0, 0.01, 250.0}) {
    const Eigen::ArrayXd growth = calc::panel::cagr(x0, x1, years);
    for (Eigen::Index s = 0; s < growth.size(); ++s) {
      // The one-series kernel, std::pow(r, p) − 1, loses relative digits near r = 1;
      // 100·expm1(p·ln r) does not, and is what the panel must match closely.
      const double want = calc::cagr(x0(s), x1(s), years);
      const double exact = x0(s) > 0 && x1(s) > 0 ? 100.0 * std::expm1(std::log(x1(s) / x0(s)) / years) : calc::nan;
      INFO("first " << x0(s) << " last " << x1(s) << " years " << years);
      if (std::isnan(want)) {
        CHECK(std::isnan(growth(s)));
      } else if (std::isinf(want)) {
        CHECK(growth(s) == want);
      } else {
        CHECK(growth(s) == doctest::Approx(exact).epsilon(1e-13));
        CHECK(std::abs(growth(s) - want) <= 1e-12 * std::abs(want) + 1e-12);
      }
    }
  }
  // Any shape with one column: an n×1 array in, a column block out.
  const Eigen::ArrayXXd x0_2d = x0, x1_2d = x1;
  Eigen::ArrayXXd out_2d(x0.size(), 2);
  auto out_col = out_2d.leftCols(1);
  calc::panel::cagr_into(x0_2d, x1_2d, 2.0, out_col);
  const Eigen::ArrayXd as_vectors = calc::panel::cagr(x0, x1, 2.0);
  for (Eigen::Index s = 0; s < as_vectors.size(); ++s)
    CHECK(((std::isnan(as_vectors(s)) && std::isnan(out_2d(s, 0))) || as_vectors(s) == out_2d(s, 0)));
  // The panel may write over its own input.
  Eigen::ArrayXd in_place = x1;
  const Eigen::ArrayXd expected = calc::panel::cagr(x0, x1, 2.0);
  calc::panel::cagr_into(x0, in_place, 2.0, in_place);
  for (Eigen::Index s = 0; s < expected.size(); ++s)
    CHECK(((std::isnan(expected(s)) && std::isnan(in_place(s))) || expected(s) == in_place(s)));
  // Levels read in place (a column) and copied (a row of a two-row panel, stride 2) give
  // the same figures; one odd series in the middle of a long panel is checked alone,
  // and the ordinary series around it are unchanged by it.
  const Eigen::Index n = 1000;
  Eigen::ArrayXXd rows(2, n);
  for (Eigen::Index s = 0; s < n; ++s) {
    rows(0, s) = 50.0 + static_cast<double>(s % 17);
    rows(1, s) = 60.0 + static_cast<double>(s % 29);
  }
  rows(1, 600) = -1.0;
  const Eigen::ArrayXd column0 = rows.row(0).transpose(), column1 = rows.row(1).transpose();
  const Eigen::ArrayXd from_columns = calc::panel::cagr(column0, column1, 3.0);
  Eigen::ArrayXd from_rows(n);
  calc::panel::cagr_into(rows.row(0).transpose(), rows.row(1).transpose(), 3.0, from_rows);
  for (Eigen::Index s = 0; s < n; ++s) {
    INFO("series " << s);
    if (s == 600) {
      CHECK(std::isnan(from_columns(s)));
      CHECK(std::isnan(from_rows(s)));
    } else {
      CHECK(from_columns(s) == from_rows(s));
      CHECK(from_columns(s) == doctest::Approx(100.0 * std::expm1(std::log(column1(s) / column0(s)) / 3.0)).epsilon(1e-13));
    }
  }
}
