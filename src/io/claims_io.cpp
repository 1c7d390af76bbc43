// JSON Lines and CSV for claims; docs files. Reading uses the flat-object grammar.
#include "econclaims/claims_io.hpp"

#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "json_object.hpp"

namespace econclaims {
namespace {

using namespace std::string_view_literals;

using detail::append_json_string;

template <class Integer>
void append_integer(std::string& out, Integer v) {
  const fmt::format_int digits(v);
  out.append(digits.data(), digits.size());
}

void append_number(std::string& out, double v) {
  if (!std::isfinite(v)) {  // JSON has no NaN or infinity
    out += "null"sv;
    return;
  }
  if (v == std::trunc(v) && std::fabs(v) < 1e15) {
    append_integer(out, static_cast<long long>(v));
  } else {
    fmt::format_to(std::back_inserter(out), "{}", v);
  }
}

void append_nullable(std::string& out, const std::string& s) {
  if (s.empty()) out += "null"sv;
  else append_json_string(out, s);
}

// A cell a spreadsheet would evaluate as a formula gets a leading apostrophe.
void append_csv_cell(std::string& out, std::string_view s) {
  bool formula = !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
                                s[0] == '\t' || s[0] == '\r');
  bool quote = formula || s.find_first_of(",\"\n\r") != std::string_view::npos;
  if (!quote) {
    out += s;
    return;
  }
  out += '"';
  if (formula) out += '\'';
  for (char ch : s) {
    if (ch == '"') out += '"';
    out += ch;
  }
  out += '"';
}

std::string number_text(double v) {
  std::string s;
  append_number(s, v);
  return s;
}

}  // namespace

std::string_view to_string(qualifier q) noexcept {
  switch (q) {
    case qualifier::exact: return "exact";
    case qualifier::approx: return "approx";
    case qualifier::over: return "over";
    case qualifier::at_least: return "at_least";
    case qualifier::nearly: return "nearly";
    case qualifier::under: return "under";
    case qualifier::at_most: return "at_most";
  }
  return "exact";
}

std::string_view to_string(claim_kind k) noexcept {
  switch (k) {
    case claim_kind::level: return "level";
    case claim_kind::growth: return "growth";
    case claim_kind::share: return "share";
    case claim_kind::multiple: return "multiple";
    case claim_kind::change: return "change";
  }
  return "level";
}

std::string_view to_string(modality m) noexcept {
  return m == modality::target ? "target" : "actual";
}

std::optional<qualifier> parse_qualifier(std::string_view s) noexcept {
  for (auto q : {qualifier::exact, qualifier::approx, qualifier::over, qualifier::at_least,
                 qualifier::nearly, qualifier::under, qualifier::at_most})
    if (to_string(q) == s) return q;
  return std::nullopt;
}

std::optional<claim_kind> parse_claim_kind(std::string_view s) noexcept {
  for (auto k : {claim_kind::level, claim_kind::growth, claim_kind::share, claim_kind::multiple,
                 claim_kind::change})
    if (to_string(k) == s) return k;
  return std::nullopt;
}

std::optional<modality> parse_modality(std::string_view s) noexcept {
  if (s == "actual") return modality::actual;
  if (s == "target") return modality::target;
  return std::nullopt;
}

