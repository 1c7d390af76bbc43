// Covers econclaims/period.hpp: period parsing and printing (period{text}.ok(),
// period::parse, period::from_string), frequencies, ordinals, shift/next/prev, year_ago,
// distance, years_between, to_frequency, contains, start/end dates, leap years,
// parse_date_period.
#include <doctest/doctest.h>

#include <econclaims/period.hpp>

using econclaims::frequency;
using econclaims::period;

TEST_CASE("guide strings parse and print back exactly") {
  for (const char* s : {"2018", "2018-H1", "2018-H2", "2018-Q2", "2018-07", "2018-07-10", "2020-01/2020-03",
                        "2016/2020", "2019-Q4/2020-Q2"}) {
    const period p{s};
    CHECK_MESSAGE(p.ok(), s);
    CHECK(p.to_string() == s);
  }
  CHECK(period("2018").freq() == frequency::year);
  CHECK(period("2018-H2").freq() == frequency::half);
  CHECK(period("2018-Q2").freq() == frequency::quarter);
  CHECK(period("2018-07").freq() == frequency::month);
  CHECK(period("2018-07-10").freq() == frequency::day);
}

TEST_CASE("ill-formed periods are not ok") {
  for (const char* s : {"2018-Q5", "2018-Q0", "2018-H3", "2018-13", "2018-00", "2019-02-29", "2018-7", "18",
                        "2018-", "2018/", "2020-03/2020-01", "2020-01/2020", "", "abcd", "2018-07-32", "\xef\xbc\x91\xef\xbc\x99\xef\xbc\x99\xef\xbc\x99"}) {
    CHECK_MESSAGE(!period(s).ok(), s);
    CHECK(!period::parse(s));
  }
  CHECK_THROWS_AS(period::from_string("2018-Q5"), econclaims::period_error);
  CHECK_THROWS_WITH(period::from_string("2018-Q5"), doctest::Contains("2018-Q5"));
  CHECK(period::from_string("2018-Q4") == period::quarter(2018, 4));
  CHECK(period().to_string() == "invalid");
}

TEST_CASE("a one-period interval is that period") {
  CHECK(period("2020-01/2020-01") == period::month(2020, 1));
  CHECK(!period("2020-01/2020-01").is_interval());
}

TEST_CASE("leap years come from the calendar") {
  CHECK(period("2020-02-29").ok());
  CHECK(!period("2019-02-29").ok());
  CHECK(!period("1900-02-29").ok());  // divisible by 100, not by 400
  CHECK(period("2000-02-29").ok());   // divisible by 400
  CHECK(period("2020-02").days() == 29);
  CHECK(period("2019-02").days() == 28);
  CHECK(period("2020").days() == 366);
  CHECK(period("2020-H1").days() == 182);  // 31+29+31+30+31+30
  CHECK(period("2019-Q1").days() == 90);   // 31+28+31
  CHECK(period("2020-01/2020-03").days() == 91);
}

TEST_CASE("next, previous and year ago follow the calendar") {
  CHECK(period("2018-Q4").next().to_string() == "2019-Q1");
  CHECK(period("2019-01").prev().to_string() == "2018-12");
  CHECK(period("2018-H2").next().to_string() == "2019-H1");
  CHECK(period("2020-03-01").prev().to_string() == "2020-02-29");
  CHECK(period("2019-12-31").next().to_string() == "2020-01-01");
  CHECK(period("2020-Q2").year_ago().to_string() == "2019-Q2");
  CHECK(period("2020-07").year_ago().to_string() == "2019-07");
  CHECK(period("2020-H1").year_ago().to_string() == "2019-H1");
  CHECK(period("2020-01/2020-03").year_ago().to_string() == "2019-01/2019-03");
  CHECK(period("2020-02-29").year_ago().to_string() == "2019-02-28");
  CHECK(period("2021-02-28").year_ago().to_string() == "2020-02-28");  // not snapped to the 29th
  CHECK(period("2018-Q2").shift(-6).to_string() == "2016-Q4");
}

