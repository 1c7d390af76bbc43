// The subjects a text names, recognized by the form of their names (a place part and a
// suffix such as 市 or 高新区), the words that refer back to them (该区, 全市), the
// document's main subject, and which name each reference means.
#include <algorithm>
#include <bitset>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include "../text/utf8.hpp"
#include "document.hpp"
#include "cues.hpp"
#include "words.hpp"

namespace econclaims::detail {
namespace {

using level = named_entity::level;
using cue_lexicon::name_suffixes;
using cue_lexicon::reference_words;
using cue_lexicon::bare_regions;

// Is `c` a character a name does not extend back over? A bit table built once from the
// list: names are walked back character by character.
bool stops_name(char32_t c) {
  static const std::bitset<0x10000> table = [] {
    std::bitset<0x10000> t;
    for (char32_t x : cue_lexicon::name_stops) t.set(x);
    return t;
  }();
  return c < 0x10000 && table.test(c);
}

template <std::size_t N>
bool is_one_of(char32_t c, const char32_t (&set)[N]) {
  return std::find(std::begin(set), std::end(set), c) != std::end(set);
}

bool is_generic_start(std::string_view name) {
  return cue_lexicon::generic_name_starts.longest_at(name, 0) != nullptr;
}

// A project or company name whose head is a class word (重点项目, 产业项目), a count or
// an amount names a class of things, not one subject.
bool is_generic_name(std::string_view name, std::string_view suffix) {
  std::string_view head = name.substr(0, name.size() - suffix.size());
  if (head.empty()) return true;
  if (is_generic_start(head)) return true;
  if (head.find("亿") != std::string_view::npos || head.find("万元") != std::string_view::npos) return true;
  if (!head.empty() && head[0] >= '0' && head[0] <= '9') return true;
  return cue_lexicon::generic_name_heads.longest_ending_at(head, head.size()) != nullptr;
}

// Is every character of `shorter` found in order in `longer`? (生物医药产业园 in
// 临川生物医药科技产业园): an abbreviation of a name the text gave in full.
bool is_subsequence(std::string_view shorter, std::string_view longer) {
  std::size_t j = 0;
  for (std::size_t i = 0; i < shorter.size();) {
    std::size_t len = 0;
    decode_at(shorter, i, len);
    std::string_view ch = shorter.substr(i, len);
    std::size_t found = longer.find(ch, j);
    if (found == std::string_view::npos) return false;
    j = found + len;
    i += len;
  }
  return true;
}

// The name that ends with a suffix at a position, walked back to a stop.
struct walked_name {
  std::size_t begin = 0;
  int chars = 0;
};
// Project names may hold figures (二期5万吨级码头工程); other names stop at them. One
// walk gives both: `with_digits` walks over figures, `plain` is where it met the first.
struct walked_names {
  walked_name plain, with_digits;
};
walked_names walk_back(std::string_view text, std::size_t pos, int max_before, bool digits_inside) {
  walked_name w{pos, 0};
  std::optional<walked_name> before_digit;
  while (w.begin > 0 && w.chars < max_before) {
    std::size_t s = 0;
    char32_t c = decode_before(text, w.begin, s);
    const bool digit = c >= '0' && c <= '9';
    if (digit && !before_digit) {
      before_digit = w;
      if (!digits_inside) break;
    }
    if (!digit && !is_han(c) && !(c >= 'A' && c <= 'Z') && c != '(' && c != ')') break;
    if (stops_name(c)) break;
    w.begin = s;
    ++w.chars;
  }
  return {before_digit.value_or(w), w};
}

// Bytes of the first `n` characters of `s`.
std::size_t first_chars(std::string_view s, int n) {
  std::size_t i = 0;
  for (int k = 0; k < n && i < s.size(); ++k) {
    std::size_t len = 0;
    decode_at(s, i, len);
    i += len;
  }
  return i;
}

bool is_area(level l) {
  return l == level::zone || l == level::city || l == level::province || l == level::county ||
         l == level::country;
}

bool is_place_level(level l) { return l == level::city || l == level::province || l == level::county; }

// Heads are two characters of a walked name (Han of the Basic Multilingual Plane,
// A–Z, parentheses: at most 6 bytes), kept as integer keys, sorted, to count them.
std::optional<std::uint64_t> short_key(std::string_view s) {
  if (s.size() > 7) return std::nullopt;
  std::uint64_t k = static_cast<std::uint64_t>(s.size()) << 56;
  for (std::size_t i = 0; i < s.size(); ++i) k |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[i])) << (8 * i);
  return k;
}

