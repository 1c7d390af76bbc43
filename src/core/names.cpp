// Canonical names and codes of subjects: administrative divisions from the shipped
// table, the nation, and zones by host and type.
#include "econclaims/names.hpp"

#include <algorithm>
#include <array>

namespace econclaims {
namespace detail {
std::string_view default_place_table() noexcept;  // generated from data/admin_divisions.tsv
}

namespace {

// The number of characters of UTF-8 `s`.
std::size_t characters(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// Does `s` end with `suffix` and hold something before it (a name, not the bare word)?
bool ends_after(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.ends_with(suffix);
}

// Level words of division names, longest first; the ethnic names of the autonomous
// regions go with their level word. Autonomous prefectures, counties and banners keep
// their full names (their short forms drop an ethnic name of varying length).
constexpr std::array<std::string_view, 13> level_words = {
    "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "地区", "林区",
    "省", "市", "盟", "区", "县", "旗"};
constexpr std::array<std::string_view, 3> autonomous_words = {"自治州", "自治县", "自治旗"};

// The nation, however a text names it.
constexpr std::array<std::string_view, 5> nation_words = {"中国", "全国", "我国", "中华人民共和国", "国家"};

// Zone types: the short forms a text writes and the full form each stands for; a full
// form stands for itself. Longest first where one ends another.
struct zone_type {
  std::string_view written, full;
};
constexpr std::array<zone_type, 14> zone_types = {{
    {"高新技术产业开发区", "高新技术产业开发区"},
    {"经济技术开发区", "经济技术开发区"},
    {"自由贸易试验区", "自由贸易试验区"},
    {"综合保税区", "综合保税区"},
    {"高新技术开发区", "高新技术产业开发区"},
    {"经济开发区", "经济开发区"},
    {"高新区", "高新技术产业开发区"},
    {"经开区", "经济技术开发区"},
    {"综保区", "综合保税区"},
    {"自贸区", "自由贸易试验区"},
    {"保税区", "保税区"},
    {"开发区", "开发区"},
    {"产业园", "产业园"},
    {"新区", "新区"},
}};

}  // namespace

int division::level() const noexcept {
  if (code.size() != 6) return 0;
  if (code.ends_with("0000")) return 1;
  if (code.ends_with("00")) return 2;
  return 3;
}

std::string short_division_name(std::string_view full) {
  for (std::string_view w : autonomous_words)
    if (ends_after(full, w)) return {};
  for (std::string_view w : level_words)
    if (ends_after(full, w)) {
      const std::string_view rest = full.substr(0, full.size() - w.size());
      return characters(rest) >= 2 ? std::string(rest) : std::string();
    }
  return {};
}

void place_table::load(std::string_view tsv) {
  divisions_.clear();
  by_name_.clear();
  by_id_.clear();
  for (std::size_t pos = 0; pos < tsv.size();) {
    std::size_t nl = tsv.find('\n', pos);
    if (nl == std::string_view::npos) nl = tsv.size();
    std::string_view line = tsv.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::size_t tab = line.find('\t');
    if (line.empty() || line.front() == '#' || tab == std::string_view::npos) continue;
    division d;
    d.code = std::string(line.substr(0, tab));
    d.name = std::string(line.substr(tab + 1));
    d.short_name = short_division_name(d.name);
    const std::size_t index = divisions_.size();
    by_name_[d.name].push_back(index);
    if (!d.short_name.empty() && d.short_name != d.name) by_name_[d.short_name].push_back(index);
    divisions_.push_back(std::move(d));
  }
  // Ids: the full name, prefixed by the prefecture's (else the province's) name where
  // several divisions share it.
  std::unordered_map<std::string, std::size_t> by_code, full_name_count;
  for (std::size_t i = 0; i < divisions_.size(); ++i) {
    by_code.emplace(divisions_[i].code, i);
    ++full_name_count[divisions_[i].name];
  }
  for (auto& d : divisions_) {
    d.id = d.name;
    if (full_name_count[d.name] < 2 || d.code.size() != 6) continue;
    for (const std::string& parent : {d.code.substr(0, 4) + "00", d.code.substr(0, 2) + "0000"})
      if (auto it = by_code.find(parent); parent != d.code && it != by_code.end()) {
        d.id = divisions_[it->second].name + d.name;
        by_id_.emplace(d.id, static_cast<std::size_t>(&d - divisions_.data()));
        break;
      }
  }
}

const place_table& place_table::defaults() {
  static const place_table table = [] {
    place_table t;
    t.load(detail::default_place_table());
    return t;
  }();
  return table;
}

std::vector<const division*> place_table::candidates(std::string_view written) const {
  std::vector<const division*> out;
  if (auto it = by_name_.find(std::string(written)); it != by_name_.end())
    for (std::size_t i : it->second) out.push_back(&divisions_[i]);
  return out;
}

const division* place_table::resolve(std::string_view written, std::string_view context_code) const {
  const auto all = candidates(written);
  if (all.size() == 1) return all.front();
  if (all.empty() || context_code.size() != 6) return nullptr;
  // The only one in the context's prefecture, else in its province.
  for (std::size_t digits : {std::size_t{4}, std::size_t{2}}) {
    const division* only = nullptr;
    std::size_t found = 0;
    for (const division* d : all)
      if (d->code.compare(0, digits, context_code, 0, digits) == 0) {
        only = d;
        ++found;
      }
    if (found == 1) return only;
    if (found > 1) return nullptr;  // several even there: the text has not said which
  }
  return nullptr;
}

const division* place_table::resolve_id(std::string_view id) const {
  const auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &divisions_[it->second];
}

std::string canonical_zone_type(std::string_view name, std::string_view& host) {
  for (const auto& t : zone_types)
    if (ends_after(name, t.written)) {
      host = name.substr(0, name.size() - t.written.size());
      return std::string(t.full);
    }
  host = {};
  return {};
}

canonical_entity canonical_entity_of(std::string_view written, std::string_view context_code,
                                     const place_table& places) {
  if (written.empty()) return {};
  if (std::find(nation_words.begin(), nation_words.end(), written) != nation_words.end())
    return {std::string(nation_id), {}};
  if (const division* d = places.resolve(written, context_code)) return {d->id, d->code};
  // An id written out (北京市朝阳区) is that division.
  if (const division* d = places.resolve_id(written)) return {d->id, d->code};
  std::string_view host;
  const std::string type = canonical_zone_type(written, host);
  if (!type.empty() && !host.empty()) {
    // The host as its short form when it is a known division (杭州市经开区 and 杭州经开区
    // are one zone), else as written.
    if (const division* d = places.resolve(host, context_code)) {
      const std::string_view short_host = d->short_name.empty() ? std::string_view(d->name) : d->short_name;
      return {std::string(short_host) + type, d->code};
    }
    return {std::string(host) + type, {}};
  }
  return {std::string(written), {}};
}

}  // namespace econclaims
