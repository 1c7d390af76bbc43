// series, growth and check: the series layer's subcommands. Argument parsing and CSV
// output only; the work is done by the public series API.
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "commands.hpp"
#include "econclaims/claims_io.hpp"
#include "econclaims/series.hpp"
#include "econclaims/store_io.hpp"

namespace econclaims::cli {
namespace {

// CSV cells: the exchange format's one writer (claims_io.hpp).
void cell(std::string& out, std::string_view s) { append_csv_cell(out, s); }

std::string number(double v) { return fmt::format("{:.12g}", v); }

std::string sources_text(const point_meta& m) {
  std::string s;
  for (const auto& src : m.sources) {
    if (!s.empty()) s += ';';
    s += fmt::format("{}@{}-{}", src.doc, src.span.begin, src.span.end);
    if (!src.published.empty()) s += fmt::format("({})", src.published);
  }
  return s;
}

struct options {
  std::string file, entity, indicator, as_of, method, from, to, synonyms, freq_name;
  std::string entity_id;  // --entity's canonical name, resolved once
  std::optional<frequency> freq;
  bool wide = false;
};

// Load the store; on bad input print one line naming the file (and line) and return 2.
std::optional<store> load(const options& o, std::string_view command) {
  try {
    indicator_table table = indicator_table::defaults();
    if (!o.synonyms.empty()) table.load_file(o.synonyms);
    if (o.file == "-") {
      std::string text;
      char buf[65536];
      std::size_t n;
      while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) text.append(buf, n);
      return read_store_jsonl(text, "<stdin>", std::move(table));
    }
    return read_store(o.file, std::move(table));
  } catch (const std::exception& e) {
    fmt::print(stderr, "econclaims {}: {}\n", command, e.what());
    return std::nullopt;
  }
}

// --entity and --indicator as any text writes them (广州 selects 广州市).
bool selected(const series_key& k, const options& o, const store& st) {
  return (o.entity.empty() || k.entity == o.entity_id) &&
         (o.indicator.empty() || k.indicator == canonical_indicator_of(o.indicator, k.entity, st.indicators()));
}

// The administrative division code of each canonical entity, as the observations give it.
std::map<std::string, std::string> entity_codes(const store& st) {
  std::map<std::string, std::string> codes;
  for (const auto& o : st.observations())
    if (!o.entity_code.empty()) codes.emplace(o.entity, o.entity_code);
  return codes;
}

struct row {
  series_key key;
  period when;
  double value;
  std::string qualifier;
  std::string sources;
};

// The rows of one series after the optional frequency conversion. Series that cannot be
// converted (rates of change, shares, multiples, changes; finer than asked; stocks kept
// as YTD) are left out of a converted listing.
void series_rows(const time_series& s, const options& o, std::vector<row>& rows) {
  auto emit = [&](const time_series& t) {
    for (Eigen::Index i = 0; i < t.size(); ++i)
      if (t.present(i))
        rows.push_back({t.key(), t.period_at(i), t.values()(i), std::string(to_string(t.meta(i).qual)),
                        sources_text(t.meta(i))});
  };
  if (!o.freq) return emit(s);
  const frequency f = *o.freq;
  if (s.key().kind != claim_kind::level || s.key().freq > f) return;
  if (s.key().ytd) {
    if (s.measure_type() == measure::stock) return;
    if (f == frequency::month) {
      // Months that de-cumulation determines, and the multi-month pieces (1—2月) as intervals.
      series_key k = s.key();
      k.ytd = false;
      for (const auto& piece : decumulate(s)) {
        // The piece is C[end] − C[start − 1]; list the sources of both cumulatives.
        point_meta m = s.meta(*s.index_of(period::interval(period::month(piece.when.year(), 1), piece.when.last())));
        if (piece.when.first().ordinal() % 12 != 0) {
          const auto& before = s.meta(piece.when.first().prev().ordinal() - s.first_ordinal());
          m.sources.insert(m.sources.end(), before.sources.begin(), before.sources.end());
          if (m.qual == qualifier::exact) m.qual = before.qual;
        }
        rows.push_back({k, piece.when, piece.value, std::string(to_string(m.qual)), sources_text(m)});
      }
      return;
    }
  } else if (s.key().freq == f) {
    return emit(s);
  }
  emit(to_frequency(s, f));
}

void print_long(const std::vector<row>& rows, const std::map<std::string, std::string>& codes) {
  std::string out = "entity,entity_code,indicator,unit,kind,period,value,qualifier,sources\n";
  for (const auto& r : rows) {
    cell(out, r.key.entity);
    out += ',';
    if (auto it = codes.find(r.key.entity); it != codes.end()) out += it->second;
    out += ',';
    cell(out, r.key.indicator);
    out += ',';
    cell(out, r.key.unit);
    out += ',';
    out += to_string(r.key.kind);
    out += ',';
    out += r.when.to_string();
    out += ',';
    out += number(r.value);
    out += ',';
    out += r.qualifier;
    out += ',';
    cell(out, r.sources);
    out += '\n';
  }
  fmt::print("{}", out);
}

void print_wide(const std::vector<row>& rows) {
  std::set<series_key> keys;
  std::set<period> periods;
  std::map<std::pair<series_key, period>, double> cells;
  for (const auto& r : rows) {
    keys.insert(r.key);
    periods.insert(r.when);
    cells[{r.key, r.when}] = r.value;
  }
  std::string out = "period";
  for (const auto& k : keys) {
    out += ',';
    cell(out, fmt::format("{}|{}|{}|{}", k.entity, k.indicator, k.unit, to_string(k.kind)));
  }
  out += '\n';
  for (const auto& p : periods) {
    out += p.to_string();
    for (const auto& k : keys) {
      out += ',';
      if (auto it = cells.find({k, p}); it != cells.end()) out += number(it->second);
    }
    out += '\n';
  }
  fmt::print("{}", out);
}


int run_series(options o) {
  if (!o.freq_name.empty()) o.freq = parse_frequency(o.freq_name);
  auto st = load(o, "series");
  if (!st) return 2;
  if (!o.as_of.empty()) {
    if (!parse_date_period(o.as_of).ok()) {
      fmt::print(stderr, "econclaims series: --as-of '{}': {}\n", o.as_of, error_message(errc::bad_date));
      return 2;
    }
    *st = st->as_of(o.as_of);
  }
  std::vector<row> rows;
  for (const auto& key : st->keys())
    if (selected(key, o, *st)) series_rows(st->series(key), o, rows);
  if (!o.freq) {
    // Observations off the regular calendar (no period, or `2016/2020`) are listed too.
    for (const observation* ob : st->unplaced()) {
      const claim& c = ob->source;
      if (c.mode != modality::actual || !ob->when.ok()) continue;
      series_key k{ob->entity, ob->indicator, c.unit, c.kind, ob->when.freq(), false};
      if (!selected(k, o, *st)) continue;
      rows.push_back({k, ob->when, c.value, std::string(to_string(c.qual)),
                      fmt::format("{}@{}-{}{}", c.doc, c.span.begin, c.span.end,
                                  c.doc_date.empty() ? "" : "(" + c.doc_date + ")")});
    }
  }
  if (o.wide) print_wide(rows);
  else print_long(rows, entity_codes(*st));
  return 0;
}

int run_growth(const options& o) {
  const bool cagr_method = o.method == "cagr";
  std::optional<growth_method> m;
  if (!cagr_method) m = parse_growth_method(o.method);
  std::optional<period> from, to;
  if (!o.from.empty()) {
    from = period::parse(o.from);
    to = period::parse(o.to);
  }
  auto st = load(o, "growth");
  if (!st) return 2;
  std::string out = "entity,indicator,unit,period,value\n";
  auto line = [&](const series_key& k, const std::string& p, double v) {
    cell(out, k.entity);
    out += ',';
    cell(out, k.indicator);
    out += ',';
    cell(out, k.unit);
    out += ',';
    out += p;
    out += ',';
    out += number(v);
    out += '\n';
  };
  for (const auto& key : st->keys()) {
    if (key.kind != claim_kind::level || !selected(key, o, *st)) continue;
    const time_series s = st->series(key);
    if (cagr_method) {
      if (from) {
        if (from->freq() != key.freq || from->is_ytd() != key.ytd) continue;
        const double v = cagr(s, *from, *to);
        if (!std::isnan(v)) line(key, from->to_string() + "/" + to->to_string(), v);
      } else {
        const time_series t = s.trimmed();
        if (t.size() < 2) continue;
        const double v = cagr(t);
        if (!std::isnan(v))
          line(key, t.first_period().to_string() + "/" + t.last_period().to_string(), v);
      }
      continue;
    }
    // Year-to-date cumulatives have only a year-over-year rate; days have no log rate.
    if (key.ytd && *m != growth_method::yoy) continue;
    if (key.freq == frequency::day && *m == growth_method::log) continue;
    const time_series g = growth(s, *m);
    for (Eigen::Index i = 0; i < g.size(); ++i) {
      if (!g.present(i)) continue;
      const period p = g.period_at(i);
      if (from && (p.freq() != from->freq() || p < *from || *to < p)) continue;
      line(key, p.to_string(), g.values()(i));
    }
  }
  fmt::print("{}", out);
  return 0;
}

int run_check(const options& o) {
  auto st = load(o, "check");
  if (!st) return 2;
  std::string out = "doc,quote,entity,indicator,period,basis,reported,implied,verdict\n";
  for (const auto& r : check(*st)) {
    const claim& c = r.claim->source;
    if (!selected({r.claim->entity, r.claim->indicator, c.unit, c.kind, frequency::year, false}, o, *st)) continue;
    for (std::string_view s : {std::string_view(c.doc), std::string_view(c.quote), std::string_view(r.claim->entity),
                               std::string_view(r.claim->indicator), std::string_view(c.period),
                               std::string_view(c.basis)}) {
      cell(out, s);
      out += ',';
    }
    cell(out, r.reported.to_string());
    out += ',';
    std::string implied = r.implied.to_string();
    if (!r.note.empty()) implied += (implied.empty() ? "" : "; ") + r.note;
    cell(out, implied);
    out += ',';
    out += to_string(r.result);
    out += '\n';
  }
  fmt::print("{}", out);
  return 0;
}

// A check that the value is a period of the guide's formats.
CLI::Validator period_check() {
  return CLI::Validator(
      [](std::string& v) -> std::string {
        return period::parse(v) ? std::string() : fmt::format("'{}': {}", v, error_message(errc::bad_period));
      },
      "PERIOD");
}

// The options every series subcommand takes.
void add_common(CLI::App* cmd, options& o) {
  cmd->add_option("claims", o.file, "a claims file (JSON Lines), or - for stdin")->required();
  cmd->add_option("--entity", o.entity, "only this entity")->each([&o](const std::string& written) {
    o.entity_id = canonical_entity_of(written).id;
  });
  cmd->add_option("--indicator", o.indicator, "only this indicator (or a synonym of it)");
  cmd->add_option("--synonyms", o.synonyms, "an indicator synonym file added to the built-in table");
}

}  // namespace

