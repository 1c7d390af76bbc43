// Covers: quantity<U> + quantity<V> with different currencies does not compile.
// Built twice: without ECONCLAIMS_SHOULD_FAIL_TO_BUILD it must compile (the ok half),
// with it it must not (the ko half, a ctest with WILL_FAIL).
#include <econclaims/quantity.hpp>

using namespace econclaims;

double mix() {
  quantity<units::cny> a{1};
#ifdef ECONCLAIMS_SHOULD_FAIL_TO_BUILD
  quantity<units::usd> b{1};
#else
  quantity<units::cny> b{1};
#endif
  return (a + b).value();
}
