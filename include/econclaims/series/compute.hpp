// File: series/compute.hpp
// The array kernels behind the series API, F1–F19 of the series formulas. Each takes
// values on a regular calendar index (position i is the period with ordinal
// first + i, gaps are NaN) as `const Eigen::ArrayBase<D>&` and returns a concrete
// `Eigen::ArrayXd`; lags are therefore calendar lags. The rules that hold throughout:
//
// - missing in, missing out: a NaN operand gives a NaN result, and nothing is filled;
// - ratios need a positive base: a base <= 0 gives NaN (see `nonpositive_base` for the flag);
// - rates are in percent.
//
// Users normally call the series-level functions of series/analysis.hpp, which carry
// periods, units and provenance; these kernels are for code that holds bare arrays.
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>
#include <type_traits>
#include <vector>

#include <Eigen/Core>

#include "econclaims/detail/expects.hpp"
#include "econclaims/detail/power.hpp"
#include "econclaims/detail/threads.hpp"

namespace econclaims::calc {

inline constexpr double nan = std::numeric_limits<double>::quiet_NaN();

/// x shifted k positions later on the calendar: y[i] = x[i − k], NaN where i − k is
/// outside the array. A negative k leads.
template <class D>
Eigen::ArrayXd lag(const Eigen::ArrayBase<D>& x, Eigen::Index k) {
  const Eigen::Index n = x.size();
  Eigen::ArrayXd y = Eigen::ArrayXd::Constant(n, nan);
  if (k >= 0 && k < n) y.tail(n - k) = x.head(n - k);
  else if (k < 0 && -k < n) y.head(n + k) = x.tail(n + k);
  return y;
}

/// F1: x[p] − x[p−k].
template <class D>
Eigen::ArrayXd change(const Eigen::ArrayBase<D>& x, Eigen::Index k) {
  return x.derived().template cast<double>() - lag(x, k);
}

/// F2: 100·(x[p]/x[p−k] − 1); NaN for a missing or non-positive base.
template <class D>
Eigen::ArrayXd pct_change(const Eigen::ArrayBase<D>& x, Eigen::Index k) {
  const Eigen::ArrayXd base = lag(x, k);
  return (base > 0).select(100.0 * (x.derived() / base - 1.0), nan);
}

/// True where the base x[p−k] is present but <= 0, so that F2–F6 are not meaningful
/// (扭亏, 减亏). The flag that goes with the NaN of `pct_change`.
template <class D>
Eigen::Array<bool, Eigen::Dynamic, 1> nonpositive_base(const Eigen::ArrayBase<D>& x, Eigen::Index k) {
  const Eigen::ArrayXd base = lag(x, k);
  return base <= 0;  // NaN compares false, so gaps are not flagged
}

/// F4: 100·((x[p]/x[p−k])^{n_f/k} − 1). Precondition: k > 0, n_f > 0.
template <class D>
Eigen::ArrayXd annualized(const Eigen::ArrayBase<D>& x, Eigen::Index k, int n_f) {
  ECONCLAIMS_EXPECTS(k > 0 && n_f > 0);
  const Eigen::ArrayXd base = lag(x, k);
  const Eigen::ArrayXd ratio = x.derived() / base;
  return (base > 0 && ratio >= 0)
      .select(100.0 * (ratio.pow(static_cast<double>(n_f) / static_cast<double>(k)) - 1.0), nan);
}

/// F5: 100·(ln x[p] − ln x[p−k]); NaN unless both are positive. With k = n_f this is the
/// log-yoy, a different quantity from FRED's cca = n_f·cch_1.
template <class D>
Eigen::ArrayXd log_change(const Eigen::ArrayBase<D>& x, Eigen::Index k) {
  const Eigen::ArrayXd base = lag(x, k);
  const Eigen::ArrayXd cur = x.derived();
  return (base > 0 && cur > 0).select(100.0 * (cur.log() - base.log()), nan);
}

/// F6: 100·((x1/x0)^{1/years} − 1); NaN unless both levels and years are positive.
inline double cagr(double x0, double x1, double years) noexcept {
  if (!(x0 > 0) || !(x1 > 0) || !(years > 0)) return nan;
  return 100.0 * (std::pow(x1 / x0, 1.0 / years) - 1.0);
}

/// F7: the average rate of m periods whose cumulative growth is G percent
/// (两年平均: G = 13.5, m = 2 → 6.536). NaN when 1 + G/100 <= 0 or m <= 0.
inline double average_growth(double cumulative_growth, double m) noexcept {
  const double f = 1.0 + cumulative_growth / 100.0;
  if (!(f > 0) || !(m > 0)) return nan;
  return 100.0 * (std::pow(f, 1.0 / m) - 1.0);
}

/// F8: g[p] − g[p−k], in percentage points.
template <class D>
Eigen::ArrayXd pp_change(const Eigen::ArrayBase<D>& g, Eigen::Index k) {
  return change(g, k);
}

/// F9: the three ways Chinese texts state a multiple.
enum class multiple_phrase {
  times_of,      ///< 是…的k倍: x = k·b
  increased_by,  ///< 增长/增加k倍: x = (k+1)·b
  doublings      ///< 翻k番: x = 2^k·b
};

/// F9: the factor x/b that the phrase with number k states.
inline double multiple_factor(double k, multiple_phrase p) noexcept {
  switch (p) {
    case multiple_phrase::times_of: return k;
    case multiple_phrase::increased_by: return k + 1.0;
    case multiple_phrase::doublings: return std::pow(2.0, k);
  }
  return nan;
}
/// F9: the growth in percent that the phrase states: 100(k−1), 100k, 100(2^k − 1).
inline double multiple_growth(double k, multiple_phrase p) noexcept {
  return 100.0 * (multiple_factor(k, p) - 1.0);
}

/// F10: share 100·x_i/X; NaN where X <= 0.
template <class D1, class D2>
Eigen::ArrayXd share(const Eigen::ArrayBase<D1>& part, const Eigen::ArrayBase<D2>& whole) {
  ECONCLAIMS_EXPECTS(part.size() == whole.size());
  return (whole.derived() > 0).select(100.0 * part.derived() / whole.derived(), nan);
}

/// F10: contribution rate 100·Δx_i/ΔX (Σ over components = 100); NaN where ΔX = 0.
template <class D1, class D2>
Eigen::ArrayXd contribution(const Eigen::ArrayBase<D1>& part, const Eigen::ArrayBase<D2>& whole,
                            Eigen::Index k) {
  ECONCLAIMS_EXPECTS(part.size() == whole.size());
  const Eigen::ArrayXd dx = change(part, k), dX = change(whole, k);
  return (dX != 0).select(100.0 * dx / dX, nan);
}

/// F10: pull (拉动) 100·Δx_i/X[p−k], in percentage points (Σ over components = g_X).
template <class D1, class D2>
Eigen::ArrayXd pull(const Eigen::ArrayBase<D1>& part, const Eigen::ArrayBase<D2>& whole, Eigen::Index k) {
  ECONCLAIMS_EXPECTS(part.size() == whole.size());
  const Eigen::ArrayXd dx = change(part, k), base = lag(whole, k);
  return (base > 0).select(100.0 * dx / base, nan);
}

/// F11: how sub-periods combine into a coarser period.
enum class aggregation {
  sum,    ///< flows
  avg,    ///< rates, prices, averages
  eop,    ///< stocks: the last sub-period, never an earlier one
  first   ///< the first sub-period
};

/// F11 result: `value` is NaN unless all r sub-periods are present; `partial` is the sum
/// (or mean, last, first) of the sub-periods that are, and `count` how many there are.
struct aggregate_result {
  long first_ordinal = 0;  ///< ordinal of value[0] on the coarse calendar
  Eigen::ArrayXd value;
  Eigen::ArrayXd partial;
  Eigen::ArrayXi count;
};

/// F11: aggregate values on a fine calendar whose first ordinal is `first_ordinal` into
/// blocks of r, aligned so that a block is the fine ordinals [r·c, r·c + r) of coarse
/// period c (month → quarter r = 3, quarter → year r = 4 …). Complete periods only.
template <class D>
aggregate_result aggregate(const Eigen::ArrayBase<D>& x, long first_ordinal, int r, aggregation how) {
  ECONCLAIMS_EXPECTS(r >= 1);
  using detail::floor_div;
  aggregate_result out;
  const long n = static_cast<long>(x.size());
  if (n == 0) return out;
  const long c0 = floor_div(first_ordinal, r), c1 = floor_div(first_ordinal + n - 1, r);
  const long m = c1 - c0 + 1;
  // Pad to whole blocks and view them as the columns of an r×m matrix.
  Eigen::ArrayXd padded = Eigen::ArrayXd::Constant(m * r, nan);
  padded.segment(first_ordinal - c0 * r, n) = x.derived();
  const Eigen::Map<const Eigen::ArrayXXd> blocks(padded.data(), r, m);
  const auto present = (blocks == blocks);  // false exactly for NaN
  out.first_ordinal = c0;
  out.count = present.template cast<int>().colwise().sum().transpose();
  const Eigen::ArrayXXd zeroed = present.select(blocks, 0.0);
  switch (how) {
    case aggregation::sum: out.partial = zeroed.colwise().sum().transpose(); break;
    case aggregation::avg:
      out.partial = (zeroed.colwise().sum().transpose() / out.count.cast<double>());
      break;
    case aggregation::eop:
    case aggregation::first: {
      out.partial.resize(m);
      for (long c = 0; c < m; ++c) {
        double v = nan;
        if (how == aggregation::eop) {
          for (long i = r - 1; i >= 0 && std::isnan(v); --i) v = blocks(i, c);
        } else {
          for (long i = 0; i < r && std::isnan(v); ++i) v = blocks(i, c);
        }
        out.partial(c) = v;
      }
      break;
    }
  }
  out.value = (out.count == r).select(out.partial, nan);
  return out;
}

/// One de-cumulated flow: the months [first_month, last_month] (ordinals) and its value.
struct ytd_piece {
  long first_month = 0;
  long last_month = 0;
  double value = nan;
};

/// F12: year-to-date cumulatives C on a monthly calendar (position i is the month with
/// ordinal first_month + i, holding C[y, m] for the interval y-01/y-m) into discrete
/// flows within each calendar year: flow(m_{j−1}+1 .. m_j) = C[m_j] − C[m_{j−1}], C[0] = 0.
/// A flow spans several months when the months between are missing (1—2月 stays one
/// interval); nothing crosses a year boundary.
template <class D>
std::vector<ytd_piece> decumulate_ytd(const Eigen::ArrayBase<D>& c, long first_month) {
  std::vector<ytd_piece> out;
  long prev_month = -1;  // ordinal of the last cumulative seen in the current year
  double prev_value = 0;
  long year = std::numeric_limits<long>::min();
  for (Eigen::Index i = 0; i < c.size(); ++i) {
    const long ord = first_month + static_cast<long>(i);
    const long y = ord >= 0 ? ord / 12 : -((-ord + 11) / 12);
    if (y != year) {  // a new year starts from C[y, 0] = 0
      year = y;
      prev_month = y * 12 - 1;
      prev_value = 0;
    }
    const double v = c(i);
    if (std::isnan(v)) continue;
    out.push_back({prev_month + 1, ord, v - prev_value});
    prev_month = ord;
    prev_value = v;
  }
  return out;
}

/// F12 on a regular calendar: the single-period flows that de-cumulation determines
/// (a coarse period [s, e] of months gets C[e] − C[s−1], with C[y, 0] = 0), NaN for the
/// others. `months_per_period` is 1, 3, 6 or 12; the result's first ordinal is on that
/// calendar and is returned through `first_ordinal_out`.
template <class D>
Eigen::ArrayXd ytd_to_periods(const Eigen::ArrayBase<D>& c, long first_month, int months_per_period,
                              long& first_ordinal_out) {
  const int r = months_per_period;
  ECONCLAIMS_EXPECTS(r == 1 || r == 3 || r == 6 || r == 12);
  using detail::floor_div;
  const long n = static_cast<long>(c.size());
  if (n == 0) { first_ordinal_out = 0; return {}; }
  const long p0 = floor_div(first_month, r), p1 = floor_div(first_month + n - 1, r);
  Eigen::ArrayXd out = Eigen::ArrayXd::Constant(p1 - p0 + 1, nan);
  auto at = [&](long month) { const long i = month - first_month; return i >= 0 && i < n ? double(c(i)) : nan; };
  for (long p = p0; p <= p1; ++p) {
    const long end = p * r + r - 1, start = p * r;
    const double ce = at(end);
    const double cs = (start % 12 == 0) ? 0.0 : at(start - 1);  // C[y, 0] = 0
    out(p - p0) = ce - cs;
  }
  first_ordinal_out = p0;
  return out;
}

/// F13: the comparable base of a YTD level C with YTD growth G (percent), C/(1 + G/100).
inline double comparable_base(double level, double growth) noexcept {
  const double f = 1.0 + growth / 100.0;
  return f > 0 ? level / f : nan;
}

/// F13: single-period yoy from two consecutive YTD levels and their YTD yoy rates:
/// 100·((C_j − C_{j−1})/(B_j − B_{j−1}) − 1), B = C/(1 + G/100).
inline double single_period_growth(double c_prev, double g_prev, double c_cur, double g_cur) noexcept {
  const double base = comparable_base(c_cur, g_cur) - comparable_base(c_prev, g_prev);
  if (!(base > 0)) return nan;
  return 100.0 * ((c_cur - c_prev) / base - 1.0);
}

/// F14: index 100·x[p]/x[b]; all NaN when the base is missing or <= 0.
template <class D>
Eigen::ArrayXd rebase(const Eigen::ArrayBase<D>& x, Eigen::Index base_pos) {
  ECONCLAIMS_EXPECTS(base_pos >= 0 && base_pos < x.size());
  const double b = x(base_pos);
  if (!(b > 0)) return Eigen::ArrayXd::Constant(x.size(), nan);
  return 100.0 * x.derived() / b;
}

/// F14: index over the mean of the base window [b1, b2]; NaN when any base value is missing.
template <class D>
Eigen::ArrayXd rebase(const Eigen::ArrayBase<D>& x, Eigen::Index b1, Eigen::Index b2) {
  ECONCLAIMS_EXPECTS(0 <= b1 && b1 <= b2 && b2 < x.size());
  const double b = x.segment(b1, b2 - b1 + 1).mean();  // NaN if any is NaN
  if (!(b > 0)) return Eigen::ArrayXd::Constant(x.size(), nan);
  return 100.0 * x.derived() / b;
}

/// F14 (ts_compound): levels from rates of change with step k, anchored at
/// I[base_pos] = base_value: I[p] = I[p−k]·(1 + g[p]/100) forward and
/// I[p−k] = I[p]/(1 + g[p]/100) backward. Only positions base_pos + j·k are linked (yoy
/// rates chain the same month across years); a missing rate breaks the chain.
template <class D>
Eigen::ArrayXd compound(const Eigen::ArrayBase<D>& g, Eigen::Index k, Eigen::Index base_pos, double base_value) {
  ECONCLAIMS_EXPECTS(k > 0 && base_pos >= 0 && base_pos < g.size());
  Eigen::ArrayXd out = Eigen::ArrayXd::Constant(g.size(), nan);
  out(base_pos) = base_value;
  for (Eigen::Index i = base_pos + k; i < g.size(); i += k) out(i) = out(i - k) * (1.0 + g(i) / 100.0);
  for (Eigen::Index i = base_pos; i - k >= 0; i -= k) {
    const double f = 1.0 + g(i) / 100.0;
    out(i - k) = f > 0 ? out(i) / f : nan;
  }
  return out;
}

/// F16: implied deflator 100·((1 + g_nom/100)/(1 + g_real/100) − 1).
inline double implied_deflator(double nominal_growth, double real_growth) noexcept {
  const double r = 1.0 + real_growth / 100.0;
  return r > 0 ? 100.0 * ((1.0 + nominal_growth / 100.0) / r - 1.0) : nan;
}

/// F18: Denton's proportional first-difference benchmarking. Distributes the totals
/// `totals` (m coarse periods) over r sub-periods each, following the movement of
/// `indicator` (m·r positive values): minimises Σ_t (X_t/I_t − X_{t−1}/I_{t−1})² subject to
/// every block of r values summing to its total, by solving the (n+m)×(n+m) KKT system.
/// With I ≡ 1 it is additive first-difference smoothing. All NaN when an input is
/// missing; preconditions: indicator.size() == totals.size()·r, indicator > 0.
Eigen::ArrayXd denton(Eigen::Ref<const Eigen::ArrayXd> indicator, Eigen::Ref<const Eigen::ArrayXd> totals,
                      Eigen::Index r);

/// F19: sum over the calendar window [p−w+1, p]; NaN unless all w periods are present
/// (trailing-12-month sum with w = 12).
template <class D>
Eigen::ArrayXd rolling_sum(const Eigen::ArrayBase<D>& x, Eigen::Index w) {
  ECONCLAIMS_EXPECTS(w >= 1);
  const Eigen::Index n = x.size();
  Eigen::ArrayXd out = Eigen::ArrayXd::Constant(n, nan);
  for (Eigen::Index i = w - 1; i < n; ++i) out(i) = x.segment(i - w + 1, w).sum();  // NaN propagates
  return out;
}

/// F19: mean over the calendar window [p−w+1, p], complete windows only.
template <class D>
Eigen::ArrayXd rolling_mean(const Eigen::ArrayBase<D>& x, Eigen::Index w) {
  return rolling_sum(x, w) / static_cast<double>(w);
}

// ---------------------------------------------------------------------------
// Panels: many series on one calendar at once.
//
// A panel holds series × periods, one period a column: in Eigen's column-major storage
// the values of all series for one period are contiguous, so each kernel below is a
// few passes of whole-column arithmetic that the compiler vectorizes, instead of one
// small array (and its allocations) per series. This is also how pandas lays out a
// DataFrame with periods as the index. Period j of every series is the calendar ordinal
// first + j, as for the one-series kernels, and the results are the same figures the
// one-series kernels give series by series (sums may round differently in the last bit,
// being added in a different order).
//
// The `_into` variants write into a panel the caller sized, so that repeated calls
// allocate nothing; the others return a new panel.
//
// Every kernel treats each series (row) alone, so a panel can be cut into blocks of
// rows and the blocks computed on different threads: see `for_row_blocks`.
namespace panel {

/// Calls f(first_row, row_count) on consecutive blocks of rows that together cover
/// [0, rows), on up to `jobs` threads (0: one per core), and returns when all blocks
/// are done. f typically runs a kernel on `x.middleRows(first_row, row_count)` into
/// `out.middleRows(first_row, row_count)` (or `segment` for a one-column argument); the
/// results are the same as one call on the whole panel. f is called from several
/// threads at once, each call with its own block, so it must write only its block's
/// rows. A panel of fewer than `min_rows_per_job` rows per thread runs on fewer threads
/// (down to the calling thread alone), where starting a thread would cost more than it
/// saves. An exception thrown by f on any block is rethrown here, after every block has
/// ended.
template <class F>
void for_row_blocks(Eigen::Index rows, unsigned jobs, F&& f, Eigen::Index min_rows_per_job = Eigen::Index{1} << 14) {
  ECONCLAIMS_EXPECTS(rows >= 0);
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  const Eigen::Index most = std::max<Eigen::Index>(1, rows / std::max<Eigen::Index>(1, min_rows_per_job));
  const auto blocks = static_cast<unsigned>(std::min<Eigen::Index>(jobs, most));
  if (blocks <= 1) {
    f(Eigen::Index{0}, rows);
    return;
  }
  // Block k covers [rows·k/blocks, rows·(k+1)/blocks).
  const auto bound = [&](unsigned k) { return rows * static_cast<Eigen::Index>(k) / static_cast<Eigen::Index>(blocks); };
  detail::run_on_threads(blocks, [&](unsigned k) { f(bound(k), bound(k + 1) - bound(k)); });
}

/// F2 for every series: out(s, p) = 100·(x(s, p)/x(s, p−k) − 1), NaN for a missing or
/// non-positive base and for the first k periods. `out` is x's shape. Precondition: k >= 0.
template <class D, class O>
void pct_change_into(const Eigen::ArrayBase<D>& x, Eigen::Index k, Eigen::ArrayBase<O>& out) {
  ECONCLAIMS_EXPECTS(k >= 0 && out.rows() == x.rows() && out.cols() == x.cols());
  const Eigen::Index periods = x.cols();
  for (Eigen::Index p = 0; p < periods; ++p) {
    if (p < k) {
      out.col(p).setConstant(nan);
      continue;
    }
    // An explicit loop rather than Array::select, which Eigen evaluates one coefficient
    // at a time; this form the compiler turns into vector divides and masks.
    const auto base = x.col(p - k);
    const auto cur = x.col(p);
    auto dst = out.col(p);
    for (Eigen::Index s = 0; s < x.rows(); ++s) {
      const double b = base(s);
      dst(s) = b > 0 ? 100.0 * (cur(s) / b - 1.0) : nan;
    }
  }
}

template <class D>
Eigen::ArrayXXd pct_change(const Eigen::ArrayBase<D>& x, Eigen::Index k) {
  Eigen::ArrayXXd out(x.rows(), x.cols());
  pct_change_into(x, k, out);
  return out;
}

/// F6 for every series, from its first and last level (two columns of a panel):
/// 100·((x1/x0)^{1/years} − 1), NaN unless both levels and years are positive. Computed
/// as expm1(ln(x1/x0)/years) in a form the compiler vectorizes across series: exact to
/// a few units in the last place, near zero growth too (where the one-series `cagr`,
/// std::pow(…) − 1, loses digits to cancellation).
template <class D0, class D1, class O>
void cagr_into(const Eigen::ArrayBase<D0>& x0, const Eigen::ArrayBase<D1>& x1, double years,
               Eigen::ArrayBase<O>& out) {
  ECONCLAIMS_EXPECTS(x0.size() == x1.size() && out.size() == x0.size());
  if (!(years > 0)) {
    out.setConstant(nan);
    return;
  }
  const double inv_years = 1.0 / years;
  // In chunks: detail::growth_power runs over the levels (read in place where they are
  // contiguous, else copied to local buffers), a loop the compiler turns into vector
  // code (std::log and std::exp would be a call per series). A chunk that holds a series
  // outside that loop's range is checked series by series: NaN unless both levels are
  // positive, std::log and std::expm1 where the ratio or the result is out of range. The
  // result goes through a local buffer, so `out` may be the same storage as x0 or x1 (not
  // a shifted overlap of it). Arguments of any shape (an n×1 array, a column block) are
  // read and written in column-major order; a vector is taken as it is (reshaping one
  // would find each coefficient by a division of its linear index).
  const auto as_vector = [](auto& x) -> decltype(auto) {
    if constexpr (std::remove_cvref_t<decltype(x)>::IsVectorAtCompileTime) return x;
    else return x.reshaped();
  };
  const auto& a = as_vector(x0.derived());
  const auto& b = as_vector(x1.derived());
  auto&& o = as_vector(out.derived());
  // The levels' own storage when it is one contiguous run of doubles, else nullptr.
  const auto contiguous = [](const auto& x) -> const double* {
    using X = std::remove_cvref_t<decltype(x)>;
    if constexpr (requires { x.data(); x.innerStride(); } &&
                  std::is_same_v<typename X::Scalar, double> && X::IsVectorAtCompileTime)
      return x.innerStride() == 1 ? x.data() : nullptr;
    else
      return nullptr;
  };
  const double* const a_data = contiguous(a);
  const double* const b_data = contiguous(b);
  constexpr Eigen::Index chunk = 256;
  double first_buffer[chunk], last_buffer[chunk], ratio[chunk], power_log[chunk], result[chunk];
  const Eigen::Index n = x0.size();
  for (Eigen::Index s0 = 0; s0 < n; s0 += chunk) {
    const Eigen::Index len = std::min(chunk, n - s0);
    const double* first = a_data ? a_data + s0 : first_buffer;
    const double* last = b_data ? b_data + s0 : last_buffer;
    if (!a_data) Eigen::Map<Eigen::ArrayXd>(first_buffer, len) = a.segment(s0, len);
    if (!b_data) Eigen::Map<Eigen::ArrayXd>(last_buffer, len) = b.segment(s0, len);
    if (!detail::growth_power(first, last, inv_years, ratio, power_log, result, static_cast<std::size_t>(len))) {
      for (Eigen::Index k = 0; k < len; ++k) {
        // (x0 > 0 && x1 > 0) is false for NaN, as in the one-series kernel.
        if (!(first[k] > 0 && last[k] > 0)) result[k] = nan;
        else if (!detail::power_in_range(ratio[k], power_log[k]))
          result[k] = 100.0 * std::expm1(std::log(ratio[k]) * inv_years);
      }
    }
    o.segment(s0, len) = Eigen::Map<const Eigen::ArrayXd>(result, len);
  }
}

template <class D0, class D1>
Eigen::ArrayXd cagr(const Eigen::ArrayBase<D0>& x0, const Eigen::ArrayBase<D1>& x1, double years) {
  Eigen::ArrayXd out(x0.size());
  cagr_into(x0, x1, years, out);
  return out;
}

/// How many coarse periods of r fine ones a panel of n fine periods from `first_ordinal`
/// touches (as `aggregate` counts them); the first one's ordinal in `first_ordinal_out`.
inline Eigen::Index aggregate_periods(long first_ordinal, Eigen::Index n, int r, long& first_ordinal_out) {
  ECONCLAIMS_EXPECTS(r >= 1);
  using detail::floor_div;
  if (n == 0) {
    first_ordinal_out = 0;
    return 0;
  }
  const long c0 = floor_div(first_ordinal, r), c1 = floor_div(first_ordinal + static_cast<long>(n) - 1, r);
  first_ordinal_out = c0;
  return c1 - c0 + 1;
}

/// F11 for every series: the coarse calendar of `aggregate` (blocks of r fine periods,
/// block c covering the ordinals [r·c, r·c + r)), complete blocks only: out(s, c) is NaN
/// unless all r sub-periods of series s are present (the `value` of the one-series
/// kernel). `out` has x.rows() rows and aggregate_periods(…) columns.
template <class D, class O>
void aggregate_into(const Eigen::ArrayBase<D>& x, long first_ordinal, int r, aggregation how,
                    Eigen::ArrayBase<O>& out) {
  long c0 = 0;
  const Eigen::Index m = aggregate_periods(first_ordinal, x.cols(), r, c0);
  ECONCLAIMS_EXPECTS(out.rows() == x.rows() && out.cols() == m);
  for (Eigen::Index c = 0; c < m; ++c) {
    // The block's fine periods as columns of x; a block cut off by either end of the
    // panel is incomplete for every series.
    const long first_col = (c0 + static_cast<long>(c)) * r - first_ordinal;
    if (first_col < 0 || first_col + r > static_cast<long>(x.cols())) {
      out.col(c).setConstant(nan);
      continue;
    }
    auto dst = out.col(c);
    switch (how) {
      case aggregation::sum:
      case aggregation::avg:
        // A NaN anywhere in the block makes the sum NaN, which is exactly "not all r
        // sub-periods present".
        dst = x.col(first_col);
        for (int i = 1; i < r; ++i) dst += x.col(first_col + i);
        if (how == aggregation::avg) dst /= static_cast<double>(r);
        break;
      case aggregation::eop:
      case aggregation::first: {
        // The last (first) sub-period when all are present: a NaN mask over the block.
        const Eigen::Index pick = how == aggregation::eop ? first_col + r - 1 : first_col;
        dst = x.col(pick);
        for (int i = 0; i < r; ++i) {
          const auto v = x.col(first_col + i);
          dst = (v == v).select(dst, nan);
        }
        break;
      }
    }
  }
}

template <class D>
Eigen::ArrayXXd aggregate(const Eigen::ArrayBase<D>& x, long first_ordinal, int r, aggregation how,
                          long& first_ordinal_out) {
  Eigen::ArrayXXd out(x.rows(), aggregate_periods(first_ordinal, x.cols(), r, first_ordinal_out));
  aggregate_into(x, first_ordinal, r, how, out);
  return out;
}

/// F12 for every series: `ytd_to_periods` on a panel of year-to-date cumulatives whose
/// column j is the month first_month + j. `out` has x.rows() rows and one column per
/// period of `months_per_period` months that the panel touches (the first one's ordinal
/// in `first_ordinal_out`, from ytd_periods).
inline Eigen::Index ytd_periods(long first_month, Eigen::Index n, int months_per_period, long& first_ordinal_out) {
  const int r = months_per_period;
  ECONCLAIMS_EXPECTS(r == 1 || r == 3 || r == 6 || r == 12);
  return aggregate_periods(first_month, n, r, first_ordinal_out);
}

template <class D, class O>
void ytd_to_periods_into(const Eigen::ArrayBase<D>& c, long first_month, int months_per_period,
                         Eigen::ArrayBase<O>& out) {
  const int r = months_per_period;
  long p0 = 0;
  const Eigen::Index m = ytd_periods(first_month, c.cols(), r, p0);
  ECONCLAIMS_EXPECTS(out.rows() == c.rows() && out.cols() == m);
  const long n = static_cast<long>(c.cols());
  for (Eigen::Index j = 0; j < m; ++j) {
    const long p = p0 + static_cast<long>(j);
    const long end = p * r + r - 1 - first_month, start = p * r;
    auto dst = out.col(j);
    if (end < 0 || end >= n) {  // the period's last month is outside the panel
      dst.setConstant(nan);
    } else if (start % 12 == 0) {  // the first period of a year: C[y, 0] = 0
      dst = c.col(end);
    } else if (start - 1 - first_month < 0) {  // the month before is outside the panel
      dst.setConstant(nan);
    } else {
      dst = c.col(end) - c.col(start - 1 - first_month);
    }
  }
}

template <class D>
Eigen::ArrayXXd ytd_to_periods(const Eigen::ArrayBase<D>& c, long first_month, int months_per_period,
                               long& first_ordinal_out) {
  Eigen::ArrayXXd out(c.rows(), ytd_periods(first_month, c.cols(), months_per_period, first_ordinal_out));
  ytd_to_periods_into(c, first_month, months_per_period, out);
  return out;
}

}  // namespace panel

}  // namespace econclaims::calc
