// Covers econclaims/series/bounds.hpp (bounds_of, intersects, growth_bounds, cagr_bounds,
// ratio_bounds, share_bounds, difference_bounds, comparable_base_bounds) and
// econclaims/series/check.hpp (check: agree, disagree, not checkable with the F16 implied
// deflator and the F17 implied comparable base).
#include <econclaims/series.hpp>

#include "series_helpers.hpp"

using namespace econclaims;
using test::level;

namespace {

claim growth_claim(std::string period, double g, double resolution, std::string basis = {},
                   std::string indicator = "output") {
  claim c = level("Zone", std::move(indicator), std::move(period), g, "%", "g.txt");
  c.kind = claim_kind::growth;
  c.basis = std::move(basis);
  c.resolution = resolution;
  return c;
}

claim lv(std::string period, double v, double resolution = 0, std::string indicator = "output") {
  claim c = level("Zone", std::move(indicator), std::move(period), v);
  c.resolution = resolution;
  return c;
}

std::vector<check_result> run(std::initializer_list<claim> claims, indicator_table t = indicator_table()) {
  static std::vector<store> keep;  // results point into the store
  keep.emplace_back(std::move(t));
  for (const auto& c : claims) keep.back().add(c);
  return check(keep.back());
}

}  // namespace

TEST_CASE("F15 intervals from printed precision and qualifiers") {
  claim c = lv("2019", 5.895e10, 5e6);  // 589.5亿元 → [589.45, 589.55)亿元
  bounds b = bounds_of(c);
  CHECK(b.lo == 5.8945e10);
  CHECK(b.hi == 5.8955e10);
  CHECK(b.lo_closed);
  CHECK(!b.hi_closed);
  c.qual = qualifier::approx;  // widened by 5 %: [589.45·0.95, 589.55·1.05]
  b = bounds_of(c);
  CHECK_CLOSE(b.lo, 5.8945e10 * 0.95);
  CHECK_CLOSE(b.hi, 5.8955e10 * 1.05);
  c.qual = qualifier::over;
  CHECK((bounds_of(c).lo == 5.895e10 && !bounds_of(c).lo_closed && std::isinf(bounds_of(c).hi)));
  c.qual = qualifier::under;  // a level: [0, v)
  CHECK(bounds_of(c).lo == 0);
  claim g = growth_claim("2019", 5, 0.5);
  g.qual = qualifier::under;  // a rate: (−inf, v)
  CHECK(std::isinf(bounds_of(g).lo));
  g.qual = qualifier::nearly;  // [v(1 − ε), v) = [4.75, 5)
  CHECK_CLOSE(bounds_of(g).lo, 4.75);
  claim r = lv("2019", 3, 0);
  r.value_hi = 5;  // 3到5 → [3, 5]
  CHECK((bounds_of(r).lo == 3 && bounds_of(r).hi == 5));
  CHECK(intersects({1, 2, true, false}, {2, 3, true, true}) == false);  // [1,2) and [2,3]
  CHECK(intersects({1, 2, true, true}, {2, 3, true, true}));
  CHECK(bounds{13.25, 13.35, true, false}.to_string() == "[13.25,13.35)");
}

TEST_CASE("F15 worked example: 589.5 and 520.3 against a reported 13.3 %") {
  // Implied: [100(589.45/520.35 − 1), 100(589.55/520.25 − 1)] = [13.2795…, 13.3205…]
  const auto res = run({lv("2018", 5.203e10, 5e6), lv("2019", 5.895e10, 5e6), growth_claim("2019", 13.3, 0.05, "2018")});
  REQUIRE(res.size() == 1);
  CHECK_CLOSE(res[0].implied.lo, 100.0 * (589.45 / 520.35 - 1.0));
  CHECK_CLOSE(res[0].implied.hi, 100.0 * (589.55 / 520.25 - 1.0));
  CHECK(std::fabs(res[0].implied.lo - 13.280) < 1e-3);
  CHECK(std::fabs(res[0].implied.hi - 13.321) < 1e-3);
  CHECK(res[0].result == verdict::agree);
  // 15 % cannot be rounded from the levels
  CHECK(run({lv("2018", 5.203e10, 5e6), lv("2019", 5.895e10, 5e6), growth_claim("2019", 15, 0.5)})[0].result ==
        verdict::disagree);
}

TEST_CASE("approximate and one-sided reported values") {
  // levels 100 → 111: 11 %. "约10%" (±0.5, then ε = 5 %): [9.025, 11.025] → agree;
  // an exact 10 % is [9.5, 10.5) → disagree; 超10% is (10, inf) → agree.
  claim approx = growth_claim("2020", 10, 0.5);
  approx.qual = qualifier::approx;
  CHECK(run({lv("2019", 100), lv("2020", 111), approx})[0].result == verdict::agree);
  CHECK(run({lv("2019", 100), lv("2020", 111), growth_claim("2020", 10, 0.5)})[0].result == verdict::disagree);
  claim over = growth_claim("2020", 10, 0.5);
  over.qual = qualifier::over;
  CHECK(run({lv("2019", 100), lv("2020", 111), over})[0].result == verdict::agree);
  CHECK(run({lv("2019", 100), lv("2020", 109), over})[0].result == verdict::disagree);
}

