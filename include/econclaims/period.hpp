// File: period.hpp
// Calendar periods as the annotation guide writes them: a year `2018`, a half `2018-H1`,
// a quarter `2018-Q2`, a month `2018-07`, a day `2018-07-10`, and intervals `FROM/TO`
// whose two ends have the same frequency (`2020-01/2020-03`, the year-to-date flow of
// 1—3月; `2016/2020`, a span of years). Days, month lengths and leap years come from
// Boost.Date_Time.
//
// A period is a value type. Ill-formed text gives a period whose `ok()` is false, in the
// style of date's `year_month_day`:
//
//   econclaims::period p{"2018-Q5"};
//   if (!p.ok()) …
//   auto q = econclaims::period::parse("2018-Q2");   // std::optional<period>
//   auto r = econclaims::period::from_string("2018"); // throws period_error
//
// Every period of frequency f has an integer ordinal on the calendar of f (year·12 +
// month − 1 for months, year·4 + quarter − 1 for quarters, …, the day number for days),
// so "the period k steps earlier" is ordinal arithmetic and never array arithmetic.
#pragma once

#include <compare>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "econclaims/detail/expects.hpp"

namespace econclaims {

/// The frequency of a period, finest first, so that `a < b` means "a is finer than b".
enum class frequency { day = 0, month = 1, quarter = 2, half = 3, year = 4 };

/// "day", "month", "quarter", "half", "year".
std::string_view to_string(frequency) noexcept;
/// Parse the names above; nullopt for anything else.
std::optional<frequency> parse_frequency(std::string_view) noexcept;

/// Observations per year n_f: year 1, half 2, quarter 4, month 12. For days there is no
/// fixed count (365 or 366 on the calendar, 260 in FRED's convention); this returns 0
/// and the functions that need a year length for days use elapsed calendar days instead.
constexpr int periods_per_year(frequency f) noexcept {
  switch (f) {
    case frequency::year: return 1;
    case frequency::half: return 2;
    case frequency::quarter: return 4;
    case frequency::month: return 12;
    case frequency::day: return 0;
  }
  return 0;
}

/// Thrown by `period::from_string` and by operations on a period that is not `ok()`.
class period_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// A calendar period of one frequency, or an interval of consecutive periods of one
/// frequency. Ordered by (first day, last day), so a year sorts before its first quarter
/// ends, and a month interval sorts after the month it starts with.
class period {
 public:
  /// A period that is not `ok()`.
  period() noexcept = default;
  /// Parse a guide period string; `ok()` tells whether it was well formed.
  explicit period(std::string_view text) noexcept;

  /// Parse; nullopt when the text is not one of the guide's formats.
  static std::optional<period> parse(std::string_view text) noexcept;
  /// Parse; throws `period_error` naming the text when it is not one of the guide's formats.
  static period from_string(std::string_view text);

  static period year(int y) noexcept;
  /// h is 1 or 2; otherwise the result is not ok().
  static period half(int y, int h) noexcept;
  /// q is 1 … 4; otherwise the result is not ok().
  static period quarter(int y, int q) noexcept;
  /// m is 1 … 12; otherwise the result is not ok().
  static period month(int y, int m) noexcept;
  static period day(boost::gregorian::date d) noexcept;
  static period day(int y, int m, int d) noexcept;
  /// The period of frequency f whose ordinal is `ord`.
  static period from_ordinal(frequency f, long ord) noexcept;
  /// The interval from `first` through `last` (both ok, same frequency, first <= last);
  /// when first == last the result is that single period. Otherwise not ok().
  static period interval(const period& first, const period& last) noexcept;

  /// True for a well-formed period.
  bool ok() const noexcept { return ok_; }
  /// The frequency of the period, or of both ends of an interval.
  frequency freq() const noexcept { return freq_; }
  /// True for an interval of two or more periods.
  bool is_interval() const noexcept { return first_ != last_; }
  /// True for a year-to-date interval: months of one calendar year starting in January
  /// (`2020-01/2020-03`). Only these are de-cumulated (F12); `2020-01` alone is a month.
  bool is_ytd() const noexcept;

  /// Ordinal of the period; for an interval, the ordinal of its last period.
  long ordinal() const noexcept { return last_; }
  /// Ordinal of the first period (equal to ordinal() unless is_interval()).
  long first_ordinal() const noexcept { return first_; }
  /// Number of periods of freq() covered (1 unless is_interval()).
  long length() const noexcept { return last_ - first_ + 1; }
  /// The first and the last single period of an interval (the period itself otherwise).
  period first() const noexcept { return from_ordinal(freq_, first_); }
  period last() const noexcept { return from_ordinal(freq_, last_); }

  /// Calendar year of the first day.
  int year() const noexcept;
  /// First and last day, both inclusive.
  boost::gregorian::date start_date() const noexcept;
  boost::gregorian::date end_date() const noexcept;
  /// Number of days covered (leap years included).
  long days() const noexcept;

  /// The period (or interval of the same length) k steps of freq() later; k may be negative.
  period shift(long k) const noexcept;
  period next() const noexcept { return shift(1); }
  period prev() const noexcept { return shift(-1); }
  /// The same period one calendar year earlier: `2020-Q2` → `2019-Q2`,
  /// `2020-01/2020-03` → `2019-01/2019-03`, `2020-02-29` → `2019-02-28`.
  period year_ago() const noexcept;

  /// The period of the coarser frequency f that contains this one (`2018-05` → `2018-Q2`);
  /// not ok() if f is finer than freq() or an interval straddles two periods of f.
  period to_frequency(frequency f) const noexcept;
  /// True when every day of `other` lies within this period.
  bool contains(const period& other) const noexcept;

  /// The guide's string: `2018`, `2018-H1`, `2018-Q2`, `2018-07`, `2018-07-10`,
  /// `FROM/TO`; "invalid" for a period that is not ok().
  std::string to_string() const;

  friend bool operator==(const period& a, const period& b) noexcept {
    return a.ok_ == b.ok_ && a.freq_ == b.freq_ && a.first_ == b.first_ && a.last_ == b.last_;
  }
  /// Order by first day, then last day, then frequency.
  friend std::strong_ordering operator<=>(const period& a, const period& b) noexcept;

 private:
  period(frequency f, long first, long last) noexcept : freq_(f), first_(first), last_(last), ok_(true) {}
  frequency freq_ = frequency::year;
  long first_ = 0;
  long last_ = 0;
  bool ok_ = false;
};

/// Steps of the common frequency from a to b (b.ordinal() − a.ordinal()).
/// Precondition: both ok and of the same frequency.
long distance(const period& a, const period& b);

/// Years between two periods for F6: (ord(b) − ord(a)) / n_f, so 2015 → 2020 is 5 and
/// 2019-Q4 → 2020-Q2 is 0.5. For days: whole anniversaries plus the remaining days over
/// the length of the following year (365 or 366). Precondition: same frequency.
double years_between(const period& a, const period& b);

/// Parse a date written YYYY, YYYY-MM or YYYY-MM-DD (a claim's doc_date) as the period it
/// names; not ok() otherwise.
period parse_date_period(std::string_view text) noexcept;

}  // namespace econclaims