// Suffixes, reference words and region names, found in one pass: hits[r] for
// name_suffixes[r], then reference_words, then bare_regions.
const word_finder& name_words() {
  static const word_finder finder = [] {
    std::vector<std::string_view> words;
    for (const auto& rule : name_suffixes) words.emplace_back(rule.suffix);
    for (const auto& c : reference_words) words.emplace_back(c.word);
    for (const auto& rg : bare_regions) words.emplace_back(rg.word);
    return word_finder(std::move(words));
  }();
  return finder;
}

}  // namespace

std::string name_starting_at(std::string_view text, std::size_t pos) {
  // The nearest suffix within 16 characters of Han text after `pos`.
  // The last characters of the suffixes: only where one of them ends can a name end.
  static const std::bitset<0x10000> suffix_ends = [] {
    std::bitset<0x10000> t;
    for (const auto& rule : name_suffixes) {
      std::size_t start = 0;
      const char32_t last = decode_before(rule.suffix, rule.suffix.size(), start);
      if (last < 0x10000) t.set(last);
    }
    return t;
  }();
  std::size_t end = pos;
  for (int chars = 0; chars < 16 && end < text.size(); ++chars) {
    std::size_t len = 0;
    char32_t c = decode_at(text, end, len);
    if (!is_han(c) && c != '(' && c != ')') break;
    end += len;
    if (!suffix_ends.test(c)) continue;
    for (const auto& rule : name_suffixes) {
      std::string_view suf = rule.suffix;
      if (is_place_level(rule.lvl)) continue;
      if (end - pos > suf.size() && text.substr(0, end).ends_with(suf) &&
          !starts_with_at(text, end, "等")) {
        std::size_t l2 = 0;
        char32_t next = end < text.size() ? decode_at(text, end, l2) : 0;
        // Stop at the end of the name, not inside a longer one (某某中心项目).
        bool longer = false;
        for (const auto& r2 : name_suffixes)
          if (starts_with_at(text, end, r2.suffix)) longer = true;
        if (rule.suffix == "港" && is_han(next)) continue;
        if (longer && is_han(next)) continue;
        // A name that is one of a group (某某物流园等4个项目) is not the subject.
        std::size_t stop = end;
        for (int k = 0; k < 8 && stop < text.size(); ++k) {
          std::size_t l3 = 0;
          char32_t c3 = decode_at(text, stop, l3);
          if (!is_han(c3)) break;
          if (c3 == U'等') return {};
          stop += l3;
        }
        std::string name(text.substr(pos, end - pos));
        if (is_generic_start(name)) return {};
        return name;
      }
    }
  }
  return {};
}

bool document::starts_clean(std::size_t begin) const {
  // After punctuation, a line start or a function word: not walked back over a verb.
  if (begin == 0) return true;
  std::size_t st = 0;
  char32_t c = decode_before(text_, begin, st);
  return !is_han(c) || stops_name(c);
}

