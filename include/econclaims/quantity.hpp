// File: quantity.hpp
// Typed quantities. A unit is a type with a dimension; `quantity<U>` is a double in unit
// U. Arithmetic is defined only where the domain defines it, so the compiler rejects
// mixing money with a count or CNY with USD:
//
//   using namespace econclaims::units;
//   quantity<cny> a{589.5e8}, b{520.3e8};
//   auto g = growth(a, b);                      // quantity<percent>, 13.30…
//   auto s = a + b;                             // quantity<cny>
//   // a + quantity<usd>{1};                    // does not compile
//   auto u = convert<usd>(a, exchange_rate<cny, usd>{0.14});   // explicit, with its rate
//   auto m = convert<m2>(quantity<mu>{15});     // 10000 m², a fixed factor
//   quantity<pp> d = quantity<percent>{6.1} - quantity<percent>{5.8};   // 0.3 pp (F8)
//
// Series built from data carry their unit as a string (the claim's canonical unit code);
// for them the same rules are checked at run time by `require_same_unit`, which throws
// `unit_error` naming both units.
#pragma once

#include <concepts>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace econclaims {

/// Dimensions. Units of one dimension convert by a fixed factor only where the
/// dimension says so (area, length, mass); money converts only with an exchange rate;
/// counts of different things never convert.
namespace dim {
struct money {};
struct count {};
struct area {};
struct length {};
struct mass {};
struct rate {};        ///< a percentage: growth, share, a rate that is itself the indicator
struct points {};      ///< percentage points, the difference of two rates
struct multiple {};    ///< N times something (倍)
struct duration {};
}  // namespace dim

/// Units. `code` is the canonical unit code of the exchange format; `to_base` (where
/// present) is the factor to the dimension's base unit, which enables `convert<To>(q)`.
namespace units {
struct cny { using dimension = dim::money; static constexpr std::string_view code = "CNY"; };
struct usd { using dimension = dim::money; static constexpr std::string_view code = "USD"; };
struct eur { using dimension = dim::money; static constexpr std::string_view code = "EUR"; };
struct hkd { using dimension = dim::money; static constexpr std::string_view code = "HKD"; };
struct jpy { using dimension = dim::money; static constexpr std::string_view code = "JPY"; };
// Counts, named by what they count; the codes are the measure words 个, 人, 家, 项 (UTF-8).
struct items { using dimension = dim::count; static constexpr std::string_view code = "\xe4\xb8\xaa"; };
struct persons { using dimension = dim::count; static constexpr std::string_view code = "\xe4\xba\xba"; };
struct firms { using dimension = dim::count; static constexpr std::string_view code = "\xe5\xae\xb6"; };
struct projects { using dimension = dim::count; static constexpr std::string_view code = "\xe9\xa1\xb9"; };
struct m2 { using dimension = dim::area; static constexpr std::string_view code = "m2"; static constexpr double to_base = 1; };
/// 1 亩 = 10000/15 m² (about 666.67 m²).
struct mu { using dimension = dim::area; static constexpr std::string_view code = "mu"; static constexpr double to_base = 10000.0 / 15.0; };
struct km2 { using dimension = dim::area; static constexpr std::string_view code = "km2"; static constexpr double to_base = 1e6; };
struct metre { using dimension = dim::length; static constexpr std::string_view code = "m"; static constexpr double to_base = 1; };
struct tonne { using dimension = dim::mass; static constexpr std::string_view code = "t"; static constexpr double to_base = 1; };
struct percent { using dimension = dim::rate; static constexpr std::string_view code = "%"; };
struct pp { using dimension = dim::points; static constexpr std::string_view code = "pp"; };
struct times { using dimension = dim::multiple; static constexpr std::string_view code = "x"; };
struct days { using dimension = dim::duration; static constexpr std::string_view code = "day"; static constexpr double to_base = 1; };
}  // namespace units

/// A type usable as a unit: it names a dimension and a code.
template <class U>
concept unit = requires {
  typename U::dimension;
  { U::code } -> std::convertible_to<std::string_view>;
};

