// Internals of the HTML report (include/econclaims/report.hpp), shared by its
// translation units: the page's style and script, number formatting and the charts.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "econclaims/series.hpp"

namespace econclaims::detail::report {

/// The page's inline stylesheet and script (assets.cpp).
extern const std::string_view style_sheet;
extern const std::string_view script;

/// A value for people: money in 亿/万 with its currency, percentages with %, other units
/// after the number; up to `digits` significant digits, no trailing zeros.
std::string format_value(double v, std::string_view unit, int digits = 6);
/// The bare number part of format_value (used for axis ticks, which share one unit).
std::string format_number(double v, int digits = 6);

/// Finds the claim a series point came from: (doc, byte span, value) → the claim's
/// index in the report. Several claims may share a span (a list read twice); the value
/// then decides.
class source_index {
 public:
  void add(const claim& c, std::size_t index);
  std::optional<std::size_t> find(const source_ref& s) const;

 private:
  struct entry {
    double value;
    std::size_t index;
  };
  std::map<std::tuple<std::string, std::size_t, std::size_t>, std::vector<entry>> map_;
};

/// The SVG charts of every series in the store, as a sequence of <figure> elements.
/// `points` receives the number of chart points drawn, `linked` those that name their
/// source claim.
std::string render_charts(const store& st, const source_index& sources, bool computed_growth,
                          std::size_t& points, std::size_t& linked);

}  // namespace econclaims::detail::report