void document::find_entities() {
  const word_positions hits = name_words().find_all(text_);
  std::vector<named_entity> found = names_at_suffixes(hits);
  settle_unknown_names(found);
  trim_to_clean_names(found);
  // Longest name wins where names end together (临川高新区 over 高新区).
  std::sort(found.begin(), found.end(), [](const named_entity& a, const named_entity& b) {
    return a.end != b.end ? a.end < b.end : a.begin < b.begin;
  });
  std::vector<named_entity> names;
  names.reserve(hits.positions.size());  // at most one name per suffix, and the reference and region words
  for (auto& e : found) {
    if (!names.empty() && names.back().end == e.end) continue;
    names.push_back(std::move(e));
  }
  expand_abbreviations(names);
  add_references(names, hits);
  std::sort(names.begin(), names.end(),
            [](const named_entity& a, const named_entity& b) { return a.begin < b.begin; });
  mark_subjects(names);
  choose_main_entity(names);
  resolve_references(names);
  std::erase_if(names, [](const named_entity& e) { return e.name.empty(); });
  entities_ = std::move(names);
}

std::vector<named_entity> document::names_at_suffixes(const word_positions& hits) const {
  // Every suffix occurrence, the name walked back to a stop character.
  std::vector<named_entity> found;
  // The opening lines (title, dateline): names there, and their place parts, are known.
  const std::size_t head_end = profile_.head_end;
  std::vector<std::uint64_t> head_keys;
  // Per suffix hit (in the order of hits.positions, where the suffixes come first), as
  // walked for heads, and over figures for project names.
  const std::size_t suffix_count = hits.first[std::size(name_suffixes)];
  std::vector<walked_names> walked(suffix_count);
  found.reserve(suffix_count);
  for (std::size_t r = 0; r < std::size(name_suffixes); ++r) {
    const auto& rule = name_suffixes[r];
    for (std::size_t h = hits.first[r]; h < hits.first[r + 1]; ++h) {
      walked[h] = walk_back(text_, hits.positions[h], rule.max_before, rule.lvl == level::project);
      const walked_name w = walked[h].plain;
      if (w.chars >= 2)
        if (auto k = short_key(text_.substr(w.begin, first_chars(text_.substr(w.begin), 2)))) head_keys.push_back(*k);
    }
  }
  std::sort(head_keys.begin(), head_keys.end());
  // A place part is known when the opening lines name it or it heads two or more names.
  // Whether the opening lines hold a head, remembered per head (heads recur).
  std::vector<std::pair<std::uint64_t, bool>> in_opening;
  auto is_known_place = [&](std::string_view head, std::size_t at) {
    if (at < head_end) return true;
    const auto k = short_key(head);
    if (!k) return text_.substr(0, head_end).find(head) != std::string_view::npos;
    auto [lo, hi] = std::equal_range(head_keys.begin(), head_keys.end(), *k);
    if (hi - lo >= 2) return true;
    for (const auto& [key, held] : in_opening)
      if (key == *k) return held;
    const bool held = text_.substr(0, head_end).find(head) != std::string_view::npos;
    in_opening.emplace_back(*k, held);
    return held;
  };
  for (std::size_t r = 0; r < std::size(name_suffixes); ++r) {
    const auto& rule = name_suffixes[r];
    const std::string_view suf = rule.suffix;
    const bool place = is_place_level(rule.lvl);
    for (std::size_t h = hits.first[r]; h < hits.first[r + 1]; ++h) {
      const std::size_t pos = hits.positions[h];
      const std::size_t end = pos + suf.size();
      std::size_t len = 0;
      const char32_t next = end < text_.size() ? decode_at(text_, end, len) : 0;
      // 市 and 省 followed by more Han text are often inside words (城市, 省级).
      if (place && is_one_of(next, cue_lexicon::place_word_continuations)) continue;
      // 港 ends a name only where the name ends (临川港 in 临川港物流园 … is a prefix).
      if (suf == "港" && is_han(next) && !is_one_of(next, cue_lexicon::port_name_followers)) continue;
      if (inside_marks(pos, title_opens_, title_closes_)) continue;  // 《…》
      // Project names may hold figures: theirs is the walk over figures.
      const walked_name w = rule.lvl == level::project ? walked[h].with_digits : walked[h].plain;
      // Fewer than two characters before the suffix make no name; only a long zone suffix
      // standing alone is kept, below, as a reference.
      if (w.chars < 2 && !(rule.lvl == level::zone && suf.size() >= 9)) continue;
      std::size_t start = w.begin;
      std::string_view name = text_.substr(start, end - start);
      // Parentheses must balance inside a name: 某某(二期)汽车项目 yes, 公司(苏州) no;
      // a list marker (三) before a name is not part of it.
      if (std::count(name.begin(), name.end(), '(') != std::count(name.begin(), name.end(), ')')) {
        auto open = name.rfind('(');
        if (open != std::string_view::npos) {
          start += open + 1;
          name = text_.substr(start, end - start);
        }
      }
      if (name.starts_with("(")) {
        auto close = name.find(')');
        if (close != std::string_view::npos && close <= 4) {
          start += close + 1;
          name = text_.substr(start, end - start);
        }
      }
      while (!name.empty() && name[0] >= '0' && name[0] <= '9') {
        ++start;
        name.remove_prefix(1);
      }
      if (inside_marks(start, quote_opens_, quote_closes_)) continue;  // “…”
      named_entity e;
      e.begin = start;
      e.end = end;
      e.lvl = rule.lvl;
      if (w.chars < 2) {
        // A bare 开发区/高新区 refers to the zone the text is about.
        if (rule.lvl == level::zone && end - start == suf.size() && suf.size() >= 9) {
          e.coreference = true;
          found.push_back(std::move(e));
        }
        continue;
      }
      if (place && !starts_clean(start)) continue;  // 进京争取省: not a province
      // The place part of an area's name recurs in a text about it (临川 … 临川开发区);
      // a head seen once is more likely a verb walked over (紧扣经开区).
      if (is_area(rule.lvl) && !is_known_place(name.substr(0, first_chars(name, 2)), start)) {
        // Unless it abbreviates a known name (生物医药产业园), an unknown zone name is the
        // zone under discussion, and an unknown place is none.
        if (rule.lvl == level::zone) {
          e.name = name;
          e.unknown = true;
          found.push_back(std::move(e));
        }
        continue;
      }
      // Class words at the end (重点项目, 产业项目) make a project name generic; a zone's
      // name may well end in them (某某生物医药科技产业园).
      if (rule.lvl == level::zone ? is_generic_start(name) : (!place && is_generic_name(name, suf))) continue;
      if (suf == "区" && cue_lexicon::not_districts.longest_ending_at(name, name.size())) continue;
      if (cue_lexicon::not_places.longest_ending_at(name, name.size())) continue;
      e.name = name;
      found.push_back(std::move(e));
    }
  }
  return found;
}