/// A unit with a fixed factor to its dimension's base unit.
template <class U>
concept scaled_unit = unit<U> && requires { { U::to_base } -> std::convertible_to<double>; };

template <class A, class B>
inline constexpr bool same_dimension_v = std::same_as<typename A::dimension, typename B::dimension>;

/// A value in unit U. Construction from a double is explicit; the value is read with value().
template <unit U>
class quantity {
 public:
  using unit_type = U;
  constexpr quantity() noexcept = default;
  constexpr explicit quantity(double v) noexcept : v_(v) {}
  constexpr double value() const noexcept { return v_; }
  static constexpr std::string_view unit_code() noexcept { return U::code; }

  constexpr quantity operator-() const noexcept { return quantity(-v_); }
  constexpr quantity& operator*=(double k) noexcept { v_ *= k; return *this; }
  constexpr quantity& operator/=(double k) noexcept { v_ /= k; return *this; }

  friend constexpr quantity operator*(quantity q, double k) noexcept { return quantity(q.v_ * k); }
  friend constexpr quantity operator*(double k, quantity q) noexcept { return quantity(q.v_ * k); }
  friend constexpr quantity operator/(quantity q, double k) noexcept { return quantity(q.v_ / k); }
  /// The ratio of two values in one unit is a plain number.
  friend constexpr double operator/(quantity a, quantity b) noexcept { return a.v_ / b.v_; }
  friend constexpr auto operator<=>(quantity, quantity) noexcept = default;

 private:
  double v_ = 0;
};

/// Levels of one unit add and subtract. Rates do not: the difference of two rates is in
/// percentage points, defined below.
template <unit U>
  requires(!std::same_as<U, units::percent>)
constexpr quantity<U> operator+(quantity<U> a, quantity<U> b) noexcept {
  return quantity<U>(a.value() + b.value());
}
template <unit U>
  requires(!std::same_as<U, units::percent>)
constexpr quantity<U> operator-(quantity<U> a, quantity<U> b) noexcept {
  return quantity<U>(a.value() - b.value());
}
/// F8: the difference of two rates, in percentage points (提高0.3个百分点).
constexpr quantity<units::pp> operator-(quantity<units::percent> a, quantity<units::percent> b) noexcept {
  return quantity<units::pp>(a.value() - b.value());
}
/// A rate moved by some percentage points is a rate.
constexpr quantity<units::percent> operator+(quantity<units::percent> a, quantity<units::pp> d) noexcept {
  return quantity<units::percent>(a.value() + d.value());
}

/// Convert between units of one dimension that have fixed factors (mu → m2, km2 → m2).
template <scaled_unit To, scaled_unit From>
  requires same_dimension_v<To, From>
constexpr quantity<To> convert(quantity<From> q) noexcept {
  return quantity<To>(q.value() * From::to_base / To::to_base);
}

/// An exchange rate: one unit of From is worth `rate` units of To.
template <unit From, unit To>
  requires(std::same_as<typename From::dimension, dim::money> && same_dimension_v<From, To>)
struct exchange_rate {
  double rate;
};

/// Convert money between currencies with an explicit exchange rate.
template <unit To, unit From>
  requires std::same_as<typename From::dimension, dim::money>
constexpr quantity<To> convert(quantity<From> q, exchange_rate<From, To> r) noexcept {
  return quantity<To>(q.value() * r.rate);
}

/// F2 on two quantities: 100·(now/base − 1), in percent.
template <unit U>
constexpr quantity<units::percent> growth(quantity<U> now, quantity<U> base) noexcept {
  return quantity<units::percent>(100.0 * (now / base - 1.0));
}
/// F10: 100·part/whole, in percent.
template <unit U>
constexpr quantity<units::percent> share(quantity<U> part, quantity<U> whole) noexcept {
  return quantity<units::percent>(100.0 * (part / whole));
}
/// F9 是…的k倍: now/base as a multiple.
template <unit U>
constexpr quantity<units::times> multiple(quantity<U> now, quantity<U> base) noexcept {
  return quantity<units::times>(now / base);
}

// ---------------------------------------------------------------------------------------
// Run-time units, for series built from data.

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
