// The consistency check (F15–F17). Levels are looked up among the actual level
// observations by (entity, canonical indicator, period), the preferred one chosen by the
// store's conflict rules; every comparison is an intersection of intervals.
#include "econclaims/series/check.hpp"

#include <cmath>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "econclaims/units.hpp"
#include "econclaims/series/compute.hpp"
#include "econclaims/detail/enum_names.hpp"

namespace econclaims {

constexpr detail::enum_name<verdict> verdict_names[] = {
    {verdict::agree, "agree"}, {verdict::disagree, "disagree"}, {verdict::not_checkable, "not checkable"}};

std::string_view to_string(verdict v) noexcept { return detail::name_of(verdict_names, v, "not checkable"); }

namespace {

std::string num(double v) { return fmt::format("{:.10g}", v); }

class level_index {
 public:
  level_index(const store& st) : st_(st) {
    for (const auto& o : st.observations())
      if (o.source.kind == claim_kind::level && o.source.mode == modality::actual && o.when.ok())
        map_[{o.entity, o.indicator, o.when.to_string()}].push_back(&o);
  }

  // The preferred level observation, or null.
  const observation* find(const std::string& entity, const std::string& indicator, const period& p) const {
    auto it = map_.find({entity, indicator, p.to_string()});
    if (it == map_.end()) return nullptr;
    return store::choose(it->second, st_.rule());
  }

 private:
  const store& st_;
  std::map<std::tuple<std::string, std::string, std::string>, std::vector<const observation*>> map_;
};

// The comparison period of a growth, multiple or change: its basis, or the same period a
// year before. A basis coarser than that (the year 2019 for 2020-01/2020-03) names the
// year, so the same interval a year before is meant.
period basis_of(const observation& o) {
  const period ago = o.when.year_ago();
  if (o.source.basis.empty()) return ago;
  const period b(o.source.basis);
  if (b.ok() && ago.ok() && b != ago && b.contains(ago) && b.freq() > ago.freq()) return ago;
  return b;
}

}  // namespace

std::vector<check_result> check(const store& st, const check_options& options) {
  const level_index levels(st);
  std::vector<check_result> out;
  for (const auto& o : st.observations()) {
    const claim& c = o.source;
    if (c.mode != modality::actual || c.kind == claim_kind::level) continue;
    check_result r;
    r.claim = &o;
    r.reported = bounds_of(c, options.bounds);
    auto not_checkable = [&](std::string why) {
      r.result = verdict::not_checkable;
      r.note = std::move(why);
      out.push_back(r);
    };
    if (!o.when.ok()) { not_checkable("no period"); continue; }
    auto level = [&](const std::string& entity, const std::string& indicator, const period& p) {
      return levels.find(entity, indicator, p);
    };

    if (c.kind == claim_kind::share) {
      const observation* part = level(o.entity, o.indicator, o.when);
      const observation* whole = o.of.empty() ? nullptr : level(o.entity, o.of, o.when);
      if (!whole && !c.of.empty()) whole = level(c.of, o.indicator, o.when);
      if (!part || !whole) { not_checkable("no level for the part or the whole"); continue; }
      if (part->source.unit != whole->source.unit) {
        not_checkable(fmt::format("part in {} and whole in {}", part->source.unit, whole->source.unit));
        continue;
      }
      r.implied = share_bounds(bounds_of(part->source, options.bounds), bounds_of(whole->source, options.bounds));
    } else {
      // growth, multiple, change: a level now and a level at the basis.
      period now_p = o.when, base_p;
      double years = 0;
      const bool average = c.kind == claim_kind::growth && o.when.is_interval() && o.when.freq() == frequency::year;
      if (average) {
        // 2016—2020年均增长: from the year before the interval (or the stated basis) to its end.
        now_p = o.when.last();
        base_p = c.basis.empty() ? o.when.first().prev() : period(c.basis);
        if (base_p.ok() && base_p.freq() == now_p.freq()) years = years_between(base_p, now_p);
      } else {
        base_p = basis_of(o);
      }
      if (!base_p.ok()) { not_checkable(fmt::format("basis '{}' is not a period", c.basis)); continue; }
      const observation* now = level(o.entity, o.indicator, now_p);
      const observation* base = level(o.entity, o.indicator, base_p);
      if (!now || !base) {
        not_checkable(fmt::format("no level for {}", !now ? now_p.to_string() : base_p.to_string()));
        continue;
      }
      if (now->source.unit != base->source.unit) {
        not_checkable(fmt::format("levels in {} and {}", now->source.unit, base->source.unit));
        continue;
      }
      const bounds bn = bounds_of(now->source, options.bounds), bb = bounds_of(base->source, options.bounds);
      const std::string& lu = now->source.unit;
      if (c.kind == claim_kind::multiple) {
        r.implied = ratio_bounds(bn, bb);
      } else if (c.kind == claim_kind::change) {
        if (c.unit != lu && !(c.unit == "pp" && lu == "%")) {
          not_checkable(fmt::format("change in {} but levels in {}", c.unit, lu));
          continue;
        }
        r.implied = difference_bounds(bn, bb);
      } else if (c.unit == "pp") {
        if (lu != "%") { not_checkable("a change in pp of a level that is not a rate (a pull on another growth)"); continue; }
        r.implied = difference_bounds(bn, bb);
      } else if (average) {
        if (!(years > 0)) { not_checkable("the basis is not before the period"); continue; }
        r.implied = cagr_bounds(bn, bb, years);
      } else {
        r.implied = growth_bounds(bn, bb);
      }
      if (r.implied.empty()) { not_checkable("the base is not positive"); continue; }

      if (c.kind == claim_kind::growth && c.unit != "pp") {
        const bool real = c.price_basis == "real" ||
                          (c.price_basis.empty() && st.indicators().real_growth(o.indicator));
        if (real) {
          // F16: the levels are at current prices; what they imply together is a deflator.
          const double p_lo = calc::implied_deflator(r.implied.lo, r.reported.hi);
          const double p_hi = calc::implied_deflator(r.implied.hi, r.reported.lo);
          r.result = verdict::not_checkable;
          r.note = fmt::format("real growth against current-price levels; implied deflator [{},{}]%",
                               num(p_lo), num(p_hi));
          out.push_back(r);
          continue;
        }
        if (!intersects(r.reported, r.implied) && st.indicators().comparable_base(o.indicator)) {
          // F17: the growth is on the same-batch base; show the base it implies.
          const bounds bstar = comparable_base_bounds(bn, r.reported);
          const double d = bstar.mid() / bb.mid() - 1.0;
          if (std::fabs(d) > options.base_tolerance) {
            r.result = verdict::not_checkable;
            r.note = fmt::format("comparable base: implied base {} vs published {} ({:+.1f}%), a base break candidate",
                                 bstar.to_string(), num(base->source.value), 100.0 * d);
            out.push_back(r);
            continue;
          }
        }
      }
    }
    r.result = intersects(r.reported, r.implied) ? verdict::agree : verdict::disagree;
    out.push_back(r);
  }
  return out;
}

}  // namespace econclaims