void document::settle_unknown_names(std::vector<named_entity>& found) const {
  // The names known so far, each once: the names found, and the unknown ones already
  // taken as abbreviations (they count for the unknown names after them).
  std::set<std::pair<level, std::string_view>> known;
  if (std::any_of(found.begin(), found.end(), [](const named_entity& e) { return e.unknown; }))
    for (const auto& k : found)
      if (!k.unknown && !k.coreference) known.emplace(k.lvl, k.name);
  for (auto& e : found) {
    if (!e.unknown) continue;
    bool abbreviation = false;
    for (auto k = known.lower_bound({e.lvl, std::string_view()}); k != known.end() && k->first == e.lvl && !abbreviation; ++k)
      if (k->second.size() > e.name.size() && is_subsequence(e.name, k->second)) abbreviation = true;
    e.unknown = false;
    if (abbreviation) known.emplace(e.lvl, e.name);
    if (!abbreviation) {
      e.coreference = true;
      e.begin = e.end - (e.name.size() >= 9 ? 9 : e.name.size());
      e.name = {};
    }
  }
}

void document::trim_to_clean_names(std::vector<named_entity>& found) const {
  // A name walked back over a verb (落户临川高新区) is trimmed to a clean name it ends
  // with, and an unclean zone name that matches none refers to the zone in discussion.
  std::set<std::string_view> clean;
  // Needed only when some name does not start clean.
  if (std::any_of(found.begin(), found.end(),
                  [&](const named_entity& e) { return !e.coreference && !starts_clean(e.begin); }))
    for (const auto& e : found)
      if (!e.coreference && starts_clean(e.begin)) clean.insert(e.name);
  for (auto& e : found) {
    if (e.coreference || starts_clean(e.begin)) continue;
    // The longest clean name that the name ends with: try its tails, longest first.
    std::optional<std::string_view> best;
    const std::string_view whole = e.name;
    for (std::size_t i = 1; i <= whole.size() && !best; ++i) {
      if (i < whole.size() && (static_cast<unsigned char>(whole[i]) & 0xC0) == 0x80) continue;  // inside a character
      if (auto c = clean.find(whole.substr(i)); c != clean.end()) best = *c;
    }
    if (best) {
      e.begin = e.end - best->size();
      e.name = *best;
    } else if (e.lvl == level::zone && !clean.contains(e.name)) {
      e.coreference = true;
      e.name = {};
    }
  }
}

