// Document structure for claim assembly: boundaries, resolved time mentions and the
// subjects the text names, recognized by the form of their names.
#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cstring>
#include <limits>
#include <map>
#include <optional>
#include <set>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <boost/date_time/gregorian/gregorian.hpp>

#include <fmt/format.h>

#include "../text/utf8.hpp"
#include "document.hpp"
#include "cues.hpp"
#include "words.hpp"

namespace econclaims::detail {
namespace {

using namespace std::string_view_literals;  // word lists with their lengths known at compile time

using level = named_entity::level;


struct suffix_rule {
  std::string_view suffix;
  level lvl;
  int max_before;  // Han characters allowed before the suffix
};

// Forms of names: a zone ends in 开发区 or 高新区, a city in 市, a project in 项目 …
constexpr suffix_rule suffixes[] = {
    {"特别行政区", level::city, 4}, {"自治区", level::province, 6},
    {"经济技术开发区", level::zone, 6}, {"高新技术产业开发区", level::zone, 6},
    {"开发区", level::zone, 8}, {"高新区", level::zone, 8}, {"经开区", level::zone, 8},
    {"综保区", level::zone, 8}, {"保税区", level::zone, 8}, {"新区", level::zone, 6},
    {"试验区", level::zone, 8}, {"示范区", level::zone, 8}, {"自贸区", level::zone, 6},
    {"合作区", level::zone, 8}, {"产业园", level::zone, 12}, {"工业园", level::zone, 10},
    {"科技园", level::zone, 10}, {"港", level::zone, 6},
    {"省", level::province, 3}, {"市", level::city, 3}, {"县", level::county, 3},
    {"区", level::county, 3},  // a district (某某区); words such as 城区, 社区 are left out below
    {"集团", level::org, 10}, {"有限公司", level::org, 16}, {"公司", level::org, 12},
    {"医院", level::org, 10}, {"研究院", level::org, 16}, {"服务局", level::org, 12},
    {"项目", level::project, 32}, {"工程", level::project, 20}, {"平台", level::project, 8},
    {"综合体", level::project, 10}, {"中心", level::org, 10},
};

// Words that are references to a subject named elsewhere.
struct coreference_rule {
  std::string_view word;
  level lvl;
};
constexpr coreference_rule coreferences[] = {
    {"该区", level::zone}, {"全区", level::zone}, {"本区", level::zone}, {"我区", level::zone},
    {"区内", level::zone}, {"该园区", level::zone}, {"全市", level::city}, {"本市", level::city},
    {"我市", level::city}, {"该市", level::city}, {"全省", level::province},
    {"本省", level::province}, {"我省", level::province}, {"该省", level::province},
    {"全县", level::county}, {"该县", level::county}, {"本县", level::county},
    {"园区", level::zone}, {"全国", level::country}, {"我国", level::country}, {"该项目", level::project},
    {"该公司", level::org},
    // Hong Kong and Macau releases call their own region 本地, 本港, 本澳.
    {"本地", level::city}, {"本港", level::city}, {"本澳", level::city},
};

// Regions named without a suffix of their own.
struct region_name {
  std::string_view word;
  level lvl;
};
constexpr region_name regions[] = {
    {"中国", level::country}, {"香港", level::city}, {"澳门", level::city}, {"台湾", level::province},
};

// Characters a name does not extend back over: function words and common verbs that
// stand right before a name in these texts (all in the Basic Multilingual Plane).
constexpr char32_t name_stops[] = {
    U'的', U'在', U'与', U'和', U'及', U'是', U'为', U'了', U'把', U'将', U'对', U'向',
    U'从', U'以', U'于', U'让', U'使', U'由', U'被', U'给', U'等', U'、', U'到', U'至',
    U'共', U'全', U'该', U'其', U'这', U'此', U'各', U'个', U'家', U'名', U'项', U'批',
    U'月', U'年', U'获', U'达', U'有', U'即', U'若', U'如', U'像', U'请', U'经', U'过',
    U'就', U'都', U'也', U'还', U'又', U'并', U'或', U'而', U'仅', U'已', U'我', U'你'};
// Is `c` one of them? A bit table built once from the list: names are walked back
// character by character.
bool stops_name(char32_t c) {
  static const std::bitset<0x10000> table = [] {
    std::bitset<0x10000> t;
    for (char32_t x : name_stops) t.set(x);
    return t;
  }();
  return c < 0x10000 && table.test(c);
}

// Proper names do not start with a count, a status word or a place-level character.
bool is_generic_start(std::string_view name) {
  static const cue_words generic_starts{
      "新", "在", "已", "拟", "各", "重点", "招", "签", "投", "开", "续", "储", "建", "总", "大项目",
      "一", "两", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千",
      "万", "亿", "多", "区", "市", "省", "县", "其", "该", "本", "首", "主", "整", "全", "解", "增",
      "面", "成", "内", "加", "推", "引", "落", "实", "打", "培", "提", "完", "创", "服", "相", "物流",
      "社区", "村"};
  return generic_starts.longest_at(name, 0) != nullptr;
}

// Heads that name a class of things, not one subject (重点项目, 产业项目 …).
bool is_generic_name(std::string_view name, std::string_view suffix) {
  static const cue_words generic_endings{
      "重点", "产业", "新兴", "招商", "签约", "在建", "拟建", "投产", "开工", "物流", "优质",
      "高端", "工业", "城建", "民生", "重大", "好", "大", "新", "建设", "科技", "合作",
      "服务", "实验", "试点", "示范", "承载", "招引", "储备", "续建", "竣工", "主题",
      "创新", "创业", "公共", "技术", "研发", "人才", "专业", "特色", "载体", "孵化",
      "配套", "综合", "数据", "金融", "商务", "城市", "各类", "相关", "全部", "所有"};
  std::string_view head = name.substr(0, name.size() - suffix.size());
  if (head.empty()) return true;
  if (is_generic_start(head)) return true;
  if (head.find("亿") != std::string_view::npos || head.find("万元") != std::string_view::npos) return true;
  if (!head.empty() && head[0] >= '0' && head[0] <= '9') return true;
  return generic_endings.longest_ending_at(head, head.size()) != nullptr;
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

}  // namespace

document::document(std::string_view text, const token_stream& tokens, const doc_date& date)
    : text_(text), date_(date) {
  find_boundaries();
  read_profile(tokens);
  resolve_times(tokens);
  add_relative_days(tokens);
  // The title's period, from its position to its index among the resolved times.
  {
    const std::size_t at = profile_.reference_time;
    profile_.reference_time = static_cast<std::size_t>(-1);
    for (std::size_t k = 0; k < times_.size(); ++k)
      if (times_[k].begin == at) { profile_.reference_time = k; break; }
  }
  find_entities();
  index_entities();
  find_frames(tokens);
  find_sections();
  // A time with no year of its own inside a section about another year (一季度 under
  // 【2023年工作回顾】) is of the section's year.
  for (auto& r : times_) {
    if (!r.year_from_context) continue;
    const section_frame* f = section_at(r.begin);
    if (!f || f->period.size() < 4) continue;
    const int year = std::stoi(f->period.substr(0, 4));
    if (year != r.year && year > 0) {
      r.period = shift_years(r.period, year - r.year);
      r.year = year;
    }
  }
}

void document::add_relative_days(const token_stream& tokens) {
  // 3月25日 … 仅仅3天之后: the later event is dated by counting from the earlier.
  namespace greg = boost::gregorian;
  // The dated mentions an event can count from, in text order, as indices into times_.
  const std::size_t resolved = times_.size();
  std::vector<std::size_t> dated;
  for (std::size_t i = 0; i < resolved; ++i)
    if (times_[i].day_precision && !times_[i].comparison) dated.push_back(i);
  for (const auto& q : tokens.quantities) {
    if (std::string_view(q.q.unit.code) != "day") continue;
    std::size_t after = q.outer_end;
    std::string_view w;
    for (std::string_view x : {"之后"sv, "以后"sv, "后"sv})
      if (starts_with_at(text_, after, x)) { w = x; break; }
    if (w.empty()) continue;
    // The last one before the number: a day already counted from another wins over
    // the mentions as written (it comes later in times_).
    const resolved_time* base = nullptr;
    for (std::size_t k = times_.size(); k-- > resolved && !base;)
      if (times_[k].end <= q.begin) base = &times_[k];
    if (!base) {
      auto it = std::lower_bound(dated.begin(), dated.end(), q.begin,
                                 [&](std::size_t i, std::size_t p) { return times_[i].begin < p; });
      while (it != dated.begin() && !base) {
        --it;
        if (times_[*it].end <= q.begin) base = &times_[*it];
      }
    }
    if (!base || paragraph_begin(base->begin) != paragraph_begin(q.begin)) continue;
    try {
      greg::date d = greg::from_simple_string(base->period) + greg::days(static_cast<long>(q.q.value));
      resolved_time r;
      r.begin = q.begin;
      r.end = after + w.size();
      r.year = static_cast<int>(d.year());
      r.period = greg::to_iso_extended_string(d);
      r.day_precision = true;
      times_.push_back(std::move(r));
    } catch (const std::exception&) {
      // not a calendar date: leave the text undated
    }
  }
  std::sort(times_.begin(), times_.end(), [](const resolved_time& a, const resolved_time& b) { return a.begin < b.begin; });
}

void document::find_frames(const token_stream& tokens) {
  auto is_heading = [&](std::size_t b, std::size_t e) {
    std::string_view line = text_.substr(b, e - b);
    return line.size() <= 72 && line.find("。") == std::string_view::npos && line.find(';') == std::string_view::npos &&
           line.find_first_not_of(" \t") != std::string_view::npos;
  };
  for (std::size_t i = 0; i < times_.size(); ++i) {
    const auto& r = times_[i];
    std::size_t pb = paragraph_begin(r.begin);
    // The paragraph's first sentence says "X以来," and the paragraph states no
    // figure of its own.
    if (sentence_begin(r.begin) != pb && sentence_begin(r.begin) > pb + 1) continue;
    if (!starts_with_at(text_, r.end, "以来")) continue;
    std::size_t pe = paragraph_end(r.begin);
    // The first 以来 of the paragraph frames it (今年以来 … 三季度以来 → 今年).
    if (!frames_.empty() && frames_.back().begin == pe) continue;
    // Quantities are in text order: is there one that begins inside the paragraph?
    auto q = std::lower_bound(tokens.quantities.begin(), tokens.quantities.end(), pb,
                              [](const quantity_token& t, std::size_t p) { return t.begin < p; });
    const bool has_figure = q != tokens.quantities.end() && q->begin < pe;
    if (has_figure) continue;
    // It frames the paragraphs after it, up to the next heading line.
    std::size_t end = pe;
    while (end < text_.size()) {
      std::size_t nb = end + 1;
      std::size_t ne = paragraph_end(nb);
      if (nb >= text_.size()) break;
      if (ne > nb && is_heading(nb, ne)) break;
      end = ne;
    }
    frames_.push_back({pe, end, i});
    frame_end_max_.push_back(std::max(end, frame_end_max_.empty() ? 0 : frame_end_max_.back()));
  }
}

const resolved_time* document::frame_at(std::size_t pos) const {
  // The last frame, in order, that covers `pos`. Frames are in order of their begin, so
  // walk back from the last one that begins at or before `pos`, and stop once no frame
  // up to there reaches past `pos`.
  auto it = std::upper_bound(frames_.begin(), frames_.end(), pos,
                             [](std::size_t p, const frame& f) { return p < f.begin; });
  for (auto k = static_cast<std::size_t>(it - frames_.begin()); k-- > 0 && frame_end_max_[k] > pos;)
    if (pos >= frames_[k].begin && pos < frames_[k].end) return &times_[frames_[k].time];
  return nullptr;
}

std::size_t document::first_time_from(std::size_t pos) const {
  return static_cast<std::size_t>(
      std::lower_bound(times_.begin(), times_.end(), pos,
                       [](const resolved_time& r, std::size_t p) { return r.begin < p; }) - times_.begin());
}

std::size_t document::first_entity_from(std::size_t pos) const {
  return static_cast<std::size_t>(
      std::lower_bound(entities_.begin(), entities_.end(), pos,
                       [](const named_entity& e, std::size_t p) { return e.begin < p; }) - entities_.begin());
}

std::size_t document::first_entity_ending_after(std::size_t pos) const {
  return static_cast<std::size_t>(std::upper_bound(entity_end_max_.begin(), entity_end_max_.end(), pos) -
                                  entity_end_max_.begin());
}

const named_entity* document::last_area_subject_before(std::size_t k) const {
  const std::size_t i = area_subject_before_[k];
  return i ? &entities_[i - 1] : nullptr;
}

void document::index_entities() {
  entity_end_max_.resize(entities_.size());
  area_subject_before_.assign(entities_.size() + 1, 0);
  std::size_t max_end = 0;
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    const auto& e = entities_[i];
    max_end = std::max(max_end, e.end);
    entity_end_max_[i] = max_end;
    const bool area_subject = e.subject && e.lvl != level::project && e.lvl != level::org;
    area_subject_before_[i + 1] = area_subject ? i + 1 : area_subject_before_[i];
  }
}

void document::find_boundaries() {
  // Every mark looked for is ASCII or a three-byte character led by E2, E3 or EF. None of
  // these bytes is ever inside another character (continuation bytes are 80–BF), so the
  // text is searched for them byte by byte, sixteen bytes at a time where the processor
  // allows, and only those bytes look further.
  static constexpr unsigned char leads[] = {'\n', '!', '?', ',', ';', ':', 0xE2, 0xE3, 0xEF};
  const auto* p = reinterpret_cast<const unsigned char*>(text_.data());
  const std::size_t n = text_.size();
  auto sentence = [&](std::size_t i) {
    sentence_breaks_.push_back(i);
    clause_breaks_.push_back(i);
  };
  auto mark_at = [&](std::size_t i) {
    switch (p[i]) {
      case '\n': paragraph_breaks_.push_back(i); sentence(i); break;
      case '!': case '?': sentence(i); break;
      case ';': case ':': clause_breaks_.push_back(i); break;
      case ',':
        // A comma between digits is a thousands separator, not a clause break.
        if (!(i > 0 && i + 1 < n && std::isdigit(p[i - 1]) && std::isdigit(p[i + 1]))) clause_breaks_.push_back(i);
        break;
      default: {
        if (i + 2 >= n) break;
        const unsigned b1 = p[i + 1], b2 = p[i + 2];
        if (p[i] == 0xE3 && b1 == 0x80) {
          if (b2 == 0x82) sentence(i);                    // 。
          else if (b2 == 0x8A) title_opens_.push_back(i);   // 《
          else if (b2 == 0x8B) title_closes_.push_back(i);  // 》
        } else if (p[i] == 0xE2 && b1 == 0x80) {
          if (b2 == 0xA6) sentence(i);                    // …
          else if (b2 == 0x9C) quote_opens_.push_back(i);   // “
          else if (b2 == 0x9D) quote_closes_.push_back(i);  // ”
        } else if (p[i] == 0xEF && b1 == 0xBC && b2 == 0x8C) {
          clause_breaks_.push_back(i);                    // ，
        }
      }
    }
  };
  std::size_t i = 0;
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    __m128i hits = _mm_setzero_si128();
    for (unsigned char b : leads) hits = _mm_or_si128(hits, _mm_cmpeq_epi8(block, _mm_set1_epi8(static_cast<char>(b))));
    for (auto bits = static_cast<unsigned>(_mm_movemask_epi8(hits)); bits != 0; bits &= bits - 1)
      mark_at(i + static_cast<std::size_t>(std::countr_zero(bits)));
  }
#endif
  for (; i < n; ++i)
    if (std::find(std::begin(leads), std::end(leads), p[i]) != std::end(leads)) mark_at(i);
}