void append_json(std::string& out, const claim& c) {
  out += "{\"doc\": "sv;
  append_json_string(out, c.doc);
  out += ", \"quote\": "sv;
  append_json_string(out, c.quote);
  out += ", \"start\": "sv;
  append_integer(out, c.span.begin);
  out += ", \"end\": "sv;
  append_integer(out, c.span.end);
  out += ", \"value\": "sv;
  append_number(out, c.value);
  out += ", \"value_hi\": "sv;
  if (c.value_hi) append_number(out, *c.value_hi);
  else out += "null"sv;
  out += ", \"unit\": "sv;
  append_json_string(out, c.unit);
  out += ", \"qualifier\": \""sv;
  out += to_string(c.qual);
  out += "\", \"kind\": \""sv;
  out += to_string(c.kind);
  out += "\", \"modality\": \""sv;
  out += to_string(c.mode);
  out += '"';
  out += ", \"entity\": "sv;
  append_nullable(out, c.entity);
  out += ", \"indicator\": "sv;
  append_nullable(out, c.indicator);
  out += ", \"period\": "sv;
  append_nullable(out, c.period);
  out += ", \"basis\": "sv;
  append_nullable(out, c.basis);
  if (!c.of.empty()) {
    out += ", \"of\": "sv;
    append_json_string(out, c.of);
  }
  out += ", \"doc_date\": "sv;
  append_nullable(out, c.doc_date);
  if (c.doc_date_inferred) out += ", \"doc_date_inferred\": true"sv;
  out += ", \"resolution\": "sv;
  append_number(out, c.resolution);
  if (!c.price_basis.empty()) {
    out += ", \"price_basis\": "sv;
    append_json_string(out, c.price_basis);
  }
  if (!c.why.empty()) {
    // Only the attributes that have a source: a level has no basis to explain.
    out += ", \"why\": {"sv;
    bool first = true;
    for (const auto& [key, value] : {std::pair{"entity"sv, &c.why.entity}, std::pair{"period"sv, &c.why.period},
                                     std::pair{"basis"sv, &c.why.basis}, std::pair{"modality"sv, &c.why.modality}}) {
      if (value->empty()) continue;
      if (!first) out += ", "sv;
      first = false;
      append_json_string(out, key);
      out += ": "sv;
      append_json_string(out, *value);
    }
    out += '}';
  }
  out += '}';
}

void append_json(std::string& out, std::string_view doc, const skipped_number& s) {
  out += "{\"doc\": "sv;
  append_json_string(out, doc);
  out += ", \"quote\": "sv;
  append_json_string(out, s.quote);
  out += ", \"start\": "sv;
  append_integer(out, s.span.begin);
  out += ", \"end\": "sv;
  append_integer(out, s.span.end);
  out += ", \"reason\": "sv;
  append_json_string(out, s.reason);
  out += '}';
}

std::string_view csv_header() noexcept {
  return "doc,quote,start,end,value,value_hi,unit,qualifier,kind,modality,entity,indicator,"
         "period,basis,of,doc_date,doc_date_inferred,resolution,price_basis";
}

void append_csv(std::string& out, const claim& c) {
  append_csv_cell(out, c.doc);
  out += ',';
  append_csv_cell(out, c.quote);
  fmt::format_to(std::back_inserter(out), ",{},{},", c.span.begin, c.span.end);
  append_csv_cell(out, number_text(c.value));
  out += ',';
  if (c.value_hi) append_csv_cell(out, number_text(*c.value_hi));
  out += ',';
  append_csv_cell(out, c.unit);
  fmt::format_to(std::back_inserter(out), ",{},{},{},", to_string(c.qual), to_string(c.kind),
                 to_string(c.mode));
  for (const std::string* s : {&c.entity, &c.indicator, &c.period, &c.basis, &c.of, &c.doc_date}) {
    append_csv_cell(out, *s);
    out += ',';
  }
  out += c.doc_date_inferred ? "true,"sv : "false,"sv;
  out += number_text(c.resolution);
  out += ',';
  append_csv_cell(out, c.price_basis);
}

namespace {

template <class F>
void for_each_line(std::string_view text, F&& f) {
  std::size_t line_no = 0, pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    ++line_no;
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") != std::string_view::npos) f(line, line_no);
    pos = nl + 1;
  }
}

const detail::json_scalar* member(const detail::json_object& o, std::string_view key) {
  for (const auto& [k, v] : o)
    if (k == key) return &v;
  return nullptr;
}

[[noreturn]] void fail(std::string_view source, std::size_t line, std::string_view what) {
  throw format_error(fmt::format("{}:{}: {}", source, line, what));
}