void document::expand_abbreviations(std::vector<named_entity>& names) const {
  // Abbreviations take the full name given elsewhere (生物医药产业园 → 临川生物医药科技产业园).
  // A name takes the first full name, in text order, that it abbreviates. Names repeat,
  // so the test runs once per pair of distinct names, and the first holder of each
  // distinct name is kept up to date as names are replaced.
  // The distinct names (level and text), numbered in sorted order.
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (!names[i].coreference) order.push_back(i);
  const auto key_less = [&](std::size_t x, std::size_t y) {
    return names[x].lvl != names[y].lvl ? names[x].lvl < names[y].lvl : names[x].name < names[y].name;
  };
  std::stable_sort(order.begin(), order.end(), key_less);
  struct distinct_name {
    level lvl;
    std::string_view name;
    std::uint64_t characters = 0;  // a bit per character (by a hash): what a subsequence needs
  };
  std::vector<distinct_name> keys;
  std::vector<std::size_t> key_of(names.size());
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (k == 0 || key_less(order[k - 1], order[k])) keys.push_back({names[order[k]].lvl, names[order[k]].name, 0});
    key_of[order[k]] = keys.size() - 1;
  }
  // The names (by index, ascending) that read as each distinct name.
  std::vector<std::vector<std::size_t>> holders(keys.size());
  for (std::size_t i = 0; i < names.size(); ++i)
    if (!names[i].coreference) holders[key_of[i]].push_back(i);
  // Only a name that lacks the full name's leading part is an abbreviation of it
  // (生物医药产业园 of 临川生物医药科技产业园); 临川高新区 is a name of its own.
  // A zone's short type (高新区, 经开区, 综保区) abbreviates its full type (高新技术产业
  // 开发区, 经济技术开发区, 综合保税区) after the same place name: 某某高新区 is the
  // 某某高新技术产业开发区 the text names in full.
  auto abbreviates_zone_type = [](std::string_view a, std::string_view b) {
    const std::size_t short_type = a.size() >= 9 ? 9 : 0;  // three characters
    if (!short_type || b.size() <= a.size()) return false;
    const std::string_view place = a.substr(0, a.size() - short_type);
    return !place.empty() && b.starts_with(place) && is_subsequence(a.substr(place.size()), b.substr(place.size()));
  };
  auto abbreviates = [&](std::string_view a, std::string_view b, bool zone) {
    return b.size() > a.size() && first_chars(a, 1) > 0 &&
           ((b.compare(0, first_chars(b, 1), a, 0, first_chars(a, 1)) != 0 && is_subsequence(a, b) &&
             b.find(a) == std::string_view::npos) ||
            (zone && abbreviates_zone_type(a, b)));
  };
  for (auto& k : keys)
    for (std::size_t at = 0; at < k.name.size();) {
      std::size_t len = 0;
      const char32_t c = decode_at(k.name, at, len);
      k.characters |= std::uint64_t{1} << ((c * 0x9E3779B1u) >> 26);
      at += len;
    }
  // Where each distinct name first stands in the body (after the opening lines): a text
  // that introduces a zone by its full name and then shortens it means the full name;
  // one that uses the short name first keeps it (a full name met later is an aside).
  std::vector<std::size_t> first_in_body(keys.size(), std::numeric_limits<std::size_t>::max());
  for (std::size_t i = 0; i < names.size(); ++i)
    if (!names[i].coreference && names[i].begin >= profile_.head_end)
      first_in_body[key_of[i]] = std::min(first_in_body[key_of[i]], names[i].begin);
  // The distinct names each one abbreviates, among those read somewhere when first asked.
  std::vector<std::vector<std::size_t>> full_names(keys.size());
  std::vector<bool> asked(keys.size(), false);
  for (std::size_t i = 0; i < names.size(); ++i) {
    auto& a = names[i];
    if (a.coreference) continue;
    const std::size_t own = key_of[i];
    if (!asked[own]) {
      asked[own] = true;
      for (std::size_t k = 0; k < keys.size(); ++k)
        if (!holders[k].empty() && keys[k].lvl == a.lvl && (keys[own].characters & ~keys[k].characters) == 0 &&
            abbreviates(a.name, keys[k].name, a.lvl == level::zone && first_in_body[k] < first_in_body[own]))
          full_names[own].push_back(k);
    }
    std::size_t best = keys.size(), best_at = names.size();
    for (std::size_t k : full_names[own])
      if (!holders[k].empty() && holders[k].front() < best_at) {
        best_at = holders[k].front();
        best = k;
      }
    if (best == keys.size()) continue;
    a.name = keys[best].name;
    auto& to = holders[best];
    to.insert(std::lower_bound(to.begin(), to.end(), i), i);
    auto& from = holders[own];
    from.erase(std::lower_bound(from.begin(), from.end(), i));
  }
}