bool document::inside_marks(std::size_t pos, const std::vector<std::size_t>& opens,
                            const std::vector<std::size_t>& closes) const {
  // Open before `pos` on its line, no further back than a title or quotation runs, and
  // not closed before `pos` (marks are three bytes).
  if (pos < 3) return false;
  auto last_before = [&](const std::vector<std::size_t>& marks) -> std::optional<std::size_t> {
    auto it = std::upper_bound(marks.begin(), marks.end(), pos - 3);
    if (it == marks.begin()) return std::nullopt;
    return *(it - 1);
  };
  const auto open = last_before(opens);
  if (!open) return false;  // most texts open few titles or quotations
  const std::size_t reach = pos > 600 ? pos - 600 : 0;
  std::size_t line = reach;
  if (auto nl = std::lower_bound(paragraph_breaks_.begin(), paragraph_breaks_.end(), pos);
      nl != paragraph_breaks_.begin() && *(nl - 1) >= reach)
    line = *(nl - 1);
  if (*open < line) return false;
  const auto close = last_before(closes);
  return !close || *close < *open;
}

namespace {
std::size_t break_after(const std::vector<std::size_t>& breaks, std::size_t pos, std::size_t size) {
  auto it = std::lower_bound(breaks.begin(), breaks.end(), pos);
  return it == breaks.end() ? size : *it;
}
// Start of the text after the break character at `b` (breaks can be multi-byte).
std::size_t after_break(std::string_view text, const std::vector<std::size_t>& breaks, std::size_t pos) {
  auto it = std::upper_bound(breaks.begin(), breaks.end(), pos);
  if (it == breaks.begin()) return 0;
  --it;
  std::size_t len = 0;
  decode_at(text, *it, len);
  return *it + len;
}
}  // namespace

