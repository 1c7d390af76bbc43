// The indicator table: synonyms and time behaviour, read from the plain-text format
// described in indicators.hpp. The default table is compiled in from
// data/indicator_synonyms.txt (see default_synonyms.cpp.in).
#include "econclaims/indicators.hpp"
#include "econclaims/names.hpp"
#include "econclaims/detail/enum_names.hpp"

#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "econclaims/diagnostic.hpp"
#include "econclaims/units.hpp"

namespace econclaims {

namespace detail {
std::string_view default_indicator_table() noexcept;  // generated from the data file
}

namespace {

std::string_view trim(std::string_view s) {
  // ASCII blanks and U+3000 (E3 80 80), the ideographic space.
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    else if (s.substr(0, 3) == "\xe3\x80\x80") s.remove_prefix(3);
    else break;
  }
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xe3\x80\x80") s.remove_suffix(3);
    else break;
  }
  return s;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
    s.replace(pos, from.size(), to);
}

bool contains_word(std::string_view name, const std::string& word) {
  return name.find(word) != std::string_view::npos;
}

}  // namespace

constexpr detail::enum_name<measure> measure_names[] = {
    {measure::flow, "flow"}, {measure::stock, "stock"}, {measure::rate, "rate"}};

std::string_view to_string(measure m) noexcept { return detail::name_of(measure_names, m, "flow"); }

std::string canonical_indicator_of(std::string_view name, std::string_view entity_id, const indicator_table& table) {
  std::string id = table.canonical(name);
  constexpr std::string_view national = "国内生产总值", regional = "地区生产总值";
  if (entity_id.empty() || (id != national && id != regional)) return id;
  if (entity_id == nation_id) return std::string(national);
  // A region of China (a division, or a zone) reports 地区生产总值; another country or
  // a company keeps the name the table gives.
  std::string_view host;
  if (!canonical_entity_of(entity_id).code.empty() || !canonical_zone_type(entity_id, host).empty())
    return std::string(regional);
  return id;
}

std::string normalize_indicator(std::string_view name) {
  std::string s(trim(name));
  replace_all(s, "\xef\xbc\x88", "(");  // U+FF08 full-width left parenthesis
  replace_all(s, "\xef\xbc\x89", ")");  // U+FF09
  return s;
}

const indicator_table& indicator_table::defaults() {
  static const indicator_table table = [] {
    indicator_table t;
    t.load(detail::default_indicator_table(), "indicator_synonyms.txt");
    return t;
  }();
  return table;
}

void indicator_table::load(std::string_view text, std::string_view source) {
  std::size_t line_no = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    ++line_no;
    const std::string_view line = trim(text.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty() || line.front() == '#') continue;
    auto fail = [&](std::string_view what) {
      throw format_error(fmt::format("{}:{}: {}", source, line_no, what));
    };
    if (line.front() == '@') {
      const auto sp = line.find_first_of(" \t");
      if (sp == std::string_view::npos) fail("an @ directive needs a word after it");
      const std::string_view directive = line.substr(1, sp - 1);
      const std::string word = normalize_indicator(line.substr(sp + 1));
      if (word.empty()) fail("an @ directive needs a word after it");
      if (directive == "stock") measure_words_.emplace_back(word, measure::stock);
      else if (directive == "flow") measure_words_.emplace_back(word, measure::flow);
      else if (directive == "rate") measure_words_.emplace_back(word, measure::rate);
      else if (directive == "comparable") comparable_words_.push_back(word);
      else if (directive == "real") real_words_.push_back(word);
      else fail(fmt::format("unknown directive '@{}' (expected @stock, @flow, @rate, @comparable, @real)", directive));
      continue;
    }
    std::vector<std::string> names;
    for (std::size_t start = 0;;) {
      const auto eq = line.find('=', start);
      names.push_back(normalize_indicator(line.substr(start, eq == std::string_view::npos ? eq : eq - start)));
      if (names.back().empty()) fail("an empty name in a synonym line");
      if (eq == std::string_view::npos) break;
      start = eq + 1;
    }
    if (names.size() < 2) fail("a synonym line is 'ALIAS = CANONICAL'");
    for (std::size_t i = 0; i + 1 < names.size(); ++i) add_synonym(names[i], names.back());
  }
}

void indicator_table::load_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw format_error(fmt::format("{}: cannot be read", path));
  std::ostringstream ss;
  ss << in.rdbuf();
  load(ss.str(), path);
}

void indicator_table::add_synonym(std::string_view alias, std::string_view canonical) {
  std::string a = normalize_indicator(alias), c = normalize_indicator(canonical);
  if (a == c) return;
  // Refuse a cycle: if the canonical name already leads back to the alias, keep the old chain.
  if (this->canonical(c) == a) return;
  alias_[a] = c;
}

std::string indicator_table::canonical(std::string_view name) const {
  std::string s = normalize_indicator(name);
  // Chains are short; the hop limit guards against a cycle built by add_synonym callers.
  for (int hop = 0; hop < 32; ++hop) {
    auto it = alias_.find(s);
    if (it == alias_.end()) break;
    s = it->second;
  }
  return s;
}

measure indicator_table::measure_of(std::string_view name, std::string_view unit) const {
  const std::string n = canonical(name);
  const std::pair<std::string, measure>* best = nullptr;
  for (const auto& w : measure_words_)
    if (contains_word(n, w.first) && (!best || w.first.size() > best->first.size())) best = &w;
  if (best) return best->second;
  const auto d = dimension_of(unit);
  if (d == dimension_kind::rate || d == dimension_kind::points || d == dimension_kind::multiple) return measure::rate;
  return measure::flow;
}

bool indicator_table::comparable_base(std::string_view name) const {
  const std::string n = canonical(name);
  for (const auto& w : comparable_words_)
    if (contains_word(n, w)) return true;
  return false;
}

bool indicator_table::real_growth(std::string_view name) const {
  const std::string n = canonical(name);
  for (const auto& w : real_words_)
    if (contains_word(n, w)) return true;
  return false;
}

}  // namespace econclaims
