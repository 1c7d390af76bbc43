// Covers econclaims/units.hpp: dimension_of,
// is_rate_unit, conversion_factor, require_same_unit and unit_error (what the message says),
// and the unit check of series built from data (store lookups with two currencies).
#include <econclaims/series.hpp>

#include "series_helpers.hpp"

using namespace econclaims;

TEST_CASE("run-time dimensions of canonical unit codes") {
  CHECK(dimension_of("CNY") == dimension_kind::money);
  CHECK(dimension_of("CHF") == dimension_kind::money);
  CHECK(dimension_of("CNY/mu") == dimension_kind::money_per_area);
  CHECK(dimension_of("USD/\xe4\xba\xba") == dimension_kind::money_per_person);
  CHECK(dimension_of("\xe5\xae\xb6") == dimension_kind::count);
  CHECK(dimension_of("m2") == dimension_kind::area);
  CHECK(dimension_of("TEU") == dimension_kind::containers);
  CHECK(dimension_of("pp") == dimension_kind::points);
  CHECK(is_rate_unit("%"));
  CHECK(!is_rate_unit("x"));
  CHECK_CLOSE(*conversion_factor("mu", "m2"), 10000.0 / 15.0);
  CHECK(*conversion_factor("hour", "minute") == 60);
  CHECK(!conversion_factor("CNY", "USD"));
  CHECK(!conversion_factor("m2", "t"));
}

TEST_CASE("unit errors name both units and the remedy") {
  CHECK_NOTHROW(require_same_unit("CNY", "CNY", "sum"));
  try {
    require_same_unit("CNY", "USD", "sum of exports");
    FAIL("no unit_error");
  } catch (const unit_error& e) {
    const std::string m = e.what();
    CHECK(m.find("unit_mismatch.201") != std::string::npos);
    CHECK(m.find("sum of exports") != std::string::npos);
    CHECK(m.find("'CNY'") != std::string::npos);
    CHECK(m.find("'USD'") != std::string::npos);
    CHECK(m.find("exchange rate") != std::string::npos);
  }
  CHECK_THROWS_WITH(require_same_unit("m2", "mu", "share"), doctest::Contains("convert the mu values to m2"));
  CHECK_THROWS_WITH(require_same_unit("CNY", "\xe5\xae\xb6", "share"), doctest::Contains("cannot be combined"));
}

TEST_CASE("a series found in two currencies is a unit error, not a guess") {
  store st{indicator_table()};
  st.add(test::level("Zone", "exports", "2019", 100, "CNY"));
  st.add(test::level("Zone", "exports", "2019", 15, "USD"));
  CHECK_THROWS_AS(st.series("Zone", "exports"), unit_error);
  CHECK(st.series("Zone", "exports", {.unit = "USD"})[period("2019")] == 15);
}
