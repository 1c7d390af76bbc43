// Run-time units: dimensions of canonical unit codes and the unit check of series
// built from data. Unit codes outside ASCII (the count measure words) are compared as
// UTF-8 bytes, written as escapes so that this file stays ASCII.
#include <array>
#include <string>

#include <fmt/format.h>

#include "econclaims/diagnostic.hpp"
#include "econclaims/units.hpp"

namespace econclaims {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool is_currency(std::string_view s) {
  if (s.size() != 3) return false;
  for (char c : s)
    if (c < 'A' || c > 'Z') return false;
  return s != "TEU" && s != "KWH";
}

}  // namespace

dimension_kind dimension_of(std::string_view u) noexcept {
  if (u == "%") return dimension_kind::rate;
  if (u == "pp") return dimension_kind::points;
  if (u == "x") return dimension_kind::multiple;
  if (u == "m2" || u == "mu" || u == "km2") return dimension_kind::area;
  if (u == "m") return dimension_kind::length;
  if (u == "t") return dimension_kind::mass;
  if (u == "m3") return dimension_kind::volume;
  if (u == "kWh") return dimension_kind::energy;
  if (u == "kW") return dimension_kind::power;
  if (u == "t*km") return dimension_kind::freight;
  if (u == "TEU") return dimension_kind::containers;
  if (u == "minute" || u == "hour" || u == "day" || u == "week" || u == "month" || u == "year")
    return dimension_kind::duration;
  if (ends_with(u, "/mu") && is_currency(u.substr(0, u.size() - 3))) return dimension_kind::money_per_area;
  if (const auto slash = u.find('/'); slash != std::string_view::npos && is_currency(u.substr(0, slash)))
    return dimension_kind::money_per_person;
  if (is_currency(u)) return dimension_kind::money;
  if (!u.empty() && static_cast<unsigned char>(u[0]) >= 0x80) return dimension_kind::count;
  return dimension_kind::unknown;
}

bool is_rate_unit(std::string_view u) noexcept {
  const auto d = dimension_of(u);
  return d == dimension_kind::rate || d == dimension_kind::points;
}

void require_same_unit(std::string_view a, std::string_view b, std::string_view what) {
  if (a == b) return;
  std::string remedy;
  if (dimension_of(a) == dimension_kind::money && dimension_of(b) == dimension_kind::money)
    remedy = fmt::format("convert the {} values to {} with an exchange rate first, or select the "
                         "series of one currency", b, a);
  else if (conversion_factor(b, a))
    remedy = fmt::format("convert the {} values to {} first (factor {})", b, a, *conversion_factor(b, a));
  else
    remedy = "these units measure different things and cannot be combined; select series of one unit";
  throw unit_error(fmt::format("{}: {} with unit '{}' and unit '{}'; {}", error_message(errc::unit_mismatch),
                               what, a, b, remedy));
}

std::optional<double> conversion_factor(std::string_view from, std::string_view to) noexcept {
  struct scaled { std::string_view code; dimension_kind d; double to_base; };
  static constexpr std::array table{
      scaled{"m2", dimension_kind::area, 1.0}, scaled{"mu", dimension_kind::area, 10000.0 / 15.0},
      scaled{"km2", dimension_kind::area, 1e6}, scaled{"m", dimension_kind::length, 1.0},
      scaled{"t", dimension_kind::mass, 1.0}, scaled{"minute", dimension_kind::duration, 60.0},
      scaled{"hour", dimension_kind::duration, 3600.0}, scaled{"day", dimension_kind::duration, 86400.0},
      scaled{"week", dimension_kind::duration, 604800.0}};
  if (from == to) return 1.0;
  const scaled* f = nullptr;
  const scaled* t = nullptr;
  for (const auto& s : table) {
    if (s.code == from) f = &s;
    if (s.code == to) t = &s;
  }
  if (!f || !t || f->d != t->d) return std::nullopt;
  return f->to_base / t->to_base;
}

}  // namespace econclaims
