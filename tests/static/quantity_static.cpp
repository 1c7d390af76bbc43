// Covers: quantity<U> arithmetic, convert<To>, exchange_rate, growth/share/multiple on
// quantities, and the absence of operators between different units (econclaims/quantity.hpp).
// Only static_asserts: a successful compile is the test.
#include <econclaims/quantity.hpp>

namespace {

using namespace econclaims;
using namespace econclaims::units;

template <class A, class B>
concept addable = requires(A a, B b) { a + b; };
template <class A, class B>
concept subtractable = requires(A a, B b) { a - b; };

// Same unit: adds; different currencies, money and counts, counts of different things: no.
static_assert(addable<quantity<cny>, quantity<cny>>);
static_assert(!addable<quantity<cny>, quantity<usd>>);
static_assert(!addable<quantity<cny>, quantity<items>>);
static_assert(!addable<quantity<persons>, quantity<firms>>);
static_assert(!addable<quantity<m2>, quantity<mu>>);
static_assert(!addable<quantity<cny>, double>);
// Rates: % − % is pp (F8); % + % is not defined; % + pp is a rate.
static_assert(!addable<quantity<percent>, quantity<percent>>);
static_assert(std::same_as<decltype(quantity<percent>{} - quantity<percent>{}), quantity<pp>>);
static_assert(std::same_as<decltype(quantity<percent>{} + quantity<pp>{}), quantity<percent>>);
static_assert(!subtractable<quantity<percent>, quantity<pp>>);

// Values: 1.5 + 2.5 = 4; 6.1 − 5.8 = 0.3 pp (up to rounding of the binary fractions).
static_assert((quantity<cny>{1.5} + quantity<cny>{2.5}).value() == 4.0);
static_assert((quantity<percent>{6.5} - quantity<percent>{5.0}).value() == 1.5);
// Ratio of one unit is a number: 150/100 = 1.5.
static_assert(quantity<cny>{150} / quantity<cny>{100} == 1.5);
// Fixed factors: 15 mu = 15 · 10000/15 m² = 10000 m²; 2 km² = 2e6 m².
static_assert(convert<m2>(quantity<mu>{15}).value() == 10000.0);
static_assert(convert<m2>(quantity<km2>{2}).value() == 2e6);
// Money converts only with a rate: 100 CNY at 0.25 USD/CNY = 25 USD.
static_assert(convert<usd>(quantity<cny>{100}, exchange_rate<cny, usd>{0.25}).value() == 25.0);
template <class To, class From>
concept fixed_convertible = requires(quantity<From> q) { convert<To>(q); };
static_assert(!fixed_convertible<usd, cny>);
static_assert(!fixed_convertible<m2, items>);
// F2/F10/F9 on quantities: 150 vs 100 → 50 %, 25 of 200 → 12.5 %, 300 vs 100 → 3 x.
static_assert(growth(quantity<cny>{150}, quantity<cny>{100}).value() == 50.0);
static_assert(share(quantity<cny>{25}, quantity<cny>{200}).value() == 12.5);
static_assert(multiple(quantity<cny>{300}, quantity<cny>{100}).value() == 3.0);
static_assert(quantity<cny>::unit_code() == "CNY");

}  // namespace
