// File: series/analysis.hpp
// What economists compute from indicator series, on time_series values that carry their
// periods, units and sources. The order of operations is FRED's: aggregate first
// (to_frequency), then transform (growth, change, index). Lags follow the calendar of the
// series' frequency; a missing period gives a missing result; nothing is filled.
//
//   auto s = st.series("Example Zone", "规模以上工业总产值");
//   time_series g  = growth(s, yoy);                                      // F3, in %
//   double r       = cagr(s, period::year(2015), period::year(2020));     // F6, Y = 5
//   time_series q  = to_frequency(st.series("Example Zone", "出口总额", {.ytd = true}),
//                                 frequency::quarter);                   // F12 then F11
//   time_series i  = rebase(s, period::year(2015));                       // F14
//   time_series ttm = rolling_sum(monthly, 12);                           // F19
//
// Every computed point lists in point_meta::sources the sources of all points it was
// computed from. Combining series checks units at run time (unit_error) and frequencies
// as preconditions (contract_violation).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "econclaims/period.hpp"
#include "econclaims/series/compute.hpp"
#include "econclaims/series/time_series.hpp"

namespace econclaims {

/// Rates of change (F2–F5). All results are in percent.
enum class growth_method {
  yoy,         ///< F3: against the same period a year before (the same interval for YTD)
  pop,         ///< F2: against the previous period
  log,         ///< F5: 100·(ln x[p] − ln x[p−1])
  log_yoy,     ///< 100·ln(x[p]/x[p−n_f]), not FRED's cca
  annualized   ///< F4: 100·((x[p]/x[p−1])^{n_f} − 1)
};
inline constexpr growth_method yoy = growth_method::yoy;
inline constexpr growth_method pop = growth_method::pop;
inline constexpr growth_method log_growth = growth_method::log;
inline constexpr growth_method annualized = growth_method::annualized;

/// "yoy", "pop", "log", "log_yoy", "annualized"; parse_growth_method reads them back.
std::string_view to_string(growth_method) noexcept;
std::optional<growth_method> parse_growth_method(std::string_view) noexcept;

/// A rate of change of a level series: kind growth, unit "%", the same periods. A base
/// <= 0 gives a missing value flagged "nonpositive base". Preconditions: the series is
/// not itself a growth series; a YTD series allows only yoy and log_yoy; a daily series
/// allows yoy (same date a year before, 29 Feb → 28 Feb) and pop only.
time_series growth(const time_series& s, growth_method m = growth_method::yoy);

/// F1/F8: x[p] − x[p−k] with k = n_f (yoy) or 1 (pop); kind change, the series' unit
/// ("pp" when the series is in %).
time_series change(const time_series& s, growth_method m = growth_method::yoy);

/// F6: compound annual growth between two periods of the series' frequency, with
/// Y = years_between(from, to); NaN when either level is missing or not positive.
double cagr(const time_series& s, const period& from, const period& to);
/// F6 between the first and the last present point.
double cagr(const time_series& s);

/// F11/F12: the series on a coarser calendar. A YTD series is de-cumulated within each
/// year (Q2 = C[6] − C[3]; the year is C[12]); a discrete series is aggregated by its
/// measure (flows summed, stocks at the end of period, rates averaged), complete periods
/// only. Preconditions: f is not finer than the series; the kind is level (growth,
/// shares, multiples and changes are never aggregated); a stock is never de-cumulated.
time_series to_frequency(const time_series& s, frequency f);
/// The same with an explicit aggregation method for discrete series.
time_series to_frequency(const time_series& s, frequency f, calc::aggregation how);

/// F12: one de-cumulated flow with its period (an interval when it spans several months).
struct flow_piece {
  period when;
  double value = 0;
};
/// F12: the discrete flows of a YTD series within each calendar year
/// ({1–2: 210, 3: 330, 4: 445} → {2020-01/2020-02: 210, 2020-03: 120, 2020-04: 115}).
/// Precondition: s.key().ytd and the series is not a stock.
std::vector<flow_piece> decumulate(const time_series& s);

/// F14: index with 100 at the base period; all missing when the base is missing or <= 0.
time_series rebase(const time_series& s, const period& base);
/// F14: index with 100 at the mean over [from, to].
time_series rebase(const time_series& s, const period& from, const period& to);

/// F19: sum and mean over the last w calendar periods, complete windows only.
time_series rolling_sum(const time_series& s, long w);
time_series rolling_mean(const time_series& s, long w);

/// Cross-entity sum of one indicator: the periods where every part is present.
/// Preconditions: same frequency, kind and shape; throws unit_error for different units.
time_series sum(std::span<const time_series> parts, std::string entity);

/// F10 share 100·part/whole at each common period; unit "%", kind share.
time_series share(const time_series& part, const time_series& whole);
/// F10 contribution rate 100·Δpart/Δwhole over the lag of `m` (yoy or pop); unit "%".
time_series contribution(const time_series& part, const time_series& whole, growth_method m = yoy);
/// F10 pull (拉动) 100·Δpart/whole[p−k], unit "pp".
time_series pull(const time_series& part, const time_series& whole, growth_method m = yoy);

/// A panel: one row per series (entity), one column per period of the common calendar.
struct panel {
  std::vector<std::string> rows;  ///< entity of each row
  frequency freq = frequency::year;
  bool ytd = false;
  long first_ordinal = 0;
  Eigen::MatrixXd values;         ///< rows × periods, NaN for gaps

  period period_at(Eigen::Index column) const;
};

/// The panel of several series of one indicator, unit, kind and frequency (entities ×
/// periods). Throws unit_error for different units; precondition: same frequency.
panel make_panel(std::span<const time_series> series);

}  // namespace econclaims
