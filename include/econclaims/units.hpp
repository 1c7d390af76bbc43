// File: units.hpp
// The unit vocabulary: canonical unit codes (the exchange format's, as the guide gives
// them: CNY, m2, t, %, pp, x, day, and the measure word itself for counts), their
// dimensions, the fixed factors between codes of one dimension, and the check that keeps
// values of different units apart. The grammars' unit words map to these codes and take
// their dimension from dimension_of(); claims and series carry the codes.
//
//   econclaims::dimension_of("CNY/mu");                    // money_per_area
//   econclaims::conversion_factor("mu", "m2");             // 666.67
//   econclaims::require_same_unit("CNY", "USD", "sum");    // throws unit_error
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace econclaims {

/// The dimension of a canonical unit code at run time.
enum class dimension_kind {
  money, money_per_area, money_per_person, count, area, length, mass, volume, energy,
  power, freight, containers, rate, points, multiple, duration, unknown
};

/// Dimension of a canonical unit code ("CNY" → money, "m2" → area, "%" → rate …).
dimension_kind dimension_of(std::string_view unit_code) noexcept;

/// True for units whose values are rates (%, pp): bounds such as 不到 run to −∞.
bool is_rate_unit(std::string_view unit_code) noexcept;

/// Thrown when values in different units meet in one computation without a conversion.
class unit_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// Throws unit_error unless `a` and `b` are the same unit code. The message names both
/// units, the computation (`what`) and the remedy (convert first, or select one unit).
void require_same_unit(std::string_view a, std::string_view b, std::string_view what);

/// The fixed factor from one unit code to another (mu → m2: 666.67), or nullopt when the
/// two do not convert without outside information (currencies, counts of different things).
std::optional<double> conversion_factor(std::string_view from, std::string_view to) noexcept;

}  // namespace econclaims
