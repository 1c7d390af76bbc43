// JSON Lines and CSV for claims; document-date files. Reading parses each line with
// nlohmann::json, so any valid JSON object is read, and errors name line and column.
#include "econclaims/claims_io.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "json_write.hpp"

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

// The opening of a record about a quote: {"doc", "quote", "start", "end" (no closing brace).
void append_quote_fields(std::string& out, std::string_view doc, std::string_view quote, byte_span span) {
  out += "{\"doc\": "sv;
  append_json_string(out, doc);
  out += ", \"quote\": "sv;
  append_json_string(out, quote);
  out += ", \"start\": "sv;
  append_integer(out, span.begin);
  out += ", \"end\": "sv;
  append_integer(out, span.end);
}

std::string number_text(double v) {
  std::string s;
  append_number(s, v);
  return s;
}

}  // namespace

void append_json(std::string& out, const claim& c) {
  append_quote_fields(out, c.doc, c.quote, c.span);
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
  for (const auto& [key, value] : {std::pair{", \"entity_id\": "sv, &c.entity_id},
                                   std::pair{", \"entity_code\": "sv, &c.entity_code},
                                   std::pair{", \"indicator_id\": "sv, &c.indicator_id}})
    if (!value->empty()) {
      out += key;
      append_json_string(out, *value);
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
  append_quote_fields(out, doc, s.quote, s.span);
  out += ", \"reason\": "sv;
  append_json_string(out, s.reason);
  out += '}';
}

// A number as written by the writers here (digits, point, sign, exponent): a spreadsheet
// reads it as the number, so it needs no neutralizing.
bool numeric(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789.eE+-") == std::string_view::npos &&
         s.find_first_of("0123456789") != std::string_view::npos;
}

void append_csv_cell(std::string& out, std::string_view s) {
  const bool formula = !numeric(s) && !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
                                                     s[0] == '\t' || s[0] == '\r');
  const bool quote = formula || s.find_first_of(",\"\n\r") != std::string_view::npos;
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

std::string_view csv_header() noexcept {
  return "doc,quote,start,end,value,value_hi,unit,qualifier,kind,modality,entity,indicator,"
         "period,basis,of,doc_date,doc_date_inferred,resolution,price_basis,entity_id,entity_code,indicator_id";
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
  for (const std::string* s : {&c.entity_id, &c.entity_code, &c.indicator_id}) {
    out += ',';
    append_csv_cell(out, *s);
  }
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

// nlohmann's message without its id and position prefix ("[json.exception…] parse error
// at line 1, column 5: "), which the caller gives in its own form.
// At most 160 bytes of it: the message may quote the offending text.
std::string plain_reason(std::string_view what) {
  if (const std::size_t col = what.find("column "); col != std::string_view::npos) {
    if (const std::size_t colon = what.find(": ", col); colon != std::string_view::npos) what = what.substr(colon + 2);
  } else if (what.starts_with("[json.exception.")) {
    if (const std::size_t close = what.find("] "); close != std::string_view::npos) what = what.substr(close + 2);
  }
  if (what.size() <= 160) return std::string(what);
  std::size_t cut = 160;
  while (cut > 0 && (static_cast<unsigned char>(what[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return std::string(what.substr(0, cut)) + "…";
}

[[noreturn]] void fail(std::string_view source, std::size_t line, std::string_view what) {
  throw format_error(fmt::format("{}:{}: {}", source, line, what));
}

// One line parsed as a JSON object. A parse error names the column (1-based byte) where
// the text stopped being JSON.
nlohmann::json parse_line(std::string_view line, std::string_view source, std::size_t line_no) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    // e.byte counts from 1 and can point one past the end (input ended early).
    throw format_error(fmt::format("{}:{}:{}: not JSON: {}", source, line_no, std::min(e.byte, line.size() + 1),
                                   plain_reason(e.what())));
  } catch (const nlohmann::json::exception& e) {
    // A number beyond the range of a double, or another value JSON allows and a claim cannot hold.
    throw format_error(fmt::format("{}:{}: {}", source, line_no, plain_reason(e.what())));
  }
  if (!j.is_object()) fail(source, line_no, "a line must hold one JSON object");
  return j;
}

// A member of `o` that is present and not null, else nullptr.
const nlohmann::json* member(const nlohmann::json& o, const char* key) {
  const auto it = o.find(key);
  return it == o.end() || it->is_null() ? nullptr : &*it;
}

std::string get_string(const nlohmann::json& o, const char* key, std::string_view source, std::size_t line,
                       bool required) {
  const auto* v = member(o, key);
  if (!v) {
    if (required) fail(source, line, fmt::format("missing field \"{}\"", key));
    return {};
  }
  if (v->is_string()) return v->get<std::string>();
  if (v->is_number()) return number_text(v->get<double>());  // a year written as a number
  fail(source, line, fmt::format("field \"{}\" must be a string", key));
}

std::optional<double> get_number(const nlohmann::json& o, const char* key, std::string_view source,
                                 std::size_t line, bool required) {
  const auto* v = member(o, key);
  if (!v) {
    if (required) fail(source, line, fmt::format("missing field \"{}\"", key));
    return std::nullopt;
  }
  if (v->is_number()) return v->get<double>();
  fail(source, line, fmt::format("field \"{}\" must be a number", key));
}

// A byte offset: a whole number from 0 up.
std::size_t get_offset(const nlohmann::json& o, const char* key, std::string_view source, std::size_t line) {
  const auto v = get_number(o, key, source, line, false);
  if (!v) return 0;
  if (!(*v >= 0 && *v <= 9.007199254740992e15) || *v != std::floor(*v))
    fail(source, line, fmt::format("field \"{}\" must be a byte offset (a whole number from 0)", key));
  return static_cast<std::size_t>(*v);
}

claim read_claim(const nlohmann::json& o, std::string_view source, std::size_t n) {
  claim c;
  c.doc = get_string(o, "doc", source, n, true);
  c.quote = get_string(o, "quote", source, n, false);
  c.span.begin = get_offset(o, "start", source, n);
  c.span.end = get_offset(o, "end", source, n);
  if (c.span.end < c.span.begin) fail(source, n, "field \"end\" is before \"start\"");
  c.value = *get_number(o, "value", source, n, true);
  c.value_hi = get_number(o, "value_hi", source, n, false);
  c.unit = get_string(o, "unit", source, n, true);
  auto text_enum = [&](const char* key, auto parse, auto fallback) {
    std::string s = get_string(o, key, source, n, false);
    if (s.empty()) return fallback;
    auto v = parse(s);
    if (!v) fail(source, n, fmt::format("field \"{}\" has unknown value \"{}\"", key, s));
    return *v;
  };
  c.qual = text_enum("qualifier", parse_qualifier, qualifier::exact);
  c.kind = text_enum("kind", parse_claim_kind, claim_kind::level);
  c.mode = text_enum("modality", parse_modality, modality::actual);
  // The optional text fields, null or absent when empty.
  for (const auto& [key, field] : {std::pair{"entity", &claim::entity}, std::pair{"indicator", &claim::indicator},
                                   std::pair{"period", &claim::period}, std::pair{"basis", &claim::basis},
                                   std::pair{"of", &claim::of}, std::pair{"doc_date", &claim::doc_date},
                                   std::pair{"price_basis", &claim::price_basis},
                                   std::pair{"entity_id", &claim::entity_id},
                                   std::pair{"entity_code", &claim::entity_code},
                                   std::pair{"indicator_id", &claim::indicator_id}})
    c.*field = get_string(o, key, source, n, false);
  if (const auto* v = member(o, "doc_date_inferred")) {
    if (!v->is_boolean()) fail(source, n, "field \"doc_date_inferred\" must be true or false");
    c.doc_date_inferred = v->get<bool>();
  }
  c.resolution = get_number(o, "resolution", source, n, false).value_or(0.0);
  if (const auto* why = member(o, "why")) {
    if (!why->is_object()) fail(source, n, "field \"why\" must be an object");
    for (const auto& [key, field] : {std::pair{"entity", &claim_why::entity}, std::pair{"period", &claim_why::period},
                                     std::pair{"basis", &claim_why::basis}, std::pair{"modality", &claim_why::modality}})
      c.why.*field = get_string(*why, key, source, n, false);
  }
  return c;
}

}  // namespace

claims_read read_claims_lines(std::string_view jsonl, std::string_view source) {
  claims_read out;
  out.source = source;
  for_each_line(jsonl, [&](std::string_view line, std::size_t n) {
    out.claims.push_back(read_claim(parse_line(line, source, n), source, n));
    out.lines.push_back(n);
  });
  return out;
}

std::vector<claim> read_claims(std::string_view jsonl, std::string_view source) {
  return read_claims_lines(jsonl, source).claims;
}

claims_read read_claims_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw format_error(fmt::format("{}: {}", path, error_message(errc::unreadable_file)));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw format_error(fmt::format("{}: {}", path, error_message(errc::unreadable_file)));
  return read_claims_lines(ss.str(), path);
}

std::map<std::string, std::string> read_doc_dates(std::string_view jsonl, std::string_view source) {
  std::map<std::string, std::string> out;
  for_each_line(jsonl, [&](std::string_view line, std::size_t n) {
    const auto o = parse_line(line, source, n);
    out[get_string(o, "doc", source, n, true)] = get_string(o, "date", source, n, true);
  });
  return out;
}

}  // namespace econclaims
