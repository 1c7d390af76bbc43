// Bindings of claim.hpp, extract.hpp, diagnostic.hpp and claims_io.hpp: the Claim class,
// extraction (with the GIL released) and the exchange format.
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/typing.h>

#include "bindings.hpp"
#include "econclaims/claim.hpp"
#include "econclaims/claims_io.hpp"
#include "econclaims/corpus.hpp"
#include "econclaims/report.hpp"
#include "econclaims/diagnostic.hpp"
#include "econclaims/extract.hpp"

namespace py = pybind11;

namespace econclaims::python {
namespace {

// The exchange format writes an empty text field as null; Python sees None.
py::typing::Optional<py::str> none_if_empty(const std::string& s) {
  if (s.empty()) return py::none();
  return py::str(s);
}

// JSON has no NaN or infinity; neither does the dict that mirrors it.
py::object json_number(double v) {
  if (!std::isfinite(v)) return py::none();
  return py::float_(v);
}

template <class Enum>
Enum parse_or_throw(std::optional<Enum> (*parse)(std::string_view) noexcept, std::string_view text,
                    const char* field) {
  if (auto v = parse(text)) return *v;
  throw py::value_error(std::string("unknown ") + field + " '" + std::string(text) + "'");
}

// Names of an enum's values in declaration order, so that a pandas categorical built from
// the integer codes below lists them in the library's order.
template <class Enum>
py::tuple enum_names(int count) {
  py::tuple names(count);
  for (int i = 0; i < count; ++i) names[i] = py::str(std::string(to_string(static_cast<Enum>(i))));
  return names;
}

// The explanation of a claim's attributes as the exchange format writes it: the keys
// that have a source.
py::dict why_dict(const claim_why& w) {
  py::dict d;
  for (const auto& [key, value] : {std::pair{"entity", &w.entity}, std::pair{"period", &w.period},
                                   std::pair{"basis", &w.basis}, std::pair{"modality", &w.modality}})
    if (!value->empty()) d[key] = *value;
  return d;
}

py::dict to_dict(const claim& c) {
  // Keys, their order and which are optional follow append_json (claims_io.cpp), so that
  // a dict equals the CLI's JSON line parsed by json.loads.
  py::dict d;
  d["doc"] = c.doc;
  d["quote"] = c.quote;
  d["start"] = c.span.begin;
  d["end"] = c.span.end;
  d["value"] = json_number(c.value);
  d["value_hi"] = c.value_hi ? json_number(*c.value_hi) : py::none();
  d["unit"] = c.unit;
  d["qualifier"] = std::string(to_string(c.qual));
  d["kind"] = std::string(to_string(c.kind));
  d["modality"] = std::string(to_string(c.mode));
  d["entity"] = none_if_empty(c.entity);
  d["indicator"] = none_if_empty(c.indicator);
  d["period"] = none_if_empty(c.period);
  d["basis"] = none_if_empty(c.basis);
  if (!c.of.empty()) d["of"] = c.of;
  d["doc_date"] = none_if_empty(c.doc_date);
  if (c.doc_date_inferred) d["doc_date_inferred"] = true;
  d["resolution"] = json_number(c.resolution);
  if (!c.price_basis.empty()) d["price_basis"] = c.price_basis;
  if (!c.entity_id.empty()) d["entity_id"] = c.entity_id;
  if (!c.entity_code.empty()) d["entity_code"] = c.entity_code;
  if (!c.indicator_id.empty()) d["indicator_id"] = c.indicator_id;
  if (!c.why.empty()) d["why"] = why_dict(c.why);
  return d;
}

std::string to_json(const claim& c) {
  std::string out;
  append_json(out, c);
  return out;
}

claim from_json(std::string_view line) {
  auto claims = read_claims(line, "<claim>");
  if (claims.size() != 1) throw py::value_error("expected exactly one claim in JSON text");
  return std::move(claims.front());
}

using opt_str = std::optional<std::string>;
constexpr int claim_state_size = 26;

py::tuple claim_state(const claim& c) {
  return py::make_tuple(c.doc, c.quote, c.span.begin, c.span.end, c.value, c.value_hi, c.unit,
                        static_cast<int>(c.qual), static_cast<int>(c.kind), static_cast<int>(c.mode),
                        c.entity, c.indicator, c.period, c.basis, c.of, c.doc_date, c.doc_date_inferred,
                        c.resolution, c.price_basis, c.entity_id, c.entity_code, c.indicator_id, c.why.entity,
                        c.why.period, c.why.basis, c.why.modality);
}

claim claim_from_state(const py::tuple& t) {
  if (t.size() != claim_state_size) throw std::runtime_error("invalid Claim state");
  claim c;
  c.doc = t[0].cast<std::string>();
  c.quote = t[1].cast<std::string>();
  c.span = {t[2].cast<std::size_t>(), t[3].cast<std::size_t>()};
  c.value = t[4].cast<double>();
  c.value_hi = t[5].cast<std::optional<double>>();
  c.unit = t[6].cast<std::string>();
  c.qual = static_cast<qualifier>(t[7].cast<int>());
  c.kind = static_cast<claim_kind>(t[8].cast<int>());
  c.mode = static_cast<modality>(t[9].cast<int>());
  c.entity = t[10].cast<std::string>();
  c.indicator = t[11].cast<std::string>();
  c.period = t[12].cast<std::string>();
  c.basis = t[13].cast<std::string>();
  c.of = t[14].cast<std::string>();
  c.doc_date = t[15].cast<std::string>();
  c.doc_date_inferred = t[16].cast<bool>();
  c.resolution = t[17].cast<double>();
  c.price_basis = t[18].cast<std::string>();
  c.entity_id = t[19].cast<std::string>();
  c.entity_code = t[20].cast<std::string>();
  c.indicator_id = t[21].cast<std::string>();
  c.why.entity = t[22].cast<std::string>();
  c.why.period = t[23].cast<std::string>();
  c.why.basis = t[24].cast<std::string>();
  c.why.modality = t[25].cast<std::string>();
  return c;
}

// The claims of a Python sequence as references into their Claim objects (no copies).
std::vector<const claim*> claim_refs(const py::sequence& seq) {
  std::vector<const claim*> refs;
  refs.reserve(seq.size());
  for (const py::handle item : seq) {
    if (!py::isinstance<claim>(item))
      throw py::type_error("expected Claim objects, not " + std::string(py::str(py::type::handle_of(item).attr("__name__"))));
    refs.push_back(&item.cast<const claim&>());
  }
  return refs;
}

// Column arrays of a claims table, for econclaims.claims_frame: numbers as NumPy arrays,
// enums as int8 codes into QUALIFIERS / KINDS / MODALITIES, text as lists (None for empty).
py::dict claims_columns(const py::sequence& seq) {
  const auto refs = claim_refs(seq);
  const auto n = static_cast<py::ssize_t>(refs.size());
  py::array_t<std::int64_t> start(n), end(n);
  py::array_t<double> value(n), value_hi(n), resolution(n);
  py::array_t<std::int8_t> qual(n), kind(n), mode(n);
  py::array_t<bool> inferred(n);
  py::list doc(n), quote(n), unit(n), entity(n), indicator(n), period(n), basis(n), of(n), doc_date(n),
      price_basis(n), entity_id(n), entity_code(n), indicator_id(n);
  auto s = start.mutable_unchecked<1>(), e = end.mutable_unchecked<1>();
  auto v = value.mutable_unchecked<1>(), vh = value_hi.mutable_unchecked<1>(), r = resolution.mutable_unchecked<1>();
  auto q = qual.mutable_unchecked<1>(), k = kind.mutable_unchecked<1>(), md = mode.mutable_unchecked<1>();
  auto inf = inferred.mutable_unchecked<1>();
  for (py::ssize_t i = 0; i < n; ++i) {
    const claim& c = *refs[static_cast<std::size_t>(i)];
    s(i) = static_cast<std::int64_t>(c.span.begin);
    e(i) = static_cast<std::int64_t>(c.span.end);
    v(i) = c.value;
    vh(i) = c.value_hi ? *c.value_hi : std::nan("");
    r(i) = c.resolution;
    q(i) = static_cast<std::int8_t>(c.qual);
    k(i) = static_cast<std::int8_t>(c.kind);
    md(i) = static_cast<std::int8_t>(c.mode);
    inf(i) = c.doc_date_inferred;
    doc[i] = c.doc;
    quote[i] = c.quote;
    unit[i] = c.unit;
    entity[i] = none_if_empty(c.entity);
    indicator[i] = none_if_empty(c.indicator);
    period[i] = none_if_empty(c.period);
    basis[i] = none_if_empty(c.basis);
    of[i] = none_if_empty(c.of);
    doc_date[i] = none_if_empty(c.doc_date);
    price_basis[i] = none_if_empty(c.price_basis);
    entity_id[i] = none_if_empty(c.entity_id);
    entity_code[i] = none_if_empty(c.entity_code);
    indicator_id[i] = none_if_empty(c.indicator_id);
  }
  py::dict cols;
  cols["doc"] = doc;
  cols["quote"] = quote;
  cols["start"] = start;
  cols["end"] = end;
  cols["value"] = value;
  cols["value_hi"] = value_hi;
  cols["unit"] = unit;
  cols["qualifier"] = qual;
  cols["kind"] = kind;
  cols["modality"] = mode;
  cols["entity"] = entity;
  cols["indicator"] = indicator;
  cols["period"] = period;
  cols["basis"] = basis;
  cols["of"] = of;
  cols["doc_date"] = doc_date;
  cols["doc_date_inferred"] = inferred;
  cols["resolution"] = resolution;
  cols["price_basis"] = price_basis;
  cols["entity_id"] = entity_id;
  cols["entity_code"] = entity_code;
  cols["indicator_id"] = indicator_id;
  return cols;
}

// The claim and its enumerations' names.
void bind_claim_type(py::module_& m) {
  m.attr("QUALIFIERS") = enum_names<qualifier>(7);
  m.attr("KINDS") = enum_names<claim_kind>(5);
  m.attr("MODALITIES") = enum_names<modality>(2);

  py::class_<claim>(m, "Claim", R"doc(
One quantity in a text, with the fields of the annotation guide.

Text fields the guide allows to be null (entity, indicator, period, basis, of,
doc_date, price_basis, entity_id, entity_code, indicator_id) are None when empty. qualifier, kind and modality are the
guide's names ("exact", "growth", "target" ...). to_dict() gives exactly the object
the command-line tool writes as one JSON line.

Example:
    >>> c = Claim(doc="a.txt", quote="12%", value=12.0, unit="%", kind="growth")
    >>> c.kind, c.period
    ('growth', None)
)doc")
      .def(py::init([](std::string doc, std::string quote, std::size_t start, std::size_t end, double value,
                       std::optional<double> value_hi, std::string unit, std::string_view qual,
                       std::string_view kind, std::string_view mode, opt_str entity, opt_str indicator,
                       opt_str period, opt_str basis, opt_str of, opt_str doc_date, bool doc_date_inferred,
                       double resolution, opt_str price_basis, opt_str entity_id, opt_str entity_code,
                       opt_str indicator_id) {
             claim c;
             c.doc = std::move(doc);
             c.quote = std::move(quote);
             c.span = {start, end};
             c.value = value;
             c.value_hi = value_hi;
             c.unit = std::move(unit);
             c.qual = parse_or_throw(parse_qualifier, qual, "qualifier");
             c.kind = parse_or_throw(parse_claim_kind, kind, "kind");
             c.mode = parse_or_throw(parse_modality, mode, "modality");
             c.entity = entity.value_or("");
             c.indicator = indicator.value_or("");
             c.period = period.value_or("");
             c.basis = basis.value_or("");
             c.of = of.value_or("");
             c.doc_date = doc_date.value_or("");
             c.doc_date_inferred = doc_date_inferred;
             c.resolution = resolution;
             c.price_basis = price_basis.value_or("");
             c.entity_id = entity_id.value_or("");
             c.entity_code = entity_code.value_or("");
             c.indicator_id = indicator_id.value_or("");
             return c;
           }),
           py::kw_only(), py::arg("doc") = "", py::arg("quote") = "", py::arg("start") = 0, py::arg("end") = 0,
           py::arg("value") = 0.0, py::arg("value_hi") = py::none(), py::arg("unit") = "",
           py::arg("qualifier") = "exact", py::arg("kind") = "level", py::arg("modality") = "actual",
           py::arg("entity") = py::none(), py::arg("indicator") = py::none(), py::arg("period") = py::none(),
           py::arg("basis") = py::none(), py::arg("of") = py::none(), py::arg("doc_date") = py::none(),
           py::arg("doc_date_inferred") = false, py::arg("resolution") = 0.0, py::arg("price_basis") = py::none(),
           py::arg("entity_id") = py::none(), py::arg("entity_code") = py::none(), py::arg("indicator_id") = py::none())
      .def_readwrite("doc", &claim::doc, "Document name (the file's base name).")
      .def_readwrite("quote", &claim::quote, "The number and unit exactly as written.")
      .def_property(
          "start", [](const claim& c) { return c.span.begin; }, [](claim& c, std::size_t v) { c.span.begin = v; },
          "Byte offset of the quote in the original file.")
      .def_property(
          "end", [](const claim& c) { return c.span.end; }, [](claim& c, std::size_t v) { c.span.end = v; },
          "Byte offset one past the quote.")
      .def_readwrite("value", &claim::value, "Value in the canonical unit; the low end of a range.")
      .def_readwrite("value_hi", &claim::value_hi, "High end of a range, or None.")
      .def_readwrite("unit", &claim::unit, "Canonical unit code: CNY, USD, %, pp, x, m2, 个 ...")
      .def_property(
          "qualifier", [](const claim& c) { return std::string(to_string(c.qual)); },
          [](claim& c, std::string_view s) { c.qual = parse_or_throw(parse_qualifier, s, "qualifier"); },
          "exact, approx, over, at_least, nearly, under or at_most.")
      .def_property(
          "kind", [](const claim& c) { return std::string(to_string(c.kind)); },
          [](claim& c, std::string_view s) { c.kind = parse_or_throw(parse_claim_kind, s, "kind"); },
          "level, growth, share, multiple or change.")
      .def_property(
          "modality", [](const claim& c) { return std::string(to_string(c.mode)); },
          [](claim& c, std::string_view s) { c.mode = parse_or_throw(parse_modality, s, "modality"); },
          "actual or target.")
#define ECONCLAIMS_OPTIONAL_TEXT(field, doc)                                                   \
  def_property(                                                                                 \
      #field, [](const claim& c) { return none_if_empty(c.field); },                          \
      [](claim& c, const opt_str& s) { c.field = s.value_or(""); }, doc)
      .ECONCLAIMS_OPTIONAL_TEXT(entity, "Who or what the figure is about, or None.")
      .ECONCLAIMS_OPTIONAL_TEXT(indicator, "What is measured, or None.")
      .ECONCLAIMS_OPTIONAL_TEXT(period, "Guide period string (2018, 2018-H1, 2020-01/2020-03 ...), or None.")
      .ECONCLAIMS_OPTIONAL_TEXT(basis, "Comparison period of a growth, multiple or change, or None.")
      .ECONCLAIMS_OPTIONAL_TEXT(of, "For a share: the whole it is a share of, or None.")
      .ECONCLAIMS_OPTIONAL_TEXT(doc_date, "Document date the periods were resolved against, or None.")
      .ECONCLAIMS_OPTIONAL_TEXT(price_basis, "\"real\", \"nominal\", or None when the text does not say.")
      .ECONCLAIMS_OPTIONAL_TEXT(entity_id, "The entity's canonical name (广州 → 广州市), or None.")
      .ECONCLAIMS_OPTIONAL_TEXT(entity_code, "The entity's administrative division code (GB/T 2260), or None.")
      .ECONCLAIMS_OPTIONAL_TEXT(indicator_id, "The indicator's canonical name, or None.")
      .def_property_readonly(
          "why", [](const claim& c) -> py::object { return c.why.empty() ? py::object(py::none()) : why_dict(c.why); },
          "Where the entity, period, basis and modality came from (explain mode), as a dict; None otherwise.")
#undef ECONCLAIMS_OPTIONAL_TEXT
      .def_readwrite("doc_date_inferred", &claim::doc_date_inferred,
                     "True when doc_date was guessed from the text.")
      .def_readwrite("resolution", &claim::resolution,
                     "Half a unit of the last printed digit, in canonical units (0: unknown).")
      .def("to_dict", &to_dict,
           "The claim as the dict of its exchange-format JSON line (the CLI's output).")
      .def("to_json", &to_json, "The claim as one exchange-format JSON line, without newline.")
      .def_static("from_json", &from_json, py::arg("line"), "Read a claim from one JSON line.")
      .def_static(
          "from_dict",
          [](const py::dict& d) {
            const auto text = py::module_::import("json").attr("dumps")(d, py::arg("ensure_ascii") = false);
            return from_json(text.cast<std::string>());
          },
          py::arg("d"), "Read a claim from a dict with the exchange-format keys (as to_dict() gives).")
      .def(
          "__eq__", [](const claim& a, const claim& b) { return a == b; }, py::is_operator())
      .def(
          "__ne__", [](const claim& a, const claim& b) { return !(a == b); }, py::is_operator())
      .def("__copy__", [](const claim& c) { return c; })
      .def(
          "__deepcopy__", [](const claim& c, const py::dict&) { return c; }, py::arg("memo"))
      .def("__repr__",
           [](const claim& c) {
             return "Claim(" + py::repr(to_dict(c)).cast<std::string>() + ")";
           })
      .def(py::pickle(&claim_state, &claim_from_state));
}

// Extraction: its results and the function.
void bind_extraction(py::module_& m) {
  py::class_<skipped_number>(m, "SkippedNumber", "A number seen and not turned into a claim, with the reason.")
      .def_readonly("quote", &skipped_number::quote)
      .def_property_readonly("start", [](const skipped_number& s) { return s.span.begin; })
      .def_property_readonly("end", [](const skipped_number& s) { return s.span.end; })
      .def_readonly("reason", &skipped_number::reason)
      .def("__repr__", [](const skipped_number& s) {
        return "SkippedNumber(quote=" + py::repr(py::str(s.quote)).cast<std::string>() +
               ", start=" + std::to_string(s.span.begin) + ", reason=" + py::repr(py::str(s.reason)).cast<std::string>() + ")";
      });

  py::class_<diagnostic>(m, "Diagnostic", "What went wrong in an input and where (extraction never throws).")
      .def_property_readonly("code", [](const diagnostic& d) { return static_cast<int>(d.code); },
                             "Stable numeric code: 101 invalid UTF-8, 105 bad date ...")
      .def_property_readonly("start", [](const diagnostic& d) { return d.where.begin; })
      .def_property_readonly("end", [](const diagnostic& d) { return d.where.end; })
      .def_readonly("message", &diagnostic::message)
      .def("__repr__", [](const diagnostic& d) {
        return "Diagnostic(code=" + std::to_string(static_cast<int>(d.code)) +
               ", message=" + py::repr(py::str(d.message)).cast<std::string>() + ")";
      });

  py::class_<extraction_result>(m, "ExtractionResult", "Claims, skipped numbers and diagnostics of one document.")
      .def_readonly("claims", &extraction_result::claims)
      .def_readonly("skipped", &extraction_result::skipped)
      .def_readonly("diagnostics", &extraction_result::diagnostics)
      .def_property_readonly("ok", &extraction_result::ok, "True when the input could be read.");

  m.def(
      "extract",
      [](std::string_view data, std::string doc, std::string date, bool explain, const std::string& encoding) {
        extract_options options{.doc = std::move(doc), .doc_date = std::move(date), .explain = explain};
        if (encoding != "auto") {
          options.encoding = parse_encoding(encoding);
          if (!options.encoding)
            throw std::invalid_argument("unknown encoding '" + encoding +
                                        "' (utf-8, gb18030, big5, big5-hkscs, utf-16le, utf-16be, auto)");
        }
        return econclaims::extract(data, options);
      },
      // The bytes object stays alive and immutable for the call, so the view into it is
      // safe without the GIL, and other Python threads extract at the same time.
      py::call_guard<py::gil_scoped_release>(), py::arg("data"), py::arg("doc") = "", py::arg("date") = "",
      py::arg("explain") = false, py::arg("encoding") = "utf-8",
      "Extract one document given as bytes in `encoding` (\"auto\" detects it); diagnostics instead of exceptions.");
}

// Documents from files, the report, and the exchange format.
void bind_documents_and_formats(py::module_& m) {
  m.def(
      "document_files", [](const std::vector<std::string>& paths) { return document_files(paths); }, py::arg("paths"),
      "The document files `paths` name: files as given, directories' .txt files at any depth in path order.");
  m.def(
      "read_documents",
      [](const std::vector<std::string>& paths, std::map<std::string, std::string> dates, std::string date) {
        document_read_options options;
        options.defaults.doc_date = std::move(date);
        options.dates = std::move(dates);
        std::vector<file_document> read;
        {
          py::gil_scoped_release release;
          read = read_documents(paths, std::move(options));
        }
        py::list out;
        for (auto& f : read)
          out.append(py::make_tuple(f.path, f.document.options.doc, py::bytes(f.document.text),
                                    f.document.options.doc_date, f.readable));
        return out;
      },
      py::arg("paths"), py::arg("dates"), py::arg("date") = "",
      "The document files of `paths` (directories expanded) read whole, named and dated as the command line "
      "does: a list of (path, name, bytes, date, readable).");

  m.def(
      "render_report",
      [](const std::vector<std::tuple<std::string, py::bytes, std::string>>& docs, std::string title) {
        std::vector<std::tuple<std::string, std::string, std::string>> inputs;
        for (const auto& [name, text, date] : docs) inputs.emplace_back(name, std::string(text), date);
        py::gil_scoped_release release;
        std::vector<report_document> rendered;
        for (auto& [name, text, date] : inputs) {
          extract_options options;
          options.doc_date = date;
          rendered.push_back(make_report_document(name, std::move(text), options));
        }
        report_options options;
        options.title = std::move(title);
        return render_report(rendered, options);
      },
      py::arg("docs"), py::arg("title") = "econclaims report",
      "The HTML report of documents given as (name, bytes, date) tuples.");

  m.def(
      "read_claims", [](std::string_view text, std::string_view source) { return read_claims(text, source); },
      py::arg("text"), py::arg("source") = "<string>",
      "Claims from JSON Lines text; FormatError names source and line.");
  m.def(
      "read_doc_dates",
      [](std::string_view text, std::string_view source) { return read_doc_dates(text, source); },
      py::arg("text"), py::arg("source") = "<string>", "A docs file's text as {doc: date}.");
  m.def(
      "claims_to_jsonl",
      [](const py::sequence& claims) {
        std::string out;
        for (const claim* c : claim_refs(claims)) {
          append_json(out, *c);
          out += '\n';
        }
        return out;
      },
      py::arg("claims"), "Claims as JSON Lines text, as the CLI writes them.");
  m.def(
      "claims_to_csv",
      [](const py::sequence& claims) {
        std::string out(csv_header());
        out += '\n';
        for (const claim* c : claim_refs(claims)) {
          append_csv(out, *c);
          out += '\n';
        }
        return out;
      },
      py::arg("claims"), "Claims as CSV text with a header line, as `econclaims extract --format csv` writes them.");
  m.def("claims_columns", &claims_columns, py::arg("claims"),
        "Column arrays of a claims table (used by econclaims.claims_frame).");
}

}  // namespace

void bind_claims(py::module_& m) {
  bind_claim_type(m);
  bind_extraction(m);
  bind_documents_and_formats(m);
}

}  // namespace econclaims::python