void document::add_references(std::vector<named_entity>& names, const word_positions& hits) const {
  // The names found so far, by end (names is sorted by end here), to ask which covers a word.
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // (end, begin)
  std::size_t longest = 0;
  for (const auto& e : names)
    if (!e.coreference) {
      spans.emplace_back(e.end, e.begin);
      longest = std::max(longest, e.end - e.begin);
    }
  // Does a name found so far begin at or before `pos` and end after `after`?
  auto inside_name = [&](std::size_t pos, std::size_t after) {
    for (auto it = std::upper_bound(spans.begin(), spans.end(), std::pair{pos, std::numeric_limits<std::size_t>::max()});
         it != spans.end() && it->first <= pos + longest; ++it)
      if (it->second <= pos && it->first > after) return true;
    return false;
  };
  const std::size_t first_reference = std::size(name_suffixes);
  for (std::size_t r = 0; r < std::size(reference_words); ++r) {
    const auto& c = reference_words[r];
    for (std::size_t pos : hits.of(first_reference + r)) {
      // Inside a longer name (科技园区) the word is part of that name.
      if (inside_name(pos, pos)) continue;
      named_entity e;
      e.begin = pos;
      e.end = pos + c.word.size();
      e.lvl = c.lvl;
      e.coreference = true;
      names.push_back(std::move(e));
    }
  }
  // Regions named without a suffix (香港, 澳门), unless inside a longer name.
  const std::size_t first_region = first_reference + std::size(reference_words);
  for (std::size_t r = 0; r < std::size(bare_regions); ++r) {
    const auto& rg = bare_regions[r];
    for (std::size_t pos : hits.of(first_region + r)) {
      if (inside_name(pos, pos + rg.word.size() - 1)) continue;
      named_entity e;
      e.begin = pos;
      e.end = pos + rg.word.size();
      e.lvl = rg.lvl;
      e.name = rg.word;
      names.push_back(std::move(e));
    }
  }
}