void add_series_commands(CLI::App& app, int& status) {
  auto series_args = std::make_shared<options>();
  CLI::App* series = app.add_subcommand("series", "typed indicator series as long (or --wide) CSV");
  add_common(series, *series_args);
  series->add_option("--freq", series_args->freq_name, "convert to this frequency")
      ->check(one_of({"year", "half", "quarter", "month"}));
  series->add_option("--as-of", series_args->as_of, "what was published by this date (YYYY, YYYY-MM or YYYY-MM-DD)")
      ->check(CLI::Validator(
          [](std::string& v) -> std::string {
            return parse_date_period(v).ok() ? std::string() : std::string(error_message(errc::bad_date));
          },
          "DATE"));
  series->add_flag("--wide", series_args->wide, "one column per series");
  series->callback([series_args, &status] { status = run_series(*series_args); });

  auto growth_args = std::make_shared<options>();
  CLI::App* growth = app.add_subcommand("growth", "growth rates: --method yoy|pop|log|cagr");
  add_common(growth, *growth_args);
  growth->add_option("--method", growth_args->method, "yoy, pop, log or cagr")
      ->required()
      ->check(one_of({"yoy", "pop", "log", "cagr"}));
  CLI::Option* from = growth->add_option("--from", growth_args->from, "first period of the span")->check(period_check());
  CLI::Option* to = growth->add_option("--to", growth_args->to, "last period of the span")->check(period_check());
  from->needs(to);
  to->needs(from);
  growth->callback([growth_args, &status] {
    const auto f = period::parse(growth_args->from), t = period::parse(growth_args->to);
    if (f && t && (f->freq() != t->freq() || !(*f < *t)))
      throw CLI::ValidationError("--from, --to", "must be periods of one frequency, FROM before TO");
    status = run_growth(*growth_args);
  });

  auto check_args = std::make_shared<options>();
  CLI::App* check_cmd =
      app.add_subcommand("check", "reported growth, shares and multiples checked against the levels");
  add_common(check_cmd, *check_args);
  check_cmd->callback([check_args, &status] { status = run_check(*check_args); });
}

}  // namespace econclaims::cli
