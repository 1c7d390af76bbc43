// File: series/check.hpp
// The consistency check (F15–F17): every reported growth, share, multiple and change of
// the actual layer is recomputed from the levels in the store, with every number an
// interval (series/bounds.hpp), and given a verdict.
//
//   for (const auto& r : econclaims::check(st))
//     fmt::print("{} {} {}\n", r.claim->quote, r.implied.to_string(), to_string(r.result));
//
// What is compared:
// - growth (unit %): 100·(x[p]/x[basis] − 1) from the levels of the same entity and
//   indicator; the basis defaults to the same period a year before. A growth over an
//   interval of years (`2016/2020`) is an average annual rate (F6) from the year before
//   the interval (or the basis) to its end, Y = 5 for 2016—2020;
// - growth in pp: the difference of the rates x[p] − x[basis] when the level is in %;
// - share: 100·x/X, the whole X being the level of the claim's `of` indicator for the
//   same entity, or else the same indicator of the entity named by `of`;
// - multiple: x[p]/x[basis];
// - change: x[p] − x[basis], in the level's unit.
// Verdicts: agree when the reported and the implied intervals intersect, disagree when
// they do not, not checkable when a level is missing or not comparable. Two cases are
// "not checkable" even when levels are present, with the implied figures in `note`:
// - a growth at comparable prices (price_basis "real", or an indicator marked @real and
//   no price basis given) against current-price levels: F16 implied deflator;
// - a growth of an indicator on the comparable base (@comparable) that disagrees with the
//   published levels: F17 implied base B* = x[p]/(1 + g/100) and its gap d to the level
//   published for the basis period.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "econclaims/series/bounds.hpp"
#include "econclaims/series/store.hpp"

namespace econclaims {

enum class verdict { agree, disagree, not_checkable };

/// "agree", "disagree", "not checkable".
std::string_view to_string(verdict) noexcept;

struct check_options {
  bounds_options bounds;        ///< ε for approximate values
  double base_tolerance = 0.01; ///< F17: |d| above this is a comparable-base break candidate
};

struct check_result {
  const observation* claim = nullptr;  ///< the claim checked (points into the store)
  bounds reported;                     ///< its interval
  bounds implied;                      ///< recomputed from the levels; empty if not computable
  verdict result = verdict::not_checkable;
  std::string note;                    ///< implied deflator, implied base, or why not checkable
};

/// Check every actual growth, share, multiple and change claim of the store, in the
/// store's order.
std::vector<check_result> check(const store& st, const check_options& options = {});

}  // namespace econclaims