TEST_CASE("missing levels are not checkable") {
  const auto res = run({lv("2020", 111), growth_claim("2020", 11, 0.5)});
  CHECK(res[0].result == verdict::not_checkable);
  CHECK(res[0].implied.empty());
  CHECK(res[0].note.find("2019") != std::string::npos);
}

TEST_CASE("F16: real growth against nominal levels shows the implied deflator") {
  // nominal 100 → 108 (8 %), real 5 % → deflator 100·(1.08/1.05 − 1) = 2.857 %
  claim g = growth_claim("2020", 5, 0);
  g.price_basis = "real";
  const auto res = run({lv("2019", 100), lv("2020", 108), g});
  CHECK(res[0].result == verdict::not_checkable);
  CHECK(res[0].note.find("deflator [2.857142857,2.857142857]%") != std::string::npos);
  // an indicator marked @real is real unless the claim says nominal
  indicator_table t;
  t.load("@real value added\n", "t");
  CHECK(run({lv("2019", 100, 0, "value added"), lv("2020", 108, 0, "value added"),
             growth_claim("2020", 5, 0, {}, "value added")}, t)[0].result == verdict::not_checkable);
  claim nominal = growth_claim("2020", 8, 0, {}, "value added");
  nominal.price_basis = "nominal";
  CHECK(run({lv("2019", 100, 0, "value added"), lv("2020", 108, 0, "value added"), nominal}, t)[0].result ==
        verdict::agree);
}

TEST_CASE("F17: growth on a comparable base shows the implied base") {
  // profits: published 2017 = 100, 2018 = 94 (−6 %), reported growth +16.5 % on the
  // same-batch base: B* = 94/1.165 = 80.686…, d = 80.686/100 − 1 = −19.3 %.
  indicator_table t;
  t.load("@comparable profit\n", "t");
  const auto res = run({lv("2017", 100, 0, "profit"), lv("2018", 94, 0, "profit"),
                        growth_claim("2018", 16.5, 0, {}, "profit")}, t);
  CHECK(res[0].result == verdict::not_checkable);
  CHECK(res[0].note.find("-19.3%") != std::string::npos);
  const bounds b = comparable_base_bounds(bounds::point(94), bounds::point(16.5));
  CHECK_CLOSE(b.lo, 94.0 / 1.165);
  // the same numbers for an ordinary indicator disagree
  CHECK(run({lv("2017", 100), lv("2018", 94), growth_claim("2018", 16.5, 0)})[0].result == verdict::disagree);
}

TEST_CASE("average annual growth over an interval of years (F6, Y = 5)") {
  // 2016/2020 from 2015 = 100 to 2020 = 150: 8.4472 %; reported 8.4 → [8.35, 8.45) agrees
  const auto res = run({lv("2015", 100), lv("2020", 150), growth_claim("2016/2020", 8.4, 0.05)});
  CHECK_CLOSE(res[0].implied.lo, 100.0 * (std::pow(1.5, 0.2) - 1.0));
  CHECK(res[0].result == verdict::agree);
  // with the off-by-one Y = 4 (8.4 vs 10.668 %) it would not; 7.0 (the Y = 6 answer) disagrees
  CHECK(run({lv("2015", 100), lv("2020", 150), growth_claim("2016/2020", 7.0, 0.05)})[0].result == verdict::disagree);
}

TEST_CASE("shares, multiples, changes and pp") {
  // share: 30 of 120 = 25 %
  claim s = level("Zone", "exports", "2020", 25, "%");
  s.kind = claim_kind::share;
  s.of = "trade";
  s.resolution = 0.5;
  CHECK(run({level("Zone", "exports", "2020", 30), level("Zone", "trade", "2020", 120), s})[0].result == verdict::agree);
  // multiple: 是2019年的2倍以上, 190/100 = 1.9 → disagree; 200/100 = 2 → agree
  claim m = level("Zone", "output", "2020", 2, "x");
  m.kind = claim_kind::multiple;
  m.basis = "2019";
  m.qual = qualifier::at_least;
  CHECK(run({lv("2019", 100), lv("2020", 190), m})[0].result == verdict::disagree);
  CHECK(run({lv("2019", 100), lv("2020", 200), m})[0].result == verdict::agree);
  // change: 增加5家 from 7 to 12 → agree
  claim ch = level("Zone", "firms", "2020", 5, "\xe5\xae\xb6");
  ch.kind = claim_kind::change;
  CHECK(run({level("Zone", "firms", "2019", 7, "\xe5\xae\xb6"), level("Zone", "firms", "2020", 12, "\xe5\xae\xb6"), ch})[0]
            .result == verdict::agree);
  // 提高0.3个百分点: rate 5.8 % → 6.1 %
  claim pp = level("Zone", "rate", "2020", 0.3, "pp");
  pp.kind = claim_kind::growth;
  pp.resolution = 0.05;
  CHECK(run({level("Zone", "rate", "2019", 5.8, "%"), level("Zone", "rate", "2020", 6.1, "%"), pp})[0].result ==
        verdict::agree);
  // a YTD growth whose basis names the previous year compares the same interval
  CHECK(run({lv("2019-01/2019-03", 300), lv("2020-01/2020-03", 330), growth_claim("2020-01/2020-03", 10, 0.05, "2019")})[0]
            .result == verdict::agree);
}

TEST_CASE("targets are not checked") {
  claim g = growth_claim("2021", 10, 0.5);
  g.mode = modality::target;
  CHECK(run({lv("2020", 100), g}).empty());
}