void document::mark_subjects(std::vector<named_entity>& names) const {
  // Subject position: the name opens its clause, after at most a time word or a short
  // opener (2018年,某区…; 目前该区…).
  std::size_t longest_time = 0;
  for (const auto& t : times_) longest_time = std::max(longest_time, t.end - t.begin);
  for (auto& e : names) {
    const std::size_t cb = clause_begin(e.begin);
    const std::size_t lead = e.begin - cb;
    // A time that ends at most 3 bytes before the name (times are sorted by begin, and
    // none is longer than longest_time).
    bool after_time = false;
    const std::size_t reach = 3 + longest_time;
    for (std::size_t k = first_time_from(e.begin > reach ? e.begin - reach : 0);
         k < times_.size() && times_[k].begin <= e.begin && !after_time; ++k) {
      const auto& t = times_[k];
      if (t.end == e.begin || (t.end <= e.begin && t.begin >= cb && e.begin - t.end <= 3)) after_time = true;
    }
    const std::string_view lead_text = text_.substr(cb, lead);
    const auto& openers = cue_lexicon::subject_openers;
    const bool opener = lead <= 12 && std::find(std::begin(openers), std::end(openers), lead_text) != std::end(openers);
    // A quoted tag (“园中园”某某) or a relative clause ending in 的 (…开工的某项目) before a
    // name still leaves it the subject; a name followed by 、 is one of a list.
    const bool quoted_tag = lead_text.starts_with("“") && lead_text.ends_with("”");
    const bool relative = lead_text.ends_with("的") && (e.lvl == level::project || e.lvl == level::org);
    const bool listed = starts_with_at(text_, e.end, "、") || starts_with_at(text_, e.end, "等");
    e.subject = !listed && (lead == 0 || after_time || opener || quoted_tag || relative ||
                            lead_text.find_first_not_of(" \t") == std::string_view::npos);
  }
}

void document::choose_main_entity(const std::vector<named_entity>& names) {
  // The first area named in the opening lines (title, dateline).
  for (const auto& e : names) {
    if (e.begin >= profile_.head_end) break;
    if (!e.coreference && is_area(e.lvl) && e.lvl != level::country) {
      main_entity_ = e.name;
      main_entity_source_ = "document subject: the place its opening lines name";
      return;
    }
  }
  // A text whose opening lines name no place speaks for the nation when a national
  // body issues it, for the region of its currency in Hong Kong, Macau and Taiwan
  // releases, else for the place it names most (全国 and 我国 name the nation).
  if (cue_lexicon::national_issuers.last_in(text_.substr(0, profile_.head_end), 0, profile_.head_end)) {
    main_entity_ = cue_lexicon::nation;
    main_entity_source_ = "document subject: the nation (a national issuer)";
    return;
  }
  if (!profile_.region.empty()) {
    main_entity_ = profile_.region;
    main_entity_source_ = "document subject: the region of its currency";
    return;
  }
  std::map<std::string_view, int> counts;
  for (const auto& e : names)
    if (!e.coreference && is_area(e.lvl)) ++counts[e.name];
    else if (e.coreference && e.lvl == level::country) ++counts[cue_lexicon::nation];
  int best = 0;
  for (const auto& [n, k] : counts)
    if (k > best) {
      best = k;
      main_entity_ = n;
      main_entity_source_ = "document subject: the place it names most";
    }
}

void document::resolve_references(std::vector<named_entity>& names) const {
  // Each reference takes the latest name of its level before it, else the main subject.
  // One sweep in text order; names that begin together do not see each other.
  std::map<level, std::string_view> latest;  // the last name of each level so far
  std::size_t group = 0;                     // first name of the current begin
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i].begin != names[group].begin) {
      for (std::size_t j = group; j < i; ++j)
        if (!names[j].coreference) latest[names[j].lvl] = names[j].name;
      group = i;
    }
    auto& e = names[i];
    if (!e.coreference) continue;
    if (e.lvl == level::country) { e.name = cue_lexicon::nation; continue; }
    auto it = latest.find(e.lvl);
    std::string_view resolved = it != latest.end() ? it->second : std::string_view();
    if (resolved.empty() && is_area(e.lvl)) resolved = main_entity_;
    e.name = resolved;
  }
}

}  // namespace econclaims::detail
