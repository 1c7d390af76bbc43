// The store and the time_series it builds. Series are built on demand from the
// observations: group the placed observations of one key by ordinal, choose one per
// point by the documented rules, lay the points on a regular calendar.
#include "econclaims/series/store.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include <fmt/format.h>

#include "econclaims/diagnostic.hpp"
#include "econclaims/units.hpp"

namespace econclaims {

// ---------------------------------------------------------------------------------------
// series_key, time_series

std::string series_key::to_string() const {
  return fmt::format("{}|{}|{}|{}|{}{}", entity, indicator, unit, econclaims::to_string(kind),
                     econclaims::to_string(freq), ytd ? "|ytd" : "");
}

time_series::time_series(series_key key, long first_ordinal, Eigen::ArrayXd values, measure m)
    : key_(std::move(key)), first_(first_ordinal), values_(std::move(values)),
      meta_(static_cast<std::size_t>(values_.size())), measure_(m) {}

Eigen::Index time_series::count() const noexcept { return (values_ == values_).count(); }

period time_series::period_at(Eigen::Index i) const {
  const period p = period::from_ordinal(key_.freq, first_ + static_cast<long>(i));
  if (!key_.ytd) return p;
  return period::interval(period::month(p.year(), 1), p);
}

std::optional<Eigen::Index> time_series::index_of(const period& p) const {
  if (!p.ok() || p.freq() != key_.freq) return std::nullopt;
  if (key_.ytd ? !(p.is_ytd() || (!p.is_interval() && p.ordinal() % 12 == 0)) : p.is_interval())
    return std::nullopt;
  const long i = p.ordinal() - first_;
  if (i < 0 || i >= values_.size()) return std::nullopt;
  return static_cast<Eigen::Index>(i);
}

double time_series::operator[](const period& p) const {
  auto i = index_of(p);
  return i ? values_(*i) : std::numeric_limits<double>::quiet_NaN();
}

time_series time_series::trimmed() const {
  Eigen::Index a = 0, b = size();
  while (a < b && !present(a)) ++a;
  while (b > a && !present(b - 1)) --b;
  time_series out(key_, first_ + static_cast<long>(a), values_.segment(a, b - a), measure_);
  for (Eigen::Index i = a; i < b; ++i) out.meta(i - a) = meta(i);
  return out;
}

// ---------------------------------------------------------------------------------------
// observations and the choice among them

series_key observation::key() const {
  return {entity, indicator, source.unit, source.kind, when.freq(), when.is_ytd()};
}

namespace {

int qualifier_rank(qualifier q) {
  switch (q) {
    case qualifier::exact: return 0;
    case qualifier::approx: return 1;
    default: return 2;
  }
}

// Publication date as a (first day, last day) pair of day numbers; undated → earliest.
std::pair<long, long> published(const observation& o) {
  const period p = parse_date_period(o.source.doc_date);
  if (!p.ok()) return {std::numeric_limits<long>::min(), std::numeric_limits<long>::min()};
  return {static_cast<long>(p.start_date().day_number()), static_cast<long>(p.end_date().day_number())};
}

bool same_value(double a, double b) {
  return a == b || std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

// Do two values agree within the printed precision of the coarser (half a unit of its
// last digit; a value without a known precision agrees only with itself)?
bool agree_within_precision(const claim& a, const claim& b) {
  const double coarse = std::max(a.resolution, b.resolution);
  if (!(coarse > 0) || a.resolution <= 0 || b.resolution <= 0) return same_value(a.value, b.value);
  return std::fabs(a.value - b.value) <= coarse * (1 + 1e-9);
}

}  // namespace

const observation* store::choose(std::span<const observation* const> candidates, vintage_rule r) {
  if (candidates.empty()) return nullptr;
  const observation* best = candidates.front();
  for (const observation* o : candidates)
    if (preferred(*o, *best, r)) best = o;
  // 1b. A finer figure that the chosen one agrees with, within the chosen one's printed
  // precision and of the same standing, is what the chosen one rounds: the finest such
  // figure stands, whenever it was published.
  const observation* finest = best;
  for (const observation* o : candidates) {
    if (!(o->source.resolution > 0 && o->source.resolution < best->source.resolution) ||
        qualifier_rank(o->source.qual) != qualifier_rank(best->source.qual) ||
        !agree_within_precision(o->source, best->source))
      continue;
    // The finest; of equally fine ones, the preferred.
    if (finest == best || o->source.resolution < finest->source.resolution ||
        (o->source.resolution == finest->source.resolution && preferred(*o, *finest, r)))
      finest = o;
  }
  return finest;
}

bool store::preferred(const observation& a, const observation& b, vintage_rule r) {
  // 1. exact > approximate > one-sided bound
  if (int qa = qualifier_rank(a.source.qual), qb = qualifier_rank(b.source.qual); qa != qb) return qa < qb;
  // 2. later publication (or earlier under first_release); undated counts as earliest
  const auto pa = published(a), pb = published(b);
  if (pa != pb) {
    constexpr long undated = std::numeric_limits<long>::min();
    if (r == vintage_rule::first_release && pa.first != undated && pb.first != undated) return pa < pb;
    return pa > pb;
  }
  // 3. stated date over inferred date
  if (a.source.doc_date_inferred != b.source.doc_date_inferred) return !a.source.doc_date_inferred;
  // 4. finer printed precision; unknown (0) is the coarsest
  const double ra = a.source.resolution > 0 ? a.source.resolution : std::numeric_limits<double>::infinity();
  const double rb = b.source.resolution > 0 ? b.source.resolution : std::numeric_limits<double>::infinity();
  if (ra != rb) return ra < rb;
  // 5. determinism
  if (a.source.doc != b.source.doc) return a.source.doc < b.source.doc;
  return a.source.span.begin < b.source.span.begin;
}

// ---------------------------------------------------------------------------------------
// store

store::store(indicator_table table) : table_(std::move(table)) {}

void store::add(const claim& c, std::string_view origin, std::size_t line) {
  observation o;
  o.source = c;
  if (!c.period.empty()) {
    o.when = period(c.period);
    if (!o.when.ok())
      throw format_error(fmt::format("{}:{}: bad period \"{}\": {}", origin.empty() ? "<claims>" : origin, line,
                                     c.period, error_message(errc::bad_period)));
  }
  // One name per entity and indicator, whichever spelling the claim has: the names the
  // extractor resolved in context, else those the name alone gives.
  if (!c.entity_id.empty()) {
    o.entity = c.entity_id;
    o.entity_code = c.entity_code;
  } else {
    canonical_entity e = canonical_entity_of(c.entity);
    o.entity = std::move(e.id);
    o.entity_code = std::move(e.code);
  }
  o.indicator = canonical_indicator_of(c.indicator, o.entity, table_);
  o.of = c.of.empty() ? std::string() : canonical_indicator_of(c.of, o.entity, table_);
  o.origin = origin;
  o.line = line;
  obs_.push_back(std::move(o));
}

void store::add(std::span<const claim> claims) {
  for (const auto& c : claims) add(c);
}

void store::add(std::span<const claim> claims, std::string_view origin, std::span<const std::size_t> lines) {
  for (std::size_t i = 0; i < claims.size(); ++i) add(claims[i], origin, i < lines.size() ? lines[i] : 0);
}

std::vector<series_key> store::keys(layer l) const {
  std::set<series_key> ks;
  const modality want = l == layer::actual ? modality::actual : modality::target;
  for (const auto& o : obs_)
    if (o.placed() && o.source.mode == want) ks.insert(o.key());
  return {ks.begin(), ks.end()};
}

time_series store::series(const series_key& key, layer l) const {
  const modality want = l == layer::actual ? modality::actual : modality::target;
  std::map<long, std::vector<const observation*>> points;
  for (const auto& o : obs_)
    if (o.placed() && o.source.mode == want && o.key() == key) points[o.when.ordinal()].push_back(&o);
  const measure m = key.kind == claim_kind::level ? table_.measure_of(key.indicator, key.unit) : measure::rate;
  if (points.empty()) return time_series(key, 0, Eigen::ArrayXd(), m);
  const long first = points.begin()->first, last = points.rbegin()->first;
  time_series s(key, first, Eigen::ArrayXd::Constant(last - first + 1, std::numeric_limits<double>::quiet_NaN()), m);
  for (auto& [ord, list] : points) {
    std::stable_sort(list.begin(), list.end(),
                     [this](const observation* a, const observation* b) { return preferred(*a, *b, rule_); });
    const observation* chosen = choose(list, rule_);
    // The chosen source first, the others in order of preference.
    const auto at = std::find(list.begin(), list.end(), chosen);
    std::rotate(list.begin(), at, at + 1);
    const observation& best = *chosen;
    const Eigen::Index i = ord - first;
    s.set(i, best.source.value);
    point_meta& pm = s.meta(i);
    pm.qual = best.source.qual;
    pm.resolution = best.source.resolution;
    for (const observation* o : list) {
      pm.sources.push_back({o->source.doc, o->source.span, o->source.doc_date, o->source.quote, o->source.value,
                            o->source.qual});
      if (!agree_within_precision(o->source, best.source)) pm.flag = "conflict";
    }
  }
  return s;
}

namespace {

time_series lookup(const store& st, layer l, std::string_view entity, std::string_view indicator,
                   const series_query& q) {
  const std::string ent = canonical_entity_of(entity).id;
  const std::string ind = canonical_indicator_of(indicator, ent, st.indicators());
  std::vector<series_key> hits;
  for (const auto& k : st.keys(l))
    if (k.entity == ent && k.indicator == ind && k.kind == q.kind && (!q.freq || k.freq == *q.freq) &&
        (q.unit.empty() || k.unit == q.unit) && (!q.ytd || k.ytd == *q.ytd))
      hits.push_back(k);
  if (hits.empty())
    throw lookup_error(fmt::format("no {} series of kind {} for entity '{}' and indicator '{}'",
                                   l == layer::actual ? "actual" : "target", to_string(q.kind), entity, ind));
  if (hits.size() > 1) {
    // Different units of one shape: a unit problem the caller must resolve.
    if (hits.size() == 2 && hits[0].freq == hits[1].freq && hits[0].ytd == hits[1].ytd)
      require_same_unit(hits[0].unit, hits[1].unit, fmt::format("series '{}' of '{}' has values", ind, entity));
    std::string list;
    for (const auto& k : hits) list += (list.empty() ? "" : ", ") + k.to_string();
    throw lookup_error(fmt::format("several series match entity '{}' and indicator '{}': {}; narrow the query "
                                   "with series_query (freq, unit, ytd)", entity, ind, list));
  }
  return st.series(hits.front(), l);
}

}  // namespace

time_series store::series(std::string_view entity, std::string_view indicator, const series_query& q) const {
  return lookup(*this, layer::actual, entity, indicator, q);
}

time_series store::target(std::string_view entity, std::string_view indicator, const series_query& q) const {
  return lookup(*this, layer::target, entity, indicator, q);
}

std::vector<time_series> store::all_series(layer l) const {
  std::vector<time_series> out;
  for (const auto& k : keys(l)) out.push_back(series(k, l));
  return out;
}

store store::as_of(std::string_view date) const {
  const period cutoff = parse_date_period(date);
  if (!cutoff.ok())
    throw period_error(fmt::format("bad date \"{}\": {}", date, error_message(errc::bad_date)));
  store out(table_);
  out.rule_ = rule_;
  for (const auto& o : obs_) {
    const period pub = parse_date_period(o.source.doc_date);
    if (pub.ok() && pub.end_date() <= cutoff.end_date()) out.obs_.push_back(o);
  }
  return out;
}

store store::with_rule(vintage_rule r) const {
  store out = *this;
  out.rule_ = r;
  return out;
}

std::vector<const observation*> store::unplaced() const {
  std::vector<const observation*> out;
  for (const auto& o : obs_)
    if (!o.placed()) out.push_back(&o);
  return out;
}

}  // namespace econclaims
