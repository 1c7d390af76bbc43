// Series computations over 1 million monthly series × 40 periods (ECONCLAIMS_BENCH_SERIES
// overrides the count), with the kernels of series/compute.hpp:
//
//   yoy        pct_change(x, 12) for every series
//   cagr       cagr(x[0], x[39], 39/12 years) for every series
//   to_year    aggregate(x, …, 12, sum): calendar-year totals, complete years only
//   decumulate ytd_to_periods(c, …, 1): monthly flows from year-to-date cumulatives
//
// each on one thread and, as *_all_cores, on every core (blocks of series, for_row_blocks);
// one_by_one_* call the one-series kernels series by series.
//
// The data is a fixed formula of (period, series), so that benchmarks/peers/series_pandas.py
// computes the same figures from the same numbers; each benchmark reports a checksum
// (the sum of the finite results) to compare with pandas'.
#include <cmath>
#include <cstdlib>

#include <Eigen/Core>
#include <benchmark/benchmark.h>

#include "econclaims/series/compute.hpp"

namespace {

namespace calc = econclaims::calc;

constexpr Eigen::Index periods = 40;
constexpr long first_month = 2015 * 12;  // January 2015, as a month ordinal

Eigen::Index series_count() {
  if (const char* env = std::getenv("ECONCLAIMS_BENCH_SERIES")) return std::atol(env);
  return 1'000'000;
}

// The level of series j in period i (kept in step with series_pandas.py).
double level(Eigen::Index i, Eigen::Index j) {
  return 100.0 + static_cast<double>(j % 997) + 0.5 * static_cast<double>(i) +
         static_cast<double>((j * 7919 + i * 104729) % 1000) / 100.0;
}

struct data {
  Eigen::ArrayXXd levels;       // periods × series, one series a column
  Eigen::ArrayXXd cumulatives;  // year-to-date sums of the levels
  // The same numbers as panels (series × periods, one period a column), the layout of
  // the calc::panel kernels and of pandas' DataFrame.
  Eigen::ArrayXXd panel_levels, panel_cumulatives;
  data() : levels(periods, series_count()), cumulatives(periods, series_count()) {
    for (Eigen::Index j = 0; j < levels.cols(); ++j) {
      double ytd = 0;
      for (Eigen::Index i = 0; i < periods; ++i) {
        levels(i, j) = level(i, j);
        if ((first_month + i) % 12 == 0) ytd = 0;
        ytd += levels(i, j);
        cumulatives(i, j) = ytd;
      }
    }
    panel_levels = levels.transpose();
    panel_cumulatives = cumulatives.transpose();
  }
};

const data& the_data() {
  static const data d;
  return d;
}

double finite_sum(const Eigen::ArrayXd& a) { return a.isFinite().select(a, 0.0).sum(); }

void report(benchmark::State& state, double checksum) {
  const auto n = the_data().levels.cols();
  state.SetItemsProcessed(static_cast<std::int64_t>(n) * state.iterations());
  state.counters["series"] = static_cast<double>(n);
  state.counters["checksum"] = checksum;
}

void yoy(benchmark::State& state) {
  const auto& d = the_data();
  Eigen::ArrayXXd out(d.levels.rows(), d.levels.cols());
  for (auto _ : state) {
    for (Eigen::Index j = 0; j < d.levels.cols(); ++j) out.col(j) = calc::pct_change(d.levels.col(j), 12);
    benchmark::DoNotOptimize(out.data());
  }
  report(state, out.isFinite().select(out, 0.0).sum());
}

void cagr(benchmark::State& state) {
  const auto& d = the_data();
  Eigen::ArrayXd out(d.levels.cols());
  const double years = static_cast<double>(periods - 1) / 12.0;
  for (auto _ : state) {
    for (Eigen::Index j = 0; j < d.levels.cols(); ++j)
      out(j) = calc::cagr(d.levels(0, j), d.levels(periods - 1, j), years);
    benchmark::DoNotOptimize(out.data());
  }
  report(state, finite_sum(out));
}

void to_year(benchmark::State& state) {
  const auto& d = the_data();
  // 40 months from January 2015: 2015, 2016 and 2017 complete, 2018 partial.
  const Eigen::Index years = (periods + 11) / 12;
  Eigen::ArrayXXd out(years, d.levels.cols());
  for (auto _ : state) {
    for (Eigen::Index j = 0; j < d.levels.cols(); ++j)
      out.col(j) = calc::aggregate(d.levels.col(j), first_month, 12, calc::aggregation::sum).value;
    benchmark::DoNotOptimize(out.data());
  }
  report(state, out.isFinite().select(out, 0.0).sum());
}

void decumulate(benchmark::State& state) {
  const auto& d = the_data();
  Eigen::ArrayXXd out(d.cumulatives.rows(), d.cumulatives.cols());
  long first_out = 0;
  for (auto _ : state) {
    for (Eigen::Index j = 0; j < d.cumulatives.cols(); ++j)
      out.col(j) = calc::ytd_to_periods(d.cumulatives.col(j), first_month, 1, first_out);
    benchmark::DoNotOptimize(out.data());
  }
  report(state, out.isFinite().select(out, 0.0).sum());
}

// The same computations with the panel kernels: every series at once, `jobs` threads
// (0: one per core) taking a block of series each (for_row_blocks). block(first, rows)
// computes the rows [first, first + rows) of `out`; one untimed call first touches the
// output's pages.
template <class Out, class Block>
void time_panel(benchmark::State& state, unsigned jobs, Out& out, Block block) {
  const auto run = [&] { calc::panel::for_row_blocks(out.rows(), jobs, block); };
  run();
  for (auto _ : state) {
    run();
    benchmark::DoNotOptimize(out.data());
  }
  report(state, out.isFinite().select(out, 0.0).sum());
}

void panel_yoy(benchmark::State& state, unsigned jobs) {
  const auto& d = the_data();
  Eigen::ArrayXXd out(d.panel_levels.rows(), d.panel_levels.cols());
  time_panel(state, jobs, out, [&](Eigen::Index first, Eigen::Index rows) {
    auto o = out.middleRows(first, rows);
    calc::panel::pct_change_into(d.panel_levels.middleRows(first, rows), 12, o);
  });
}

void panel_cagr(benchmark::State& state, unsigned jobs) {
  const auto& d = the_data();
  Eigen::ArrayXd out(d.panel_levels.rows());
  const double years = static_cast<double>(periods - 1) / 12.0;
  time_panel(state, jobs, out, [&](Eigen::Index first, Eigen::Index rows) {
    auto o = out.segment(first, rows);
    calc::panel::cagr_into(d.panel_levels.col(0).segment(first, rows), d.panel_levels.col(periods - 1).segment(first, rows),
                           years, o);
  });
}

void panel_to_year(benchmark::State& state, unsigned jobs) {
  const auto& d = the_data();
  long first_year = 0;
  Eigen::ArrayXXd out(d.panel_levels.rows(), calc::panel::aggregate_periods(first_month, periods, 12, first_year));
  time_panel(state, jobs, out, [&](Eigen::Index first, Eigen::Index rows) {
    auto o = out.middleRows(first, rows);
    calc::panel::aggregate_into(d.panel_levels.middleRows(first, rows), first_month, 12, calc::aggregation::sum, o);
  });
}

void panel_decumulate(benchmark::State& state, unsigned jobs) {
  const auto& d = the_data();
  long first_out = 0;
  Eigen::ArrayXXd out(d.panel_cumulatives.rows(), calc::panel::ytd_periods(first_month, periods, 1, first_out));
  time_panel(state, jobs, out, [&](Eigen::Index first, Eigen::Index rows) {
    auto o = out.middleRows(first, rows);
    calc::panel::ytd_to_periods_into(d.panel_cumulatives.middleRows(first, rows), first_month, 1, o);
  });
}

// Memory bandwidth: a copy of the same bytes the year totals and yoy read (the levels
// panel into a panel of its size), what the kernels are read against.
void panel_copy(benchmark::State& state, unsigned jobs) {
  const auto& d = the_data();
  Eigen::ArrayXXd out(d.panel_levels.rows(), d.panel_levels.cols());
  time_panel(state, jobs, out, [&](Eigen::Index first, Eigen::Index rows) {
    out.middleRows(first, rows) = d.panel_levels.middleRows(first, rows);
  });
}

}  // namespace

// The panel kernels on one thread (yoy, …) and on every core (yoy_all_cores, …).
#define ECONCLAIMS_PANEL_BENCHMARK(kernel, name)                                                              \
  BENCHMARK_CAPTURE(kernel, one, 1u)->Name(name)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5); \
  BENCHMARK_CAPTURE(kernel, all, 0u)                                                                           \
      ->Name(name "_all_cores")                                                                                \
      ->Unit(benchmark::kMillisecond)                                                                          \
      ->UseRealTime()                                                                                          \
      ->Iterations(5)
ECONCLAIMS_PANEL_BENCHMARK(panel_yoy, "yoy");
ECONCLAIMS_PANEL_BENCHMARK(panel_cagr, "cagr");
ECONCLAIMS_PANEL_BENCHMARK(panel_to_year, "to_year");
ECONCLAIMS_PANEL_BENCHMARK(panel_decumulate, "decumulate");
ECONCLAIMS_PANEL_BENCHMARK(panel_copy, "bandwidth_copy");
BENCHMARK(yoy)->Name("one_by_one_yoy")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(cagr)->Name("one_by_one_cagr")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(to_year)->Name("one_by_one_to_year")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(decumulate)->Name("one_by_one_decumulate")->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

BENCHMARK_MAIN();