std::size_t document::sentence_begin(std::size_t pos) const {
  return pos == 0 ? 0 : std::min(pos, after_break(text_, sentence_breaks_, pos - 1));
}
std::size_t document::sentence_end(std::size_t pos) const {
  return break_after(sentence_breaks_, pos, text_.size());
}
std::size_t document::clause_begin(std::size_t pos) const {
  return pos == 0 ? 0 : std::min(pos, after_break(text_, clause_breaks_, pos - 1));
}
std::size_t document::clause_end(std::size_t pos) const {
  return break_after(clause_breaks_, pos, text_.size());
}
std::size_t document::paragraph_begin(std::size_t pos) const {
  return pos == 0 ? 0 : std::min(pos, after_break(text_, paragraph_breaks_, pos - 1));
}
std::size_t document::paragraph_end(std::size_t pos) const {
  return break_after(paragraph_breaks_, pos, text_.size());
}

void document::resolve_times(const token_stream& tokens) {
  using anchor = grammar::time_ast::anchor;
  int context_year = date_.year;   // the last year named anywhere before
  int paragraph_year = 0;          // the last year named in the current paragraph
  std::size_t paragraph = static_cast<std::size_t>(-1);
  for (const auto& tok : tokens.times) {
    const auto& t = tok.time;
    std::size_t para = paragraph_begin(tok.begin);
    if (para != paragraph) {
      paragraph = para;
      paragraph_year = 0;
    }
    resolved_time r;
    r.begin = tok.begin;
    r.end = tok.end;
    int year = 0;
    switch (t.year_anchor) {
      case anchor::absolute: year = t.year; r.written_year = true; break;
      case anchor::this_year: year = date_.year; break;
      case anchor::last_year: year = date_.year - 1; break;
      case anchor::year_before: year = date_.year - 2; break;
      case anchor::same_year: year = context_year; break;
      case anchor::none:
        // 全年, 年内, 年初, 年底 speak of the year under discussion; a bare date or
        // quarter (3月25日, 第二季) of the year named in its paragraph, else the
        // document's year.
        // In a review of a year that has ended they mean that year; in a plan, the
        // document's own year.
        if ((t.within_year || t.year_start || t.year_end_mark) && !t.month)
          year = context_year < date_.year ? context_year : date_.year;
        else year = paragraph_year ? paragraph_year : profile_.reference_year;
        r.year_from_context = !paragraph_year;
        break;
    }
    // No document date and no year in sight: a relative year resolves to nothing.
    if (year <= 0 || (t.year_anchor != anchor::absolute && date_.year == 0 && context_year == 0)) continue;
    r.year = year;
    // A time after 比/较/与/同比 names the basis of a comparison.
    if (cue_lexicon::comparison_before.word_ending_at(text_, tok.begin)) r.comparison = true;
    if (ends_with_at(text_, tok.begin, "是") && starts_with_at(text_, tok.end, "的")) r.comparison = true;
    if (t.year_end) {
      r.period = fmt::format("{}/{}", year, t.year_end);
    } else if (t.half) {
      r.period = fmt::format("{}-H{}", year, t.half);
    } else if (t.quarters_to) {
      r.period = t.quarters_to == 1 ? fmt::format("{}-Q1", year)
                                    : fmt::format("{}-01/{}-{:02}", year, year, t.quarters_to * 3);
    } else if (t.quarter) {
      r.period = fmt::format("{}-Q{}", year, t.quarter);
    } else if (t.month_end) {
      r.period = fmt::format("{}-{:02}/{}-{:02}", year, t.month, year, t.month_end);
    } else if (t.month && t.day) {
      r.period = fmt::format("{}-{:02}-{:02}", year, t.month, t.day);
      r.day_precision = true;
    } else if (t.month) {
      r.period = fmt::format("{}-{:02}", year, t.month);
    } else {
      r.period = fmt::format("{}", year);
      r.bare_year = !t.year_start && !t.year_end_mark && !t.within_year && t.year_anchor != anchor::none;
    }
    // A dateline (a full date alone on its line) dates the document, not the text
    // after it: 全年 below a communiqué's release date is the year under review.
    bool dateline = false;
    if (t.day && (tok.begin == 0 || text_[tok.begin - 1] == '\n')) {
      const std::size_t le = std::min(text_.find('\n', tok.end), text_.size());
      dateline = text_.substr(tok.end, le - tok.end).find_first_not_of(" 0123456789:") == std::string_view::npos;
    }
    if (!r.comparison && t.year_anchor != anchor::none && !dateline) {
      context_year = t.year_end ? t.year_end : year;
      paragraph_year = context_year;
    }
    times_.push_back(std::move(r));
  }
}

