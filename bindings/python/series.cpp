// Bindings of period.hpp and the series layer (series/*.hpp): periods, indicator tables,
// the store, time series whose values NumPy sees without a copy, the computations of
// analysis.hpp, the array kernels of compute.hpp and the consistency check.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <pybind11/eigen.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/typing.h>

#include "bindings.hpp"
#include "econclaims/store_io.hpp"
#include "econclaims/period.hpp"
#include "econclaims/series.hpp"

namespace py = pybind11;

namespace econclaims::python {
namespace {

// Enumerations cross the boundary as the library's own names ("yoy", "quarter", "stock"),
// which is what pandas users pass for such options; unknown names are a ValueError.
template <class Enum, std::size_t N>
Enum enum_from_name(std::string_view name, const Enum (&values)[N], const char* what) {
  std::string known;
  for (Enum v : values) {
    if (to_string(v) == name) return v;
    known += known.empty() ? "" : ", ";
    known += to_string(v);
  }
  throw py::value_error(std::string("unknown ") + what + " '" + std::string(name) + "' (expected one of: " + known +
                        ")");
}

constexpr frequency all_frequencies[] = {frequency::day, frequency::month, frequency::quarter, frequency::half,
                                         frequency::year};
constexpr claim_kind all_kinds[] = {claim_kind::level, claim_kind::growth, claim_kind::share, claim_kind::multiple,
                                    claim_kind::change};
constexpr measure all_measures[] = {measure::flow, measure::stock, measure::rate};
constexpr growth_method all_methods[] = {growth_method::yoy, growth_method::pop, growth_method::log,
                                         growth_method::log_yoy, growth_method::annualized};

frequency to_freq(std::string_view s) { return enum_from_name(s, all_frequencies, "frequency"); }
claim_kind to_kind(std::string_view s) { return enum_from_name(s, all_kinds, "kind"); }
measure to_measure(std::string_view s) { return enum_from_name(s, all_measures, "measure"); }
growth_method to_method(std::string_view s) { return enum_from_name(s, all_methods, "growth method"); }

layer to_layer(std::string_view s) {
  if (s == "actual") return layer::actual;
  if (s == "target") return layer::target;
  throw py::value_error("unknown layer '" + std::string(s) + "' (expected actual or target)");
}

vintage_rule to_rule(std::string_view s) {
  if (s == "latest") return vintage_rule::latest;
  if (s == "first_release") return vintage_rule::first_release;
  throw py::value_error("unknown vintage rule '" + std::string(s) + "' (expected latest or first_release)");
}

calc::aggregation to_aggregation(std::string_view s) {
  if (s == "sum") return calc::aggregation::sum;
  if (s == "avg" || s == "mean") return calc::aggregation::avg;
  if (s == "eop" || s == "last") return calc::aggregation::eop;
  if (s == "first") return calc::aggregation::first;
  throw py::value_error("unknown aggregation '" + std::string(s) + "' (expected sum, avg, eop or first)");
}

// A period argument may be given as a guide string or as a Period.
period as_period(const py::handle& h) {
  if (py::isinstance<py::str>(h)) return period::from_string(h.cast<std::string>());
  return h.cast<period>();
}

py::object to_date(boost::gregorian::date d) {
  const auto ymd = d.year_month_day();
  return py::module_::import("datetime").attr("date")(int(ymd.year), int(ymd.month), int(ymd.day));
}

series_query make_query(std::string_view kind, const std::optional<std::string>& freq,
                        const std::optional<std::string>& unit, std::optional<bool> ytd) {
  series_query q;
  q.kind = to_kind(kind);
  if (freq) q.freq = to_freq(*freq);
  if (unit) q.unit = *unit;
  q.ytd = ytd;
  return q;
}

// Store.series and Store.target: the same lookup in the actual or the target layer.
template <layer L>
auto layer_lookup() {
  return [](const store& st, std::string_view entity, std::string_view indicator, std::string_view kind,
            const std::optional<std::string>& freq, const std::optional<std::string>& unit, std::optional<bool> ytd) {
    const series_query q = make_query(kind, freq, unit, ytd);
    return L == layer::actual ? st.series(entity, indicator, q) : st.target(entity, indicator, q);
  };
}

// A check result with its claim copied, so that it outlives the store it points into.
struct check_row {
  claim source;
  std::string entity;     // canonical
  std::string indicator;  // canonical
  bounds reported;
  bounds implied;
  std::string verdict;
  std::string note;
};


// Periods.
void bind_periods(py::module_& m) {
  py::class_<period>(m, "Period", R"doc(
A calendar period in the guide's notation: 2018, 2018-H1, 2018-Q2, 2018-07, 2018-07-10,
or an interval FROM/TO of one frequency (2020-01/2020-03).

Example:
    >>> p = Period("2018-Q2")
    >>> p.freq, str(p.year_ago()), str(p.to_frequency("year"))
    ('quarter', '2017-Q2', '2018')
)doc")
      .def(py::init(&period::from_string), py::arg("text"), "Parse; PeriodError for text outside the guide's formats.")
      .def_static("parse", &period::parse, py::arg("text"), "Parse; None for text outside the guide's formats.")
      .def_static(
          "from_ordinal", [](std::string_view f, long ord) { return period::from_ordinal(to_freq(f), ord); },
          py::arg("freq"), py::arg("ordinal"))
      .def_property_readonly("freq", [](const period& p) { return std::string(to_string(p.freq())); })
      .def_property_readonly("is_interval", &period::is_interval)
      .def_property_readonly("is_ytd", &period::is_ytd)
      .def_property_readonly("ordinal", &period::ordinal, "Ordinal of the (last) period on its frequency's calendar.")
      .def_property_readonly("first_ordinal", &period::first_ordinal)
      .def_property_readonly("length", &period::length)
      .def_property_readonly("year", &period::year)
      .def_property_readonly("start_date", [](const period& p) { return to_date(p.start_date()); })
      .def_property_readonly("end_date", [](const period& p) { return to_date(p.end_date()); })
      .def_property_readonly("days", &period::days)
      .def("first", &period::first)
      .def("last", &period::last)
      .def("shift", &period::shift, py::arg("k"))
      .def("year_ago", &period::year_ago)
      .def(
          "to_frequency",
          [](const period& p, std::string_view f) {
            period q = p.to_frequency(to_freq(f));
            if (!q.ok())
              throw period_error("period " + p.to_string() + " has no containing period of frequency " + std::string(f));
            return q;
          },
          py::arg("freq"))
      .def(
          "contains", [](const period& p, const py::handle& other) { return p.contains(as_period(other)); },
          py::arg("other"))
      .def("__str__", &period::to_string)
      .def("__repr__", [](const period& p) { return "Period('" + p.to_string() + "')"; })
      .def("__hash__", [](const period& p) { return py::hash(py::make_tuple(static_cast<int>(p.freq()), p.first_ordinal(), p.ordinal())); })
      .def(
          "__eq__", [](const period& a, const period& b) { return a == b; }, py::is_operator())
      .def(
          "__ne__", [](const period& a, const period& b) { return a != b; }, py::is_operator())
      .def(
          "__lt__", [](const period& a, const period& b) { return a < b; }, py::is_operator())
      .def(
          "__le__", [](const period& a, const period& b) { return a <= b; }, py::is_operator())
      .def(
          "__gt__", [](const period& a, const period& b) { return a > b; }, py::is_operator())
      .def(
          "__ge__", [](const period& a, const period& b) { return a >= b; }, py::is_operator());
  m.def(
      "years_between",
      [](const py::handle& a, const py::handle& b) { return years_between(as_period(a), as_period(b)); },
      py::arg("a"), py::arg("b"), "Years between two periods of one frequency (F6).");
}

// Indicator tables.
void bind_indicator_tables(py::module_& m) {
  py::class_<indicator_table>(m, "IndicatorTable", "Indicator synonyms and time behaviour (flow, stock, rate).")
      .def(py::init<>(), "An empty table: every name is its own canonical name.")
      .def_static(
          "defaults", []() { return indicator_table::defaults(); }, "A copy of the table shipped with the library.")
      .def("load", &indicator_table::load, py::arg("text"), py::arg("source") = "<string>",
           "Add the entries of a table file's text.")
      .def("add_synonym", &indicator_table::add_synonym, py::arg("alias"), py::arg("canonical"))
      .def("canonical", &indicator_table::canonical, py::arg("name"))
      .def(
          "measure_of",
          [](const indicator_table& t, std::string_view name, std::string_view unit) {
            return std::string(to_string(t.measure_of(name, unit)));
          },
          py::arg("name"), py::arg("unit"))
      .def("comparable_base", &indicator_table::comparable_base, py::arg("name"))
      .def("real_growth", &indicator_table::real_growth, py::arg("name"));
  m.def(
      "canonical_indicator_of",
      [](std::string_view name, std::string_view entity_id, const indicator_table& table) {
        return canonical_indicator_of(name, entity_id, table);
      },
      py::arg("name"), py::arg("entity_id") = "", py::arg_v("table", indicator_table::defaults(), "IndicatorTable.defaults()"),
      "The canonical name of an indicator as reported for an entity (国内生产总值 for 中国, 地区生产总值 for a region).");
  m.def(
      "canonical_entity_of",
      [](std::string_view written, std::string_view context_code) {
        const canonical_entity e = canonical_entity_of(written, context_code);
        return py::make_tuple(e.id, e.code);
      },
      py::arg("written"), py::arg("context_code") = "",
      "The canonical name and administrative division code of a subject as written: (id, code).");
}

// Time series.
void bind_time_series(py::module_& m) {
  py::class_<series_key>(m, "SeriesKey", "Identifies a series: entity, indicator, unit, kind, frequency, ytd.")
      .def(py::init([](std::string entity, std::string indicator, std::string unit, std::string_view kind,
                       std::string_view freq, bool ytd) {
             return series_key{std::move(entity), std::move(indicator), std::move(unit), to_kind(kind), to_freq(freq),
                               ytd};
           }),
           py::kw_only(), py::arg("entity") = "", py::arg("indicator") = "", py::arg("unit") = "",
           py::arg("kind") = "level", py::arg("freq") = "year", py::arg("ytd") = false)
      .def_readwrite("entity", &series_key::entity)
      .def_readwrite("indicator", &series_key::indicator)
      .def_readwrite("unit", &series_key::unit)
      .def_property(
          "kind", [](const series_key& k) { return std::string(to_string(k.kind)); },
          [](series_key& k, std::string_view s) { k.kind = to_kind(s); })
      .def_property(
          "freq", [](const series_key& k) { return std::string(to_string(k.freq)); },
          [](series_key& k, std::string_view s) { k.freq = to_freq(s); })
      .def_readwrite("ytd", &series_key::ytd)
      .def("__str__", &series_key::to_string)
      .def("__repr__", [](const series_key& k) { return "SeriesKey('" + k.to_string() + "')"; })
      .def("__hash__", [](const series_key& k) { return py::hash(py::str(k.to_string())); })
      .def(
          "__eq__", [](const series_key& a, const series_key& b) { return a == b; }, py::is_operator())
      .def(
          "__lt__", [](const series_key& a, const series_key& b) { return a < b; }, py::is_operator());

  py::class_<source_ref>(m, "SourceRef", "Where one value comes from.")
      .def_readonly("doc", &source_ref::doc)
      .def_property_readonly("start", [](const source_ref& s) { return s.span.begin; })
      .def_property_readonly("end", [](const source_ref& s) { return s.span.end; })
      .def_readonly("published", &source_ref::published)
      .def_readonly("quote", &source_ref::quote)
      .def_readonly("value", &source_ref::value)
      .def_property_readonly("qualifier", [](const source_ref& s) { return std::string(to_string(s.qual)); })
      .def("__repr__", [](const source_ref& s) {
        return "SourceRef(" + s.doc + "@" + std::to_string(s.span.begin) + "-" + std::to_string(s.span.end) + ")";
      });

  py::class_<point_meta>(m, "PointMeta", "What is known about one point besides its value.")
      .def_property_readonly("qualifier", [](const point_meta& p) { return std::string(to_string(p.qual)); })
      .def_readonly("resolution", &point_meta::resolution)
      .def_readonly("sources", &point_meta::sources)
      .def_readonly("flag", &point_meta::flag);

  py::class_<time_series>(m, "TimeSeries", R"doc(
An indicator series on a regular calendar: values[i] is the period whose ordinal is
first_ordinal + i; NaN marks a gap. `values` is a read-only NumPy view of the C++
array (no copy); it keeps the series alive.

Example:
    >>> ts = TimeSeries(SeriesKey(indicator="output", unit="CNY"), 2018, [1.0, 2.0])
    >>> ts.periods(), ts.values.flags.owndata
    (['2018', '2019'], False)
)doc")
      .def(py::init([](series_key key, long first_ordinal, Eigen::Ref<const Eigen::ArrayXd> values,
                       std::string_view how) { return time_series(std::move(key), first_ordinal, values, to_measure(how)); }),
           py::arg("key"), py::arg("first_ordinal"), py::arg("values"), py::arg("measure") = "flow")
      .def_property_readonly("key", [](const time_series& s) { return s.key(); })
      .def_property_readonly(
          "values", [](const time_series& s) -> const Eigen::ArrayXd& { return s.values(); },
          py::return_value_policy::reference_internal)
      .def_property_readonly("first_ordinal", &time_series::first_ordinal)
      .def_property_readonly("measure", [](const time_series& s) { return std::string(to_string(s.measure_type())); })
      .def("__len__", &time_series::size)
      .def("count", &time_series::count, "Number of points present (not NaN).")
      .def("period_at", &time_series::period_at, py::arg("i"))
      .def(
          "periods",
          [](const time_series& s) {
            std::vector<std::string> out;
            out.reserve(static_cast<std::size_t>(s.size()));
            for (Eigen::Index i = 0; i < s.size(); ++i) out.push_back(s.period_at(i).to_string());
            return out;
          },
          "The guide string of every position's period.")
      .def(
          "meta",
          [](const time_series& s, Eigen::Index i) {
            if (i < 0 || i >= s.size()) throw py::index_error("position out of range");
            return s.meta(i);
          },
          py::arg("i"))
      .def(
          "qualifiers",
          [](const time_series& s) {
            std::vector<std::string> out;
            for (Eigen::Index i = 0; i < s.size(); ++i) out.emplace_back(to_string(s.meta(i).qual));
            return out;
          },
          "The qualifier of every point.")
      .def(
          "flags",
          [](const time_series& s) {
            std::vector<std::string> out;
            for (Eigen::Index i = 0; i < s.size(); ++i) out.push_back(s.meta(i).flag);
            return out;
          },
          "The flag of every point (\"conflict\", \"nonpositive base\", \"\" ...).")
      .def(
          "__getitem__", [](const time_series& s, const py::handle& p) { return s[as_period(p)]; }, py::arg("period"),
          "The value at a period (string or Period); NaN when missing or outside.")
      .def("trimmed", &time_series::trimmed, "The series without leading and trailing gaps.")
      .def("__repr__", [](const time_series& s) {
        return "TimeSeries('" + s.key().to_string() + "', " + std::to_string(s.size()) + " points)";
      });
}

// The store.
void bind_store(py::module_& m) {
  py::class_<observation>(m, "Observation", "One claim as the store keeps it.")
      .def_readonly("claim", &observation::source)
      .def_property_readonly("period", [](const observation& o) -> py::typing::Optional<period> {
        if (!o.when.ok()) return py::none();
        return py::cast(o.when);
      })
      .def_readonly("indicator", &observation::indicator, "Canonical indicator name.")
      .def_readonly("entity", &observation::entity, "Canonical entity name.")
      .def_readonly("entity_code", &observation::entity_code, "Administrative division code of the entity, or empty.")
      .def_readonly("of", &observation::of)
      .def_readonly("origin", &observation::origin)
      .def_readonly("line", &observation::line)
      .def_property_readonly("placed", &observation::placed)
      .def("key", &observation::key);

  py::class_<store>(m, "Store", "Claims kept as observations, and the series built from them.")
      .def(py::init<indicator_table>(), py::arg_v("table", indicator_table::defaults(), "IndicatorTable.defaults()"))
      .def_static("from_jsonl", &read_store_jsonl, py::arg("text"), py::arg("source") = "<string>",
                  py::arg_v("table", indicator_table::defaults(), "IndicatorTable.defaults()"))
      .def(
          "add", [](store& st, const claim& c, std::string_view origin, std::size_t line) { st.add(c, origin, line); },
          py::arg("claim"), py::arg("origin") = "", py::arg("line") = 0)
      .def(
          "add_all",
          [](store& st, const py::sequence& claims, std::string_view origin) {
            std::size_t line = 0;
            for (const py::handle h : claims) {
              if (!py::isinstance<claim>(h)) throw py::type_error("expected Claim objects");
              st.add(h.cast<const claim&>(), origin, origin.empty() ? 0 : ++line);
            }
          },
          py::arg("claims"), py::arg("origin") = "")
      .def("series", layer_lookup<layer::actual>(), py::arg("entity"), py::arg("indicator"), py::kw_only(),
           py::arg("kind") = "level", py::arg("freq") = py::none(), py::arg("unit") = py::none(),
           py::arg("ytd") = py::none())
      .def("target", layer_lookup<layer::target>(), py::arg("entity"), py::arg("indicator"), py::kw_only(),
           py::arg("kind") = "level", py::arg("freq") = py::none(), py::arg("unit") = py::none(),
           py::arg("ytd") = py::none())
      .def(
          "series_by_key",
          [](const store& st, const series_key& k, std::string_view l) { return st.series(k, to_layer(l)); },
          py::arg("key"), py::arg("layer") = "actual")
      .def(
          "keys", [](const store& st, std::string_view l) { return st.keys(to_layer(l)); },
          py::arg("layer") = "actual")
      .def(
          "all_series", [](const store& st, std::string_view l) { return st.all_series(to_layer(l)); },
          py::arg("layer") = "actual")
      .def("as_of", &store::as_of, py::arg("date"))
      .def(
          "with_rule", [](const store& st, std::string_view r) { return st.with_rule(to_rule(r)); }, py::arg("rule"))
      .def_property_readonly("rule", [](const store& st) {
        return std::string(st.rule() == vintage_rule::latest ? "latest" : "first_release");
      })
      .def_property_readonly("observations", &store::observations)
      .def("unplaced",
           [](const store& st) {
             std::vector<observation> out;
             for (const observation* o : st.unplaced()) out.push_back(*o);
             return out;
           })
      .def_property_readonly("indicators", &store::indicators)
      .def("__len__", [](const store& st) { return st.observations().size(); });
}

// Computations (analysis.hpp).
void bind_computations(py::module_& m) {
  m.def(
      "growth", [](const time_series& s, std::string_view method) { return growth(s, to_method(method)); },
      py::arg("series"), py::arg("method") = "yoy");
  m.def(
      "change", [](const time_series& s, std::string_view method) { return change(s, to_method(method)); },
      py::arg("series"), py::arg("method") = "yoy");
  m.def(
      "cagr",
      [](const time_series& s, const py::object& from, const py::object& to) {
        if (from.is_none() != to.is_none()) throw py::value_error("give both start and end, or neither");
        if (from.is_none()) return cagr(s);
        return cagr(s, as_period(from), as_period(to));
      },
      py::arg("series"), py::arg("start") = py::none(), py::arg("end") = py::none());
  m.def(
      "to_frequency",
      [](const time_series& s, std::string_view f, const std::optional<std::string>& how) {
        if (how) return to_frequency(s, to_freq(f), to_aggregation(*how));
        return to_frequency(s, to_freq(f));
      },
      py::arg("series"), py::arg("freq"), py::arg("how") = py::none());
  m.def(
      "decumulate",
      [](const time_series& s) {
        std::vector<std::pair<period, double>> out;
        for (const auto& piece : decumulate(s)) out.emplace_back(piece.when, piece.value);
        return out;
      },
      py::arg("series"));
  m.def(
      "rebase",
      [](const time_series& s, const py::handle& base, const py::object& end) {
        if (end.is_none()) return rebase(s, as_period(base));
        return rebase(s, as_period(base), as_period(end));
      },
      py::arg("series"), py::arg("base"), py::arg("end") = py::none());
  m.def("rolling_sum", &rolling_sum, py::arg("series"), py::arg("window"));
  m.def("rolling_mean", &rolling_mean, py::arg("series"), py::arg("window"));
  m.def(
      "sum_series",
      [](const std::vector<time_series>& parts, std::string entity) {
        return sum(std::span<const time_series>(parts), std::move(entity));
      },
      py::arg("parts"), py::arg("entity"));
  m.def(
      "share", [](const time_series& part, const time_series& whole) { return share(part, whole); },
      py::arg("part"), py::arg("whole"));
  m.def(
      "contribution",
      [](const time_series& part, const time_series& whole, std::string_view method) {
        return contribution(part, whole, to_method(method));
      },
      py::arg("part"), py::arg("whole"), py::arg("method") = "yoy");
  m.def(
      "pull",
      [](const time_series& part, const time_series& whole, std::string_view method) {
        return pull(part, whole, to_method(method));
      },
      py::arg("part"), py::arg("whole"), py::arg("method") = "yoy");

  py::class_<panel>(m, "Panel", "Entities x periods of one indicator; values is a NumPy view.")
      .def_readonly("rows", &panel::rows)
      .def_property_readonly("freq", [](const panel& p) { return std::string(to_string(p.freq)); })
      .def_readonly("ytd", &panel::ytd)
      .def_readonly("first_ordinal", &panel::first_ordinal)
      .def_property_readonly(
          "values", [](const panel& p) -> const Eigen::MatrixXd& { return p.values; },
          py::return_value_policy::reference_internal)
      .def("period_at", &panel::period_at, py::arg("column"));
  m.def(
      "make_panel",
      [](const std::vector<time_series>& series) { return make_panel(std::span<const time_series>(series)); },
      py::arg("series"));
}

// Consistency check.
void bind_check(py::module_& m) {
  py::class_<bounds>(m, "Bounds", "A real interval with open or closed ends; empty for a missing value.")
      .def_readonly("lo", &bounds::lo)
      .def_readonly("hi", &bounds::hi)
      .def_readonly("lo_closed", &bounds::lo_closed)
      .def_readonly("hi_closed", &bounds::hi_closed)
      .def_property_readonly("empty", &bounds::empty)
      .def("mid", &bounds::mid)
      .def("__str__", &bounds::to_string)
      .def("__repr__", [](const bounds& b) { return "Bounds('" + b.to_string() + "')"; });
  m.def(
      "bounds_of", [](const claim& c, double eps) { return bounds_of(c, {.approx_tolerance = eps}); },
      py::arg("claim"), py::arg("approx_tolerance") = 0.05, "F15: the interval of a claim.");

  py::class_<check_row>(m, "CheckResult", "A reported growth, share, multiple or change and its verdict.")
      .def_readonly("claim", &check_row::source)
      .def_readonly("entity", &check_row::entity, "Canonical entity name.")
      .def_readonly("indicator", &check_row::indicator, "Canonical indicator name.")
      .def_readonly("reported", &check_row::reported)
      .def_readonly("implied", &check_row::implied)
      .def_readonly("verdict", &check_row::verdict, "agree, disagree or not checkable.")
      .def_readonly("note", &check_row::note);
  m.def(
      "check",
      [](const store& st, double approx_tolerance, double base_tolerance) {
        check_options opts;
        opts.bounds.approx_tolerance = approx_tolerance;
        opts.base_tolerance = base_tolerance;
        std::vector<check_row> rows;
        for (const auto& r : check(st, opts))
          rows.push_back({r.claim->source, r.claim->entity, r.claim->indicator, r.reported, r.implied, std::string(to_string(r.result)),
                          r.note});
        return rows;
      },
      py::arg("store"), py::arg("approx_tolerance") = 0.05, py::arg("base_tolerance") = 0.01);
}

// Array kernels (compute.hpp) on NumPy arrays.
void bind_array_kernels(py::module_& m) {
  // Flat names (calc_*) keep the module one stub file; econclaims.calc re-exports them.
  // Eigen::Ref reads a contiguous float64 array in place; other arrays are converted once.
  using array_in = Eigen::Ref<const Eigen::ArrayXd>;
  m.def("calc_lag", [](array_in x, Eigen::Index k) { return calc::lag(x, k); }, py::arg("x"), py::arg("k"));
  m.def("calc_change", [](array_in x, Eigen::Index k) { return calc::change(x, k); }, py::arg("x"), py::arg("k"));
  m.def("calc_pct_change", [](array_in x, Eigen::Index k) { return calc::pct_change(x, k); }, py::arg("x"),
        py::arg("k"));
  m.def("calc_log_change", [](array_in x, Eigen::Index k) { return calc::log_change(x, k); }, py::arg("x"),
        py::arg("k"));
  m.def(
      "calc_annualized", [](array_in x, Eigen::Index k, int n_f) { return calc::annualized(x, k, n_f); },
      py::arg("x"), py::arg("k"), py::arg("periods_per_year"));
  m.def("calc_rolling_sum", [](array_in x, Eigen::Index w) { return calc::rolling_sum(x, w); }, py::arg("x"),
        py::arg("window"));
  m.def("calc_rolling_mean", [](array_in x, Eigen::Index w) { return calc::rolling_mean(x, w); }, py::arg("x"),
        py::arg("window"));
  m.def("calc_cagr", &calc::cagr, py::arg("x0"), py::arg("x1"), py::arg("years"));
  m.def("calc_average_growth", &calc::average_growth, py::arg("cumulative_growth"), py::arg("periods"));
  m.def("calc_implied_deflator", &calc::implied_deflator, py::arg("nominal_growth"), py::arg("real_growth"));
}

}  // namespace

void bind_series(py::module_& m) {
  // In this order: a class is registered before the signatures that name it.
  bind_periods(m);
  bind_indicator_tables(m);
  bind_time_series(m);
  bind_store(m);
  bind_computations(m);
  bind_check(m);
  bind_array_kernels(m);
}

}  // namespace econclaims::python
