// File: series/bounds.hpp
// F15: every printed number is an interval. A claim's interval comes from its printed
// precision (claim.resolution, half a unit of the last digit) and its qualifier (约, 超,
// 以上 …); implied growth, ratios, shares and differences are computed on intervals, and a
// reported figure is consistent with the levels when the two intervals intersect.
//
//   auto now  = bounds_of(level_2019);            // 589.5亿元 → [589.45, 589.55)亿元
//   auto base = bounds_of(level_2018);            // 520.3亿元
//   auto implied = growth_bounds(now, base);       // [13.280, 13.321] %
//   bool ok = intersects(bounds_of(growth_claim), implied);   // 13.3 % → [13.25, 13.35)
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "econclaims/claim.hpp"

namespace econclaims {

/// A real interval with open or closed ends; ±infinity for unbounded ends. `empty()`
/// for the interval of a missing value.
struct bounds {
  double lo = std::numeric_limits<double>::quiet_NaN();
  double hi = std::numeric_limits<double>::quiet_NaN();
  bool lo_closed = true;
  bool hi_closed = true;

  static bounds point(double v) noexcept { return {v, v, true, true}; }
  bool empty() const noexcept { return std::isnan(lo) || std::isnan(hi) || lo > hi ||
                                       (lo == hi && !(lo_closed && hi_closed)); }
  double mid() const noexcept {
    if (std::isinf(lo) || std::isinf(hi)) return std::isinf(lo) ? hi : lo;
    return (lo + hi) / 2;
  }
  /// `[13.25,13.35)`, `(100,inf)`, with up to 6 significant decimals.
  std::string to_string() const;
};

/// True when the two intervals share a point. Ends closer than 1e-12 relative count as
/// equal, so that floating-point noise in a recomputed ratio (108/100 − 1) does not
/// separate a point from itself.
inline bool intersects(const bounds& a, const bounds& b) noexcept {
  if (a.empty() || b.empty()) return false;
  auto near = [](double x, double y) {
    if (x == y) return true;
    if (std::isinf(x) || std::isinf(y)) return false;
    return std::fabs(x - y) <= 1e-12 * std::max({1.0, std::fabs(x), std::fabs(y)});
  };
  if (near(a.hi, b.lo)) return a.hi_closed && b.lo_closed;
  if (near(b.hi, a.lo)) return b.hi_closed && a.lo_closed;
  return !(a.hi < b.lo || b.hi < a.lo);
}

/// Options of F15: ε widens approximate values (约, 左右) and bounds `nearly` (近).
struct bounds_options {
  double approx_tolerance = 0.05;
};

/// F15: the interval of a claim from its resolution and qualifier. Rates (unit % or pp, or
/// kind growth) are unbounded below for `under`/`at_most`; levels stop at 0. A range
/// (value_hi) is [value, value_hi] widened by the resolution.
bounds bounds_of(const claim& c, const bounds_options& options = {});

/// F15: implied growth 100·(now/base − 1) from positive intervals:
/// [100(lo_t/hi_b − 1), 100(hi_t/lo_b − 1)]; empty unless the base is positive.
bounds growth_bounds(const bounds& now, const bounds& base);
/// Average annual growth (F6) over `years` from two level intervals.
bounds cagr_bounds(const bounds& now, const bounds& base, double years);
/// now/base as a multiple; empty unless the base is positive.
bounds ratio_bounds(const bounds& now, const bounds& base);
/// 100·part/whole; empty unless the whole is positive.
bounds share_bounds(const bounds& part, const bounds& whole);
/// now − base.
bounds difference_bounds(const bounds& now, const bounds& base);
/// F17: the comparable base B* = level/(1 + g/100) as an interval.
bounds comparable_base_bounds(const bounds& level, const bounds& growth);

}  // namespace econclaims
