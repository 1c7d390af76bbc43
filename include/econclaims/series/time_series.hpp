// File: series/time_series.hpp
// An indicator time series: a key (entity, indicator, unit, kind, frequency, and whether
// the points are year-to-date cumulatives), a regular calendar index (the first
// period's ordinal and one value per consecutive period), values in an Eigen array with
// NaN for gaps, and for every point its qualifier and the sources it comes from.
//
//   const time_series& s = …;
//   for (Eigen::Index i = 0; i < s.size(); ++i)
//     if (s.present(i)) fmt::print("{} {}\n", s.period_at(i).to_string(), s.values()(i));
//   double v = s[period::from_string("2019")];    // NaN when 2019 is missing
//
// A year-to-date series (key().ytd) holds C[y, m], the flow of y-01 … y-m, at the
// position of month y-m; its periods print as `2020-01/2020-03`. Its year-ago value is
// 12 positions back, the same interval of the previous year (F3).
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <vector>

#include <Eigen/Core>

#include "econclaims/claim.hpp"
#include "econclaims/period.hpp"
#include "econclaims/indicators.hpp"

namespace econclaims {

/// Identifies a series. Two series with the same key are the same series.
struct series_key {
  std::string entity;
  std::string indicator;  ///< canonical indicator name
  std::string unit;       ///< canonical unit code
  claim_kind kind = claim_kind::level;
  frequency freq = frequency::year;
  bool ytd = false;       ///< points are year-to-date cumulatives (month intervals from January)

  /// `entity|indicator|unit|kind|freq` (+ `|ytd`), for messages and wide CSV headers.
  std::string to_string() const;
  friend auto operator<=>(const series_key&, const series_key&) = default;
  friend bool operator==(const series_key&, const series_key&) = default;
};

/// Where one value comes from: the document, the bytes of the quote, the publication
/// date (the claim's doc_date), the quote, and the value that document gives.
struct source_ref {
  std::string doc;
  byte_span span;
  std::string published;
  std::string quote;
  double value = 0;
  qualifier qual = qualifier::exact;

  friend bool operator==(const source_ref&, const source_ref&) = default;
};

/// What is known about one point besides its value.
struct point_meta {
  qualifier qual = qualifier::exact;  ///< of the chosen value; for computed points the least exact input's
  double resolution = 0;              ///< half a unit of the last printed digit (0: unknown)
  /// The chosen source first, then every other source that gives this point; for a
  /// computed point, the sources of all the points it was computed from.
  std::vector<source_ref> sources;
  /// Notes: "conflict" when sources disagree, "nonpositive base" for a growth that has
  /// no meaning, "estimated" for values not measured.
  std::string flag;
};

class time_series {
 public:
  time_series() = default;
  /// A series whose values[i] is the period with ordinal first_ordinal + i on the calendar
  /// of key.freq (for a ytd series, the months of the interval ends).
  time_series(series_key key, long first_ordinal, Eigen::ArrayXd values, measure m = measure::flow);

  const series_key& key() const noexcept { return key_; }
  series_key& key() noexcept { return key_; }
  measure measure_type() const noexcept { return measure_; }
  void set_measure(measure m) noexcept { measure_ = m; }

  Eigen::Index size() const noexcept { return values_.size(); }
  bool empty() const noexcept { return values_.size() == 0; }
  /// Number of points that are present (not NaN).
  Eigen::Index count() const noexcept;
  bool present(Eigen::Index i) const noexcept { return values_(i) == values_(i); }

  const Eigen::ArrayXd& values() const noexcept { return values_; }
  /// Ordinal of values()[0] on the calendar of key().freq.
  long first_ordinal() const noexcept { return first_; }

  /// The period of position i: a single period, or for a ytd series the interval y-01/y-m.
  period period_at(Eigen::Index i) const;
  period first_period() const { return period_at(0); }
  period last_period() const { return period_at(size() - 1); }
  /// The position of a period of this series' shape, or nullopt when it is outside.
  std::optional<Eigen::Index> index_of(const period& p) const;
  /// The value at a period; NaN when it is missing or outside the series.
  double operator[](const period& p) const;

  const point_meta& meta(Eigen::Index i) const { return meta_[static_cast<std::size_t>(i)]; }
  point_meta& meta(Eigen::Index i) { return meta_[static_cast<std::size_t>(i)]; }

  /// Set a value (NaN clears it) at position i.
  void set(Eigen::Index i, double v) { values_(i) = v; }

  /// The same series trimmed of leading and trailing gaps.
  time_series trimmed() const;

 private:
  series_key key_;
  long first_ = 0;
  Eigen::ArrayXd values_;
  std::vector<point_meta> meta_;
  measure measure_ = measure::flow;
};

}  // namespace econclaims