namespace {

// The name that ends with `suffix` at [pos, pos + suffix size), walked back to a stop.
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

}  // namespace

std::string name_starting_at(std::string_view text, std::size_t pos) {
  // The nearest suffix within 16 characters of Han text after `pos`.
  // The last characters of the suffixes: only where one of them ends can a name end.
  static const std::bitset<0x10000> suffix_ends = [] {
    std::bitset<0x10000> t;
    for (const auto& rule : suffixes) {
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
    for (const auto& rule : suffixes) {
      std::string_view suf = rule.suffix;
      if (rule.lvl == level::city || rule.lvl == level::province || rule.lvl == level::county) continue;
      if (end - pos > suf.size() && text.substr(0, end).ends_with(suf) &&
          !starts_with_at(text, end, "等")) {
        std::size_t l2 = 0;
        char32_t next = end < text.size() ? decode_at(text, end, l2) : 0;
        // Stop at the end of the name, not inside a longer one (某某中心项目).
        bool longer = false;
        for (const auto& r2 : suffixes)
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

void document::find_entities() {
  // Pass 1: every suffix occurrence, the name walked back to a stop character.
  std::vector<named_entity> found;
  auto clean_start = [&](std::size_t begin) {
    if (begin == 0) return true;
    std::size_t st = 0;
    char32_t c = decode_before(text_, begin, st);
    return !is_han(c) || stops_name(c);
  };
  // The opening lines (title, dateline): names there, and their place parts, are known.
  const std::size_t head_end = profile_.head_end;
  // A place part is known when the title names it or it heads two or more names.
  // Every suffix occurrence, found in one pass over the text; hits[r] for suffixes[r].
  // Suffixes, coreference words and region names, found in one pass: hits[r] for
  // suffixes[r], then coreferences, then regions.
  static const word_finder name_words = [] {
    std::vector<std::string_view> words;
    for (const auto& rule : suffixes) words.emplace_back(rule.suffix);
    for (const auto& c : coreferences) words.emplace_back(c.word);
    for (const auto& rg : regions) words.emplace_back(rg.word);
    return word_finder(std::move(words));
  }();
  const word_positions word_hits = name_words.find_all(text_);
  const auto coreference_hits = [&](std::size_t r) { return word_hits.of(std::size(suffixes) + r); };
  const auto region_hits = [&](std::size_t r) { return word_hits.of(std::size(suffixes) + std::size(coreferences) + r); };
  // Heads are two characters of a walked name (Han of the Basic Multilingual Plane,
  // A–Z, parentheses: at most 6 bytes), kept as integer keys, sorted, to count them.
  auto short_key = [](std::string_view s) -> std::optional<std::uint64_t> {
    if (s.size() > 7) return std::nullopt;
    std::uint64_t k = static_cast<std::uint64_t>(s.size()) << 56;
    for (std::size_t i = 0; i < s.size(); ++i) k |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[i])) << (8 * i);
    return k;
  };
  std::vector<std::uint64_t> head_keys;
  // Per suffix hit (in the order of word_hits.positions, where the suffixes come
  // first), as walked for heads, and over figures for project names.
  const std::size_t suffix_count = word_hits.first[std::size(suffixes)];
  std::vector<walked_names> walked(suffix_count);
  found.reserve(suffix_count);
  for (std::size_t r = 0; r < std::size(suffixes); ++r) {
    const auto& rule = suffixes[r];
    for (std::size_t h = word_hits.first[r]; h < word_hits.first[r + 1]; ++h) {
      const bool project = rule.lvl == level::project;
      walked[h] = walk_back(text_, word_hits.positions[h], rule.max_before, project);
      const walked_name w = walked[h].plain;
      if (w.chars >= 2)
        if (auto k = short_key(text_.substr(w.begin, first_chars(text_.substr(w.begin), 2)))) head_keys.push_back(*k);
    }
  }
  std::sort(head_keys.begin(), head_keys.end());
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
  for (std::size_t r = 0; r < std::size(suffixes); ++r) {
    const auto& rule = suffixes[r];
    std::string_view suf = rule.suffix;
    const bool place = rule.lvl == level::city || rule.lvl == level::province || rule.lvl == level::county;
    for (std::size_t h = word_hits.first[r]; h < word_hits.first[r + 1]; ++h) {
      const std::size_t pos = word_hits.positions[h];
      std::size_t end = pos + suf.size();
      std::size_t len = 0;
      char32_t next = end < text_.size() ? decode_at(text_, end, len) : 0;
      // 市 and 省 followed by more Han text are often inside words (城市, 省级).
      if (place && (next == U'级' || next == U'场' || next == U'民' || next == U'委' || next == U'区' ||
                    next == U'长' || next == U'属' || next == U'直' || next == U'内' || next == U'外' ||
                    next == U'人' || next == U'重' || next == U'辖' || next == U'域' || next == U'际' ||
                    next == U'会' || next == U'份' || next == U'里' || next == U'价' || next == U'值' ||
                    next == U'容' || next == U'面' || next == U'港' || next == U'县' || next == U'镇' ||
                    next == U'间'))
        continue;
      // 港 ends a name only where the name ends (临川港 in 临川港物流园 … is a prefix).
      if (rule.suffix == "港" && is_han(next) && next != U'今' && next != U'新' &&
          next != U'累' && next != U'现' && next != U'已' && next != U'共' && next != U'的')
        continue;
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
      const bool clean = clean_start(start);
      if (w.chars < 2) {
        // A bare 开发区/高新区 refers to the zone the text is about.
        if (rule.lvl == level::zone && end - start == suf.size() && suf.size() >= 9) {
          e.coreference = true;
          found.push_back(std::move(e));
        }
        continue;
      }
      if (place && !clean) continue;  // 进京争取省: not a province
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
      static const cue_words not_places{"城市", "都市", "超市", "上市", "股市", "楼市",
                                        "城乡", "各省", "外省", "本省", "全省", "全市"};
      // Words that end in 区 without naming a district (城区, 社区, 开发区 as a word).
      static const cue_words not_districts{
          "城区", "社区", "小区", "景区", "片区", "辖区", "市区", "园区", "厂区", "矿区", "街区", "校区",
          "港区", "地区", "山区", "湾区", "库区", "灾区", "牧区", "林区", "老区", "全区", "该区", "本区",
          "我区", "各区", "新区", "营区", "保护区", "功能区", "聚集区", "集聚区", "示范区", "先行区",
          "核心区", "样板区", "试验区", "开发区", "高新区", "经开区", "综保区", "保税区", "主城区", "中心区"};
      if (suf == "区" && not_districts.longest_ending_at(name, name.size())) continue;
      if (not_places.longest_ending_at(name, name.size())) continue;
      e.name = name;
      found.push_back(std::move(e));
    }
  }
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
  // A name that starts after punctuation, a line start or a function word is "clean";
  // a name walked back over a verb (落户临川高新区) is trimmed to a clean name it ends
  // with, and an unclean zone name that matches none refers to the zone in discussion.
  {
    std::set<std::string_view> clean;
    // Needed only when some name does not start clean.
    if (std::any_of(found.begin(), found.end(),
                    [&](const named_entity& e) { return !e.coreference && !clean_start(e.begin); }))
      for (const auto& e : found)
        if (!e.coreference && clean_start(e.begin)) clean.insert(e.name);
    for (auto& e : found) {
      if (e.coreference || clean_start(e.begin)) continue;
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
  // Longest name wins where names end together (临川高新区 over 高新区).
  std::sort(found.begin(), found.end(), [](const named_entity& a, const named_entity& b) {
    return a.end != b.end ? a.end < b.end : a.begin < b.begin;
  });
  std::vector<named_entity> names;
  names.reserve(word_hits.positions.size());  // at most one name per suffix, and the coreference and region words
  for (auto& e : found) {
    if (!names.empty() && names.back().end == e.end) continue;
    names.push_back(std::move(e));
  }
  // Abbreviations take the full name given elsewhere (生物医药产业园 → 临川生物医药科技产业园).
  // A name takes the first full name, in text order, that it abbreviates. Names repeat,
  // so the test runs once per pair of distinct names, and the first holder of each
  // distinct name is kept up to date as names are replaced.
  {
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
    // (The cheap tests first: all must hold.)
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
      if (!names[i].coreference && names[i].begin >= head_end)
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
  // Coreference words.
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
  for (std::size_t r = 0; r < std::size(coreferences); ++r) {
    const auto& c = coreferences[r];
    std::string_view w = c.word;
    for (std::size_t pos : coreference_hits(r)) {
      // Inside a longer name (科技园区) the word is part of that name.
      if (inside_name(pos, pos)) continue;
      named_entity e;
      e.begin = pos;
      e.end = pos + w.size();
      e.lvl = c.lvl;
      e.coreference = true;
      names.push_back(std::move(e));
    }
  }
  // Regions named without a suffix (香港, 澳门), unless inside a longer name.
  for (std::size_t r = 0; r < std::size(regions); ++r) {
    const auto& rg = regions[r];
    std::string_view w = rg.word;
    for (std::size_t pos : region_hits(r)) {
      if (inside_name(pos, pos + w.size() - 1)) continue;
      named_entity e;
      e.begin = pos;
      e.end = pos + w.size();
      e.lvl = rg.lvl;
      e.name = w;
      names.push_back(std::move(e));
    }
  }
  std::sort(names.begin(), names.end(),
            [](const named_entity& a, const named_entity& b) { return a.begin < b.begin; });
  // Subject position: the name opens its clause, after at most a time word or a short
  // adverb (2018年,某区…; 目前该区…).
  std::size_t longest_time = 0;
  for (const auto& t : times_) longest_time = std::max(longest_time, t.end - t.begin);
  for (auto& e : names) {
    std::size_t cb = clause_begin(e.begin);
    std::size_t lead = e.begin - cb;
    // A time that ends at most 3 bytes before the name (times are sorted by begin, and
    // none is longer than longest_time).
    bool after_time = false;
    const std::size_t reach = 3 + longest_time;
    for (std::size_t k = first_time_from(e.begin > reach ? e.begin - reach : 0);
         k < times_.size() && times_[k].begin <= e.begin && !after_time; ++k) {
      const auto& t = times_[k];
      if (t.end == e.begin || (t.end <= e.begin && t.begin >= cb && e.begin - t.end <= 3)) after_time = true;
    }
    std::string_view lead_text = text_.substr(cb, lead);
    static constexpr std::string_view adverbs[] = {"目前", "如今", "同时", "此外", "其中", "至此",
                                                   "截至目前", "近年来", "在", "由", "(一)", "(二)",
                                                   "(三)", "(四)", "(五)", "(六)", "与"};
    const bool adverb = lead <= 12 && std::find(std::begin(adverbs), std::end(adverbs), lead_text) != std::end(adverbs);
    // A quoted tag (“园中园”某某) or a relative clause ending in 的 (…开工的某项目) before a
    // name still leaves it the subject; a name followed by 、 is one of a list.
    bool quoted_tag = lead_text.starts_with("“") && lead_text.ends_with("”");
    bool relative = lead_text.ends_with("的") && (e.lvl == level::project || e.lvl == level::org);
    bool listed = starts_with_at(text_, e.end, "、") || starts_with_at(text_, e.end, "等");
    e.subject = !listed && (lead == 0 || after_time || adverb || quoted_tag || relative ||
                            lead_text.find_first_not_of(" \t") == std::string_view::npos);
  }

  // The main subject: the first area named in the opening lines (title, dateline),
  // else the most named one.
  for (const auto& e : names) {
    if (e.begin >= head_end) break;
    if (!e.coreference && is_area(e.lvl) && e.lvl != level::country) {
      main_entity_ = e.name;
      main_entity_source_ = "document subject: the place its opening lines name";
      break;
    }
  }
  // A text whose opening lines name no place speaks for the nation when a national
  // body issues it, for the region of its currency in Hong Kong, Macau and Taiwan
  // releases, else for the place it names most (全国 and 我国 name the nation).
  if (main_entity_.empty() &&
      cue_lexicon::national_issuers.last_in(text_.substr(0, head_end), 0, head_end))
  {
    main_entity_ = cue_lexicon::nation;
    main_entity_source_ = "document subject: the nation (a national issuer)";
  }
  if (main_entity_.empty() && !profile_.region.empty()) {
    main_entity_ = profile_.region;
    main_entity_source_ = "document subject: the region of its currency";
  }
  if (main_entity_.empty()) {
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
  // Resolve coreferences to the latest name of their level before them, else the main
  // subject. One sweep in text order; names that begin together do not see each other.
  {
    std::map<level, std::string_view> latest;  // the last name of each level so far
    std::size_t group = 0;                          // first name of the current begin
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
  std::erase_if(names, [](const named_entity& e) { return e.name.empty(); });
  entities_ = std::move(names);
}

doc_date parse_doc_date(std::string_view s) {
  doc_date d;
  int y = 0, m = 0, dd = 0;
  auto digits = [&](std::size_t from, std::size_t n, int& out) {
    if (from + n > s.size()) return false;
    out = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  if (s.size() == 4 && digits(0, 4, y)) {
  } else if (s.size() == 7 && digits(0, 4, y) && s[4] == '-' && digits(5, 2, m) && m >= 1 && m <= 12) {
  } else if (s.size() == 10 && digits(0, 4, y) && s[4] == '-' && digits(5, 2, m) && s[7] == '-' &&
             digits(8, 2, dd) && m >= 1 && m <= 12 && dd >= 1 && dd <= 31) {
  } else {
    return d;
  }
  d.year = y;
  d.month = m;
  d.day = dd;
  d.text = std::string(s);
  return d;
}

doc_date infer_doc_date(std::string_view text, const token_stream& tokens) {
  doc_date d;
  // A dateline: a full date at the start of a line, alone or followed by a clock time
  // or a news agency's 电.
  for (const auto& tok : tokens.times) {
    const auto& t = tok.time;
    if (t.year_anchor != grammar::time_ast::anchor::absolute || !t.month || !t.day) continue;
    bool line_start = tok.begin == 0 || text[tok.begin - 1] == '\n';
    if (!line_start) continue;
    std::size_t line_end = text.find('\n', tok.end);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view rest = text.substr(tok.end, line_end - tok.end);
    bool alone = rest.find_first_not_of(" 0123456789:") == std::string_view::npos;
    if (line_start && alone) {
      d.year = t.year;
      d.month = t.month;
      d.day = t.day;
      d.text = fmt::format("{}-{:02}-{:02}", t.year, t.month, t.day);
      d.inferred = true;
      return d;
    }
  }
  // Else the latest year the text names.
  for (const auto& tok : tokens.times) {
    const auto& t = tok.time;
    if (t.year_anchor == grammar::time_ast::anchor::absolute)
      d.year = std::max(d.year, t.year_end ? t.year_end : t.year);
  }
  if (d.year) {
    d.text = fmt::format("{}", d.year);
    d.inferred = true;
  }
  return d;
}

std::string shift_years(std::string_view period, int years) {
  std::string out;
  for (std::size_t i = 0; i < period.size();) {
    // Every run of four digits at the start or after '/' is a year.
    if ((i == 0 || period[i - 1] == '/') && i + 4 <= period.size() &&
        std::all_of(period.begin() + static_cast<std::ptrdiff_t>(i),
                    period.begin() + static_cast<std::ptrdiff_t>(i + 4), [](char c) { return c >= '0' && c <= '9'; })) {
      int y = std::stoi(std::string(period.substr(i, 4)));
      out += fmt::format("{}", y + years);
      i += 4;
    } else {
      out += period[i++];
    }
  }
  return out;
}

std::string previous_period(std::string_view p) {
  if (p.size() == 4) return shift_years(p, -1);
  if (p.find('/') != std::string_view::npos) return shift_years(p, -1);
  int y = std::stoi(std::string(p.substr(0, 4)));
  if (p.size() == 7 && p[5] == 'Q') {
    int q = p[6] - '0';
    return q > 1 ? fmt::format("{}-Q{}", y, q - 1) : fmt::format("{}-Q4", y - 1);
  }
  if (p.size() == 7 && p[5] == 'H') {
    return p[6] == '2' ? fmt::format("{}-H1", y) : fmt::format("{}-H2", y - 1);
  }
  if (p.size() == 7) {
    int m = std::stoi(std::string(p.substr(5, 2)));
    return m > 1 ? fmt::format("{}-{:02}", y, m - 1) : fmt::format("{}-12", y - 1);
  }
  return shift_years(p, -1);
}

}  // namespace econclaims::detail
