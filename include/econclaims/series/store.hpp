// File: series/store.hpp
// The store: every claim added, kept as an observation, and the series built from them
// on demand. The store takes claims; reading claims files is the exchange format's
// (claims_io.hpp), and read_store() (store_io.hpp) does both.
//
//   auto st = econclaims::read_store("claims.jsonl");
//   auto output = st.series("Example Zone", "规模以上工业总产值");       // levels, actual layer
//   auto g = growth(output, yoy);
//   auto plan = st.target("Example Zone", "规模以上工业总产值");        // the target layer
//   auto then = st.as_of("2020-06-30").series("Example Zone", "规模以上工业总产值");
//
// Indicator names are canonicalized through an indicator_table (synonyms). Claims whose
// modality is target form a separate layer: `series()` never sees them, `target()` only
// them. Claims of kind growth, share, multiple and change form series of their own kind
// (series_query::kind); the checker (series/check.hpp) compares them with the levels.
//
// Conflicts. When several observations give one point of one series, all are kept (in
// point_meta::sources) and one is chosen. The rules, applied in order until one decides:
//   1. an exact value beats any other; an approximate one (约) beats a one-sided bound
//      (超, 以上, 近, 不到, 以下);
//   1b. (applied after rules 1–5 have chosen) when the chosen value agrees, within its
//      printed precision, with finer figures of the same standing (114万亿元 and
//      1143670亿元), the finest of them stands, whenever published: a rounded restatement
//      is no revision. A value that does not agree is a revision;
//   2. a later publication (claim.doc_date) beats an earlier one; an observation without
//      a publication date counts as the earliest. Under vintage_rule::first_release the
//      earlier publication wins instead;
//   3. a publication date stated by the source beats an inferred one;
//   4. a finer printed precision (smaller positive resolution) beats a coarser or unknown one;
//   5. document name, then byte offset, in ascending order (only to be deterministic).
// Sources that give a different value, beyond the coarser one's printed precision, mark
// the point with the flag "conflict".
//
// Vintages. `as_of(date)` keeps the observations published on or before `date` (a
// publication date known only to the month or year counts from its last day; undated
// observations are left out), as ALFRED's real-time view does: what a reader on that date
// could have known. With vintage_rule::first_release the view shows each point as first
// published up to that date instead of as last revised.
//
// Observations that cannot sit on a regular calendar — no period, or an interval other
// than year-to-date (`2016/2020`, `2020-03/2020-05`) — are kept and listed by `unplaced()`.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "econclaims/claim.hpp"
#include "econclaims/diagnostic.hpp"  // format_error
#include "econclaims/period.hpp"
#include "econclaims/indicators.hpp"
#include "econclaims/names.hpp"
#include "econclaims/series/time_series.hpp"

namespace econclaims {

/// One claim as the store keeps it.
struct observation {
  claim source;           ///< the claim as read
  period when;            ///< its period; not ok() when the claim has none
  std::string entity;       ///< canonical entity name (names.hpp): series of one entity join
  std::string entity_code;  ///< its administrative division code, when known
  std::string indicator;    ///< canonical indicator name
  std::string of;           ///< canonical name of the whole, for shares
  std::string origin;     ///< the file it was read from ("" if added directly)
  std::size_t line = 0;   ///< its line in that file (0 if unknown)

  /// True when the observation has a place on a regular calendar.
  bool placed() const noexcept { return when.ok() && (!when.is_interval() || when.is_ytd()); }
  /// The key of the series it belongs to (meaningful when placed()).
  series_key key() const;
};

/// Which side of the store a series comes from.
enum class layer { actual, target };

/// How conflicting publications of one point are resolved (rule 2 above).
enum class vintage_rule { latest, first_release };

/// Narrows `store::series(entity, indicator, query)` when several series match.
struct series_query {
  claim_kind kind = claim_kind::level;
  std::optional<frequency> freq;  ///< any frequency if unset
  std::string unit;               ///< any unit if empty
  std::optional<bool> ytd;        ///< either if unset
};

/// Thrown when a lookup names no series or several; what() lists the candidates.
class lookup_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

class store {
 public:
  /// An empty store that canonicalizes indicators with `table`.
  explicit store(indicator_table table = indicator_table::defaults());

  /// Add one claim. Throws format_error naming origin and line when its period is not
  /// one of the guide's formats.
  void add(const claim& c, std::string_view origin = {}, std::size_t line = 0);
  void add(std::span<const claim> claims);
  /// Claims read from `origin`, claims[i] from line lines[i] (empty: lines unknown).
  void add(std::span<const claim> claims, std::string_view origin, std::span<const std::size_t> lines);

  /// The series of an entity and indicator (either as any text writes it: 广州 finds
  /// 广州市's series, GDP the 国内生产总值). Throws
  /// lookup_error when none matches, and unit_error when only the unit is ambiguous
  /// (the same indicator in CNY and USD): pass series_query::unit.
  time_series series(std::string_view entity, std::string_view indicator, const series_query& q = {}) const;
  /// The same lookup in the target layer.
  time_series target(std::string_view entity, std::string_view indicator, const series_query& q = {}) const;
  /// The series with exactly this key.
  time_series series(const series_key& key, layer l = layer::actual) const;

  /// All keys of a layer, sorted.
  std::vector<series_key> keys(layer l = layer::actual) const;
  /// Every series of a layer, in key order.
  std::vector<time_series> all_series(layer l = layer::actual) const;

  /// The vintage view as of a date (YYYY, YYYY-MM or YYYY-MM-DD); throws period_error for
  /// another form. See the file comment.
  store as_of(std::string_view date) const;
  /// The same store resolving conflicts by the given vintage rule.
  store with_rule(vintage_rule r) const;
  vintage_rule rule() const noexcept { return rule_; }

  const std::vector<observation>& observations() const noexcept { return obs_; }
  /// Observations without a place on a regular calendar.
  std::vector<const observation*> unplaced() const;
  const indicator_table& indicators() const noexcept { return table_; }

  /// True when `a` is chosen over `b` for one point under rule `r` (rules 1–5 above).
  static bool preferred(const observation& a, const observation& b, vintage_rule r = vintage_rule::latest);
  /// The observation one point shows among `candidates` under rule `r`: the preferred one
  /// by rules 1–5, unless it rounds a finer figure it agrees with (rule 1b); nullptr when
  /// there are none.
  static const observation* choose(std::span<const observation* const> candidates,
                                   vintage_rule r = vintage_rule::latest);

 private:
  indicator_table table_;
  std::vector<observation> obs_;
  vintage_rule rule_ = vintage_rule::latest;
};

}  // namespace econclaims
