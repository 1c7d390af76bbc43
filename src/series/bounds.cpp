// F15 interval arithmetic. Every function here is monotone in each argument on the
// domain it accepts (positive bases), so the result's ends come from the operands' ends;
// an end is closed only when both ends it comes from are closed.
#include "econclaims/series/bounds.hpp"

#include <fmt/format.h>

#include "econclaims/units.hpp"

namespace econclaims {
namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

std::string number(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  return fmt::format("{:.10g}", v);
}

// now/base for base > 0, with open/closed ends.
bounds quotient(const bounds& now, const bounds& base) {
  if (now.empty() || base.empty() || !(base.lo > 0)) return {};
  bounds r;
  // Smallest ratio: the smallest numerator over the largest base if it is non-negative,
  // over the smallest base otherwise; symmetrically for the largest.
  const bool lo_nonneg = now.lo >= 0, hi_nonneg = now.hi >= 0;
  r.lo = now.lo / (lo_nonneg ? base.hi : base.lo);
  r.lo_closed = now.lo_closed && (lo_nonneg ? base.hi_closed : base.lo_closed);
  if (std::isinf(base.hi) && lo_nonneg) { r.lo = 0; r.lo_closed = false; }
  r.hi = now.hi / (hi_nonneg ? base.lo : base.hi);
  r.hi_closed = now.hi_closed && (hi_nonneg ? base.lo_closed : base.hi_closed);
  if (std::isinf(now.hi)) { r.hi = inf; r.hi_closed = false; }
  if (std::isinf(base.hi) && !hi_nonneg) { r.hi = 0; r.hi_closed = false; }
  return r;
}

template <class F>
bounds map_increasing(const bounds& b, F f) {
  if (b.empty()) return {};
  return {f(b.lo), f(b.hi), b.lo_closed, b.hi_closed};
}

}  // namespace

std::string bounds::to_string() const {
  if (empty()) return "";
  if (lo == hi) return number(lo);
  return fmt::format("{}{},{}{}", lo_closed ? '[' : '(', number(lo), number(hi), hi_closed ? ']' : ')');
}

bounds bounds_of(const claim& c, const bounds_options& options) {
  const double v = c.value, r = std::max(0.0, c.resolution), eps = options.approx_tolerance;
  const bool rate = c.kind == claim_kind::growth || c.kind == claim_kind::change || is_rate_unit(c.unit);
  if (c.value_hi) {
    bounds b{v - r, *c.value_hi + r, true, true};
    if (c.qual == qualifier::approx) {
      b.lo -= std::fabs(b.lo) * eps;
      b.hi += std::fabs(b.hi) * eps;
    }
    return b;
  }
  // The rounding interval of the printed figure: [v − r, v + r), a point when r is unknown.
  bounds printed{v - r, v + r, true, r == 0};
  switch (c.qual) {
    case qualifier::exact: return printed;
    case qualifier::approx:
      return {printed.lo - std::fabs(printed.lo) * eps, printed.hi + std::fabs(printed.hi) * eps, true, true};
    case qualifier::over: return {v, inf, false, false};
    case qualifier::at_least: return {v, inf, true, false};
    case qualifier::nearly: return {v - std::fabs(v) * eps, v, true, false};
    case qualifier::under: return rate ? bounds{-inf, v, false, false} : bounds{0, v, true, false};
    case qualifier::at_most: return rate ? bounds{-inf, v, false, true} : bounds{0, v, true, true};
  }
  return printed;
}

bounds growth_bounds(const bounds& now, const bounds& base) {
  return map_increasing(quotient(now, base), [](double q) { return std::isinf(q) ? q : 100.0 * (q - 1.0); });
}

bounds cagr_bounds(const bounds& now, const bounds& base, double years) {
  if (!(years > 0)) return {};
  bounds q = quotient(now, base);
  if (q.empty() || q.lo < 0) return {};
  return map_increasing(q, [years](double x) {
    return std::isinf(x) ? x : 100.0 * (std::pow(x, 1.0 / years) - 1.0);
  });
}

bounds ratio_bounds(const bounds& now, const bounds& base) { return quotient(now, base); }

bounds share_bounds(const bounds& part, const bounds& whole) {
  return map_increasing(quotient(part, whole), [](double q) { return 100.0 * q; });
}

bounds difference_bounds(const bounds& now, const bounds& base) {
  if (now.empty() || base.empty()) return {};
  return {now.lo - base.hi, now.hi - base.lo, now.lo_closed && base.hi_closed,
          now.hi_closed && base.lo_closed};
}

bounds comparable_base_bounds(const bounds& level, const bounds& growth) {
  const bounds factor = map_increasing(growth, [](double g) { return 1.0 + g / 100.0; });
  return quotient(level, factor);
}

}  // namespace econclaims