TEST_CASE("ordinals and distances") {
  // month ordinal = 12·y + m − 1: 2018-07 → 24216 + 6 = 24222
  CHECK(period("2018-07").ordinal() == 24222);
  CHECK(period("2018-Q2").ordinal() == 2018 * 4 + 1);
  CHECK(distance(period("2018-11"), period("2019-02")) == 3);
  CHECK(distance(period("2020-02-27"), period("2020-03-01")) == 3);  // 28, 29 Feb, 1 Mar
  CHECK_THROWS_AS(distance(period("2018"), period("2018-Q1")), econclaims::contract_violation);
}

TEST_CASE("years between periods for CAGR") {
  CHECK(years_between(period("2015"), period("2020")) == 5.0);
  CHECK(years_between(period("2019-Q4"), period("2020-Q2")) == 0.5);
  CHECK(years_between(period("2018-H1"), period("2020-H2")) == 2.5);
  CHECK(years_between(period("2019-03"), period("2020-12")) == doctest::Approx(21.0 / 12).epsilon(1e-12));
  // Days: one anniversary (2019-03-01 → 2020-03-01), then 0 days.
  CHECK(years_between(period("2019-03-01"), period("2020-03-01")) == 1.0);
  // 2020-01-01 → 2020-07-01: 182 days of a 366-day year (2020-01-01 → 2021-01-01).
  CHECK(years_between(period("2020-01-01"), period("2020-07-01")) == doctest::Approx(182.0 / 366).epsilon(1e-12));
}

TEST_CASE("conversion to a coarser frequency and containment") {
  CHECK(period("2018-05").to_frequency(frequency::quarter).to_string() == "2018-Q2");
  CHECK(period("2018-05").to_frequency(frequency::half).to_string() == "2018-H1");
  CHECK(period("2018-Q3").to_frequency(frequency::year).to_string() == "2018");
  CHECK(period("2018-12-31").to_frequency(frequency::month).to_string() == "2018-12");
  CHECK(period("2020-01/2020-03").to_frequency(frequency::quarter).to_string() == "2020-Q1");
  CHECK(!period("2020-01/2020-04").to_frequency(frequency::quarter).ok());  // straddles Q1 and Q2
  CHECK(!period("2018").to_frequency(frequency::month).ok());               // finer
  CHECK(period("2018").contains(period("2018-Q3")));
  CHECK(period("2018-H1").contains(period("2018-Q2")));
  CHECK(!period("2018-H1").contains(period("2018-Q3")));
  CHECK(period("2020-01/2020-06").contains(period("2020-Q2")));
}

TEST_CASE("year-to-date intervals") {
  CHECK(period("2020-01/2020-03").is_ytd());
  CHECK(period("2020-01/2020-02").is_ytd());
  CHECK(!period("2020-03/2020-05").is_ytd());  // does not start in January
  CHECK(!period("2019-01/2020-03").is_ytd());  // crosses a year
  CHECK(!period("2020-01").is_ytd());
  CHECK(!period("2016/2020").is_ytd());
}

TEST_CASE("ordering and dates") {
  CHECK(period("2018") < period("2018-Q1/2018-Q1").next());  // the year starts before Q2
  CHECK(period("2018-01") < period("2018-01/2018-03"));       // same start, earlier end
  CHECK(period("2018-03-31").end_date() == period("2018-Q1").end_date());
  CHECK(period("2018-Q3").start_date() == boost::gregorian::date(2018, 7, 1));
  CHECK(econclaims::parse_date_period("2020-05").ok());
  CHECK(!econclaims::parse_date_period("2020-Q2").ok());
  CHECK(econclaims::parse_frequency("quarter") == frequency::quarter);
  CHECK(!econclaims::parse_frequency("weekly"));
}
