// Series-level computations: calendar bookkeeping around the array kernels of
// series/compute.hpp, and provenance (each computed point lists its inputs' sources).
#include "econclaims/series/analysis.hpp"
#include "econclaims/detail/enum_names.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "econclaims/units.hpp"

namespace econclaims {
namespace {

constexpr double nan = calc::nan;

int steps_per_year(const time_series& s) { return s.key().ytd ? 12 : periods_per_year(s.key().freq); }

// Append the sources of `from` to `to`; a computed point is as inexact as its least exact input.
void merge_meta(point_meta& to, const point_meta& from) {
  to.sources.insert(to.sources.end(), from.sources.begin(), from.sources.end());
  if (to.qual == qualifier::exact) to.qual = from.qual;
  to.resolution = std::max(to.resolution, from.resolution);
}

// Lag in positions for a method on a non-daily series.
Eigen::Index lag_of(const time_series& s, growth_method m) {
  return (m == growth_method::yoy || m == growth_method::log_yoy) ? steps_per_year(s) : 1;
}

// The two series on one calendar, padded with NaN: positions of `a` and `b` on the
// union of their ranges.
struct aligned {
  long first = 0;
  Eigen::ArrayXd a, b;
  Eigen::Index offset_a = 0, offset_b = 0;
};

aligned align(const time_series& x, const time_series& y) {
  ECONCLAIMS_EXPECTS(x.key().freq == y.key().freq && x.key().ytd == y.key().ytd);
  aligned out;
  if (x.empty() && y.empty()) return out;
  const long first = x.empty() ? y.first_ordinal()
                   : y.empty() ? x.first_ordinal()
                               : std::min(x.first_ordinal(), y.first_ordinal());
  const long last = std::max(x.empty() ? first : x.first_ordinal() + static_cast<long>(x.size()) - 1,
                             y.empty() ? first : y.first_ordinal() + static_cast<long>(y.size()) - 1);
  const Eigen::Index n = last - first + 1;
  out.first = first;
  out.a = Eigen::ArrayXd::Constant(n, nan);
  out.b = Eigen::ArrayXd::Constant(n, nan);
  out.offset_a = x.first_ordinal() - first;
  out.offset_b = y.first_ordinal() - first;
  if (!x.empty()) out.a.segment(out.offset_a, x.size()) = x.values();
  if (!y.empty()) out.b.segment(out.offset_b, y.size()) = y.values();
  return out;
}

// Meta of position i (on an aligned calendar) of a series placed at `offset`, or none.
const point_meta* meta_at(const time_series& s, Eigen::Index offset, Eigen::Index i) {
  const Eigen::Index j = i - offset;
  return (j >= 0 && j < s.size()) ? &s.meta(j) : nullptr;
}

time_series binary_result(const time_series& x, const time_series& y, const aligned& al, Eigen::ArrayXd v,
                          series_key key, Eigen::Index k) {
  time_series out(std::move(key), al.first, std::move(v), measure::rate);
  for (Eigen::Index i = 0; i < out.size(); ++i) {
    if (!out.present(i)) continue;
    for (Eigen::Index lagged : {i, i - k}) {
      if (lagged < 0) continue;
      if (auto* m = meta_at(x, al.offset_a, lagged)) merge_meta(out.meta(i), *m);
      if (auto* m = meta_at(y, al.offset_b, lagged)) merge_meta(out.meta(i), *m);
      if (k == 0) break;
    }
  }
  return out;
}

calc::aggregation default_aggregation(measure m) {
  switch (m) {
    case measure::flow: return calc::aggregation::sum;
    case measure::stock: return calc::aggregation::eop;
    case measure::rate: return calc::aggregation::avg;
  }
  return calc::aggregation::sum;
}

}  // namespace

constexpr detail::enum_name<growth_method> growth_method_names[] = {
    {growth_method::yoy, "yoy"}, {growth_method::pop, "pop"}, {growth_method::log, "log"},
    {growth_method::log_yoy, "log_yoy"}, {growth_method::annualized, "annualized"}};

std::string_view to_string(growth_method m) noexcept { return detail::name_of(growth_method_names, m, "yoy"); }

std::optional<growth_method> parse_growth_method(std::string_view s) noexcept {
  return detail::value_of(growth_method_names, s);
}

time_series growth(const time_series& s, growth_method m) {
  ECONCLAIMS_EXPECTS(s.key().kind == claim_kind::level);
  ECONCLAIMS_EXPECTS(!s.key().ytd || m == growth_method::yoy || m == growth_method::log_yoy);
  ECONCLAIMS_EXPECTS(s.key().freq != frequency::day || m == growth_method::yoy || m == growth_method::pop);
  series_key key = s.key();
  key.kind = claim_kind::growth;
  key.unit = "%";
  const Eigen::Index n = s.size();
  Eigen::ArrayXd v = Eigen::ArrayXd::Constant(n, nan);
  // Position of each point's base, or −1; days look up the same date a year before.
  std::vector<Eigen::Index> base_pos(static_cast<std::size_t>(n), -1);
  if (s.key().freq == frequency::day && m == growth_method::yoy) {
    for (Eigen::Index i = 0; i < n; ++i) {
      if (auto j = s.index_of(s.period_at(i).year_ago())) {
        base_pos[static_cast<std::size_t>(i)] = *j;
        const double b = s.values()(*j);
        if (b > 0) v(i) = 100.0 * (s.values()(i) / b - 1.0);
      }
    }
  } else {
    const Eigen::Index k = lag_of(s, m);
    switch (m) {
      case growth_method::yoy:
      case growth_method::pop: v = calc::pct_change(s.values(), k); break;
      case growth_method::log:
      case growth_method::log_yoy: v = calc::log_change(s.values(), k); break;
      case growth_method::annualized: v = calc::annualized(s.values(), 1, periods_per_year(s.key().freq)); break;
    }
    for (Eigen::Index i = k; i < n; ++i) base_pos[static_cast<std::size_t>(i)] = i - k;
  }
  time_series out(key, s.first_ordinal(), v, measure::rate);
  for (Eigen::Index i = 0; i < n; ++i) {
    const Eigen::Index j = base_pos[static_cast<std::size_t>(i)];
    if (j < 0 || !s.present(i) || !s.present(j)) continue;
    if (!out.present(i) && s.values()(j) <= 0) out.meta(i).flag = "nonpositive base";
    merge_meta(out.meta(i), s.meta(i));
    merge_meta(out.meta(i), s.meta(j));
  }
  return out;
}

time_series change(const time_series& s, growth_method m) {
  ECONCLAIMS_EXPECTS(m == growth_method::yoy || m == growth_method::pop);
  ECONCLAIMS_EXPECTS(s.key().freq != frequency::day || m == growth_method::pop);
  ECONCLAIMS_EXPECTS(!s.key().ytd || m == growth_method::yoy);
  series_key key = s.key();
  key.kind = claim_kind::change;
  if (key.unit == "%") key.unit = "pp";
  const Eigen::Index k = lag_of(s, m);
  time_series out(key, s.first_ordinal(), calc::change(s.values(), k), s.measure_type());
  for (Eigen::Index i = k; i < s.size(); ++i)
    if (out.present(i)) {
      merge_meta(out.meta(i), s.meta(i));
      merge_meta(out.meta(i), s.meta(i - k));
    }
  return out;
}

double cagr(const time_series& s, const period& from, const period& to) {
  ECONCLAIMS_EXPECTS(from.ok() && to.ok() && from.freq() == s.key().freq && to.freq() == s.key().freq);
  ECONCLAIMS_EXPECTS(from < to);
  return calc::cagr(s[from], s[to], years_between(from, to));
}

double cagr(const time_series& s) {
  const time_series t = s.trimmed();
  if (t.size() < 2) return nan;
  return cagr(t, t.first_period(), t.last_period());
}

std::vector<flow_piece> decumulate(const time_series& s) {
  ECONCLAIMS_EXPECTS(s.key().ytd && s.measure_type() != measure::stock);
  std::vector<flow_piece> out;
  for (const auto& piece : calc::decumulate_ytd(s.values(), s.first_ordinal()))
    out.push_back({period::interval(period::from_ordinal(frequency::month, piece.first_month),
                                    period::from_ordinal(frequency::month, piece.last_month)),
                   piece.value});
  return out;
}

time_series to_frequency(const time_series& s, frequency f) {
  return to_frequency(s, f, default_aggregation(s.measure_type()));
}

time_series to_frequency(const time_series& s, frequency f, calc::aggregation how) {
  ECONCLAIMS_EXPECTS(s.key().kind == claim_kind::level);
  ECONCLAIMS_EXPECTS(f >= s.key().freq);
  series_key key = s.key();
  key.freq = f;
  key.ytd = false;
  if (s.key().ytd) {
    ECONCLAIMS_EXPECTS(s.measure_type() != measure::stock);
    const int r = 12 / periods_per_year(f);
    long first = 0;
    Eigen::ArrayXd v = calc::ytd_to_periods(s.values(), s.first_ordinal(), r, first);
    time_series out(key, first, v, s.measure_type());
    for (Eigen::Index i = 0; i < out.size(); ++i) {
      if (!out.present(i)) continue;
      // The flow of months [start, end] is C[end] − C[start − 1]; C[y, 0] = 0 has no source.
      const long start_month = (first + static_cast<long>(i)) * r, end_month = start_month + r - 1;
      merge_meta(out.meta(i), s.meta(end_month - s.first_ordinal()));
      if (start_month % 12 != 0) merge_meta(out.meta(i), s.meta(start_month - 1 - s.first_ordinal()));
    }
    return out;
  }
  if (f == s.key().freq) return s;
  if (s.key().freq == frequency::day) {
    // Days: blocks of unequal length, so complete means every day of the coarse period.
    std::map<long, std::vector<Eigen::Index>> groups;
    for (Eigen::Index i = 0; i < s.size(); ++i)
      if (s.present(i)) groups[s.period_at(i).to_frequency(f).ordinal()].push_back(i);
    if (groups.empty()) return time_series(key, 0, Eigen::ArrayXd(), s.measure_type());
    const long first = groups.begin()->first, last = groups.rbegin()->first;
    time_series out(key, first, Eigen::ArrayXd::Constant(last - first + 1, nan), s.measure_type());
    for (const auto& [ord, idx] : groups) {
      const period coarse = period::from_ordinal(f, ord);
      if (static_cast<long>(idx.size()) != coarse.days()) continue;
      double v = 0;
      switch (how) {
        case calc::aggregation::sum: for (auto i : idx) v += s.values()(i); break;
        case calc::aggregation::avg: for (auto i : idx) v += s.values()(i) / static_cast<double>(idx.size()); break;
        case calc::aggregation::eop: v = s.values()(idx.back()); break;
        case calc::aggregation::first: v = s.values()(idx.front()); break;
      }
      out.set(ord - first, v);
      for (auto i : idx) merge_meta(out.meta(ord - first), s.meta(i));
    }
    return out;
  }
  const int r = periods_per_year(s.key().freq) / periods_per_year(f);
  const calc::aggregate_result agg = calc::aggregate(s.values(), s.first_ordinal(), r, how);
  time_series out(key, agg.first_ordinal, agg.value, s.measure_type());
  for (Eigen::Index i = 0; i < out.size(); ++i) {
    if (!out.present(i)) continue;
    for (long sub = (agg.first_ordinal + i) * r; sub < (agg.first_ordinal + i + 1) * r; ++sub) {
      const Eigen::Index j = sub - s.first_ordinal();
      const bool used = how == calc::aggregation::sum || how == calc::aggregation::avg ||
                        (how == calc::aggregation::eop && sub == (agg.first_ordinal + i + 1) * r - 1) ||
                        (how == calc::aggregation::first && sub == (agg.first_ordinal + i) * r);
      if (used && j >= 0 && j < s.size()) merge_meta(out.meta(i), s.meta(j));
    }
  }
  return out;
}

time_series rebase(const time_series& s, const period& base) { return rebase(s, base, base); }

time_series rebase(const time_series& s, const period& from, const period& to) {
  series_key key = s.key();
  key.unit = "index";
  const auto a = s.index_of(from), b = s.index_of(to);
  Eigen::ArrayXd v = (a && b && *a <= *b) ? calc::rebase(s.values(), *a, *b) : Eigen::ArrayXd::Constant(s.size(), nan);
  time_series out(key, s.first_ordinal(), v, s.measure_type());
  for (Eigen::Index i = 0; i < out.size(); ++i)
    if (out.present(i)) {
      merge_meta(out.meta(i), s.meta(i));
      for (Eigen::Index j = *a; j <= *b; ++j) merge_meta(out.meta(i), s.meta(j));
    }
  return out;
}

time_series rolling_sum(const time_series& s, long w) {
  time_series out(s.key(), s.first_ordinal(), calc::rolling_sum(s.values(), w), s.measure_type());
  for (Eigen::Index i = 0; i < out.size(); ++i)
    if (out.present(i))
      for (Eigen::Index j = i - w + 1; j <= i; ++j) merge_meta(out.meta(i), s.meta(j));
  return out;
}

time_series rolling_mean(const time_series& s, long w) {
  time_series out = rolling_sum(s, w);
  Eigen::ArrayXd v = out.values() / static_cast<double>(w);
  time_series res(s.key(), s.first_ordinal(), v, s.measure_type());
  for (Eigen::Index i = 0; i < res.size(); ++i) res.meta(i) = out.meta(i);
  return res;
}

time_series sum(std::span<const time_series> parts, std::string entity) {
  ECONCLAIMS_EXPECTS(!parts.empty());
  series_key key = parts.front().key();
  key.entity = std::move(entity);
  time_series acc = parts.front();
  for (std::size_t p = 1; p < parts.size(); ++p) {
    const time_series& next = parts[p];
    require_same_unit(acc.key().unit, next.key().unit,
                      fmt::format("sum of '{}' over entities", parts.front().key().indicator));
    ECONCLAIMS_EXPECTS(next.key().kind == key.kind);
    if (next.key().indicator != key.indicator) key.indicator += "+" + next.key().indicator;
    const aligned al = align(acc, next);
    Eigen::ArrayXd v = al.a + al.b;  // NaN unless both are present
    time_series merged(key, al.first, v, acc.measure_type());
    for (Eigen::Index i = 0; i < merged.size(); ++i)
      if (merged.present(i)) {
        merge_meta(merged.meta(i), *meta_at(acc, al.offset_a, i));
        merge_meta(merged.meta(i), *meta_at(next, al.offset_b, i));
      }
    acc = std::move(merged);
  }
  acc.key() = key;
  return acc;
}

time_series share(const time_series& part, const time_series& whole) {
  require_same_unit(part.key().unit, whole.key().unit, fmt::format("share of '{}' in '{}'",
                                                                    part.key().indicator, whole.key().indicator));
  const aligned al = align(part, whole);
  series_key key = part.key();
  key.kind = claim_kind::share;
  key.unit = "%";
  return binary_result(part, whole, al, calc::share(al.a, al.b), key, 0);
}

namespace {

// What a part's change over `m` does to its whole (F13 contribution, F14 pull): the
// kernel on the aligned values, as a series of `kind` in `unit`.
template <class Kernel>
time_series part_of_change(const time_series& part, const time_series& whole, growth_method m, std::string_view what,
                           claim_kind kind, const char* unit, Kernel kernel) {
  require_same_unit(part.key().unit, whole.key().unit,
                    fmt::format("{} of '{}' on '{}'", what, part.key().indicator, whole.key().indicator));
  ECONCLAIMS_EXPECTS(m == growth_method::yoy || m == growth_method::pop);
  const aligned al = align(part, whole);
  const Eigen::Index k = lag_of(part, m);
  series_key key = part.key();
  key.kind = kind;
  key.unit = unit;
  return binary_result(part, whole, al, kernel(al.a, al.b, k), key, k);
}

}  // namespace

time_series contribution(const time_series& part, const time_series& whole, growth_method m) {
  return part_of_change(part, whole, m, "contribution", claim_kind::share, "%",
                        [](const auto& a, const auto& b, Eigen::Index k) { return calc::contribution(a, b, k); });
}

time_series pull(const time_series& part, const time_series& whole, growth_method m) {
  return part_of_change(part, whole, m, "pull", claim_kind::growth, "pp",
                        [](const auto& a, const auto& b, Eigen::Index k) { return calc::pull(a, b, k); });
}

period panel::period_at(Eigen::Index column) const {
  const period p = period::from_ordinal(freq, first_ordinal + static_cast<long>(column));
  return ytd ? period::interval(period::month(p.year(), 1), p) : p;
}

panel make_panel(std::span<const time_series> series) {
  panel out;
  if (series.empty()) return out;
  const series_key& k0 = series.front().key();
  long first = 0, last = -1;
  bool any = false;
  for (const auto& s : series) {
    ECONCLAIMS_EXPECTS(s.key().freq == k0.freq && s.key().ytd == k0.ytd);
    require_same_unit(k0.unit, s.key().unit, fmt::format("panel of '{}'", k0.indicator));
    if (s.empty()) continue;
    const long a = s.first_ordinal(), b = a + static_cast<long>(s.size()) - 1;
    first = any ? std::min(first, a) : a;
    last = any ? std::max(last, b) : b;
    any = true;
  }
  out.freq = k0.freq;
  out.ytd = k0.ytd;
  out.first_ordinal = first;
  const Eigen::Index cols = any ? last - first + 1 : 0;
  out.values = Eigen::MatrixXd::Constant(static_cast<Eigen::Index>(series.size()), cols, nan);
  for (std::size_t r = 0; r < series.size(); ++r) {
    const auto& s = series[r];
    out.rows.push_back(s.key().entity);
    if (!s.empty())
      out.values.row(static_cast<Eigen::Index>(r)).segment(s.first_ordinal() - first, s.size()) =
          s.values().matrix().transpose();
  }
  return out;
}

}  // namespace econclaims