std::string get_string(const detail::json_object& o, std::string_view key, std::string_view source,
                       std::size_t line, bool required) {
  const auto* v = member(o, key);
  if (!v || std::holds_alternative<std::nullptr_t>(*v)) {
    if (required) fail(source, line, fmt::format("missing field \"{}\"", key));
    return {};
  }
  if (const auto* s = std::get_if<std::string>(v)) return *s;
  if (const auto* d = std::get_if<double>(v)) return number_text(*d);  // a year written as a number
  fail(source, line, fmt::format("field \"{}\" must be a string", key));
}

std::optional<double> get_number(const detail::json_object& o, std::string_view key,
                                 std::string_view source, std::size_t line, bool required) {
  const auto* v = member(o, key);
  if (!v || std::holds_alternative<std::nullptr_t>(*v)) {
    if (required) fail(source, line, fmt::format("missing field \"{}\"", key));
    return std::nullopt;
  }
  if (const auto* d = std::get_if<double>(v)) return *d;
  fail(source, line, fmt::format("field \"{}\" must be a number", key));
}

detail::json_object parse_line(std::string_view line, std::string_view source, std::size_t line_no) {
  std::size_t err = 0;
  auto obj = detail::parse_flat_object(line, err);
  if (!obj) fail(source, line_no, fmt::format("not a flat JSON object (column {})", err + 1));
  return std::move(*obj);
}

}  // namespace

std::vector<claim> read_claims(std::string_view jsonl, std::string_view source) {
  std::vector<claim> out;
  for_each_line(jsonl, [&](std::string_view line, std::size_t n) {
    auto o = parse_line(line, source, n);
    claim c;
    c.doc = get_string(o, "doc", source, n, true);
    c.quote = get_string(o, "quote", source, n, false);
    c.span.begin = static_cast<std::size_t>(get_number(o, "start", source, n, false).value_or(0));
    c.span.end = static_cast<std::size_t>(get_number(o, "end", source, n, false).value_or(0));
    c.value = *get_number(o, "value", source, n, true);
    c.value_hi = get_number(o, "value_hi", source, n, false);
    c.unit = get_string(o, "unit", source, n, true);
    auto text_enum = [&](std::string_view key, auto parse, auto fallback) {
      std::string s = get_string(o, key, source, n, false);
      if (s.empty()) return fallback;
      auto v = parse(s);
      if (!v) fail(source, n, fmt::format("field \"{}\" has unknown value \"{}\"", key, s));
      return *v;
    };
    c.qual = text_enum("qualifier", parse_qualifier, qualifier::exact);
    c.kind = text_enum("kind", parse_claim_kind, claim_kind::level);
    c.mode = text_enum("modality", parse_modality, modality::actual);
    c.entity = get_string(o, "entity", source, n, false);
    c.indicator = get_string(o, "indicator", source, n, false);
    c.period = get_string(o, "period", source, n, false);
    c.basis = get_string(o, "basis", source, n, false);
    c.of = get_string(o, "of", source, n, false);
    c.doc_date = get_string(o, "doc_date", source, n, false);
    if (const auto* v = member(o, "doc_date_inferred"))
      if (const auto* b = std::get_if<bool>(v)) c.doc_date_inferred = *b;
    c.resolution = get_number(o, "resolution", source, n, false).value_or(0.0);
    c.price_basis = get_string(o, "price_basis", source, n, false);
    out.push_back(std::move(c));
  });
  return out;
}

std::map<std::string, std::string> read_doc_dates(std::string_view jsonl, std::string_view source) {
  std::map<std::string, std::string> out;
  for_each_line(jsonl, [&](std::string_view line, std::size_t n) {
    auto o = parse_line(line, source, n);
    out[get_string(o, "doc", source, n, true)] = get_string(o, "date", source, n, true);
  });
  return out;
}

}  // namespace econclaims
