// What a claim measures: the indicator phrase before or after the number, the items
// of a 分别 list, the whole a share is of, and the names a duration, a change in points
// or a share of a goal take.
#include <algorithm>

#include "assembler.hpp"

namespace econclaims::detail {

using namespace std::string_view_literals;  // word lists with their lengths known at compile time

using namespace cue_lexicon;

std::string trim_indicator(std::string_view s) {
  // Strip punctuation and the words above from both ends until nothing changes.
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    std::size_t len = 0;
    while (!s.empty()) {
      char32_t c = decode_at(s, 0, len);
      if (is_punct(c) || c == U'“' || c == U'”' || c == U'"' || c == '-' || c == U'—')
        { s.remove_prefix(len); changed = true; }
      else break;
    }
    while (!s.empty()) {
      std::size_t st = 0;
      char32_t c = decode_before(s, s.size(), st);
      if (is_punct(c) || c == U'“' || c == U'”' || c == '"') { s = s.substr(0, st); changed = true; }
      else break;
    }
    if (const found_word w = lead_strip.word_at(s, 0); w && w.size <= s.size()) {
      s.remove_prefix(w.size);
      changed = true;
    }
    if (const found_word w = tail_strip.word_ending_at(s, s.size()); w && w.size <= s.size() &&
        w.view() != "投资") {
      s.remove_suffix(w.size);
      changed = true;
    }
  }
  // 甲、乙等科创企业: the examples before 等 are not the name of what is counted.
  if (std::size_t deng = rfind_word(s, "等"); deng != std::string_view::npos && s.size() - deng - 3 >= 6)
    s.remove_prefix(deng + 3);
  std::string out(s);
  // Generic verbs inside the phrase (高新技术产业实现产值 → 高新技术产业产值).
  for (std::string_view v : phrase_inner_verbs) {
    std::size_t p = out.find(v);
    if (p != std::string::npos && p > 0 && p + v.size() < out.size()) out.erase(p, v.size());
  }
  // Quotation marks inside a name carry nothing for matching.
  for (std::string_view q : {"“"sv, "”"sv, "\""sv, "「"sv, "」"sv}) {
    for (std::size_t p = out.find(q); p != std::string::npos; p = out.find(q)) out.erase(p, q.size());
  }
  return out;
}

namespace {

// Items of a 分别 list, each with the list's common head (甲产业、乙产业、丙产业增加值 →
// 甲产业增加值, 乙产业增加值, 丙产业增加值): the head is what the last item has beyond
// the length of the first.
std::vector<std::string> split_items(std::string_view list) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t sep = std::string_view::npos;
    for (std::string_view d : {"、"sv, "和"sv, "及"sv}) {
      std::size_t p = list.find(d, start);
      if (p < sep) sep = p;
    }
    std::string_view item = list.substr(start, sep == std::string_view::npos ? list.npos : sep - start);
    if (!item.empty()) items.emplace_back(item);
    if (sep == std::string_view::npos) break;
    start = sep + 3;
  }
  if (items.size() > 1) {
    const std::string& last = items.back();
    const std::string& first = items.front();
    if (last.size() > first.size()) {
      std::string head = last.substr(first.size());
      for (std::size_t i = 0; i + 1 < items.size(); ++i)
        if (!std::string_view(items[i]).ends_with(head)) items[i] += head;
    }
  }
  return items;
}

// The noun phrase after a quote (8个重点项目集中开工 → 重点项目).
std::string phrase_after(std::string_view text, std::size_t from, std::size_t limit) {
  if (const found_word lead = phrase_after_leads.word_at(text, from)) from += lead.size;
  if (starts_with_any(text, from, phrase_after_none)) return {};
  std::size_t end = from;
  int chars = 0;
  while (end < limit && chars < 16) {
    char32_t c = char_at(text, end);
    if (!is_han(c) && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != U'“' && c != U'”') break;
    if (chars > 0 && starts_with_any(text, end, phrase_after_stops)) break;
    std::size_t len = 0;
    decode_at(text, end, len);
    end += len;
    ++chars;
  }
  return trim_indicator(text.substr(from, end - from));
}

}  // namespace

void claim_assembler::read_indicator(const quantity_site& s, claim& c) {
  const auto& t = s.t;
  const auto& q = t.q;
  const std::string_view text = text_;
  const std::size_t seg_b = s.seg_b, clause_e = s.clause_e;
  const bool enumerated = s.enumerated;
  const auto& doc = doc_;
  const auto& times = doc_.times();
  const auto& names = doc_.entities();
  const auto& tokens = tokens_;
  const auto& cues = cues_;
  auto& prev = prev_;
  // The words between the last boundary (clause start, previous quantity, time
  // or subject) and the number.
  std::size_t from = seg_b;
  // A comparison (比上年) is stripped from the phrase rather than cutting it.
  std::size_t first_time = t.outer_begin;
  for (std::size_t ri = doc.first_time_from(seg_b); ri < times.size() && times[ri].begin <= t.outer_begin; ++ri) {
    const resolved_time& r = times[ri];
    if (r.end <= t.outer_begin && r.end > from && r.begin >= seg_b && !r.comparison) {
      from = r.end;
      first_time = std::min(first_time, r.begin);
    }
  }
  for (std::size_t ei = doc.first_entity_from(seg_b); ei < names.size() && names[ei].begin <= t.outer_begin; ++ei) {
    const named_entity& e = names[ei];
    if (e.end <= t.outer_begin && e.end > from && e.begin >= seg_b &&
        e.lvl != named_entity::level::project) from = e.end;
  }
  std::string_view raw_before = text.substr(from, t.outer_begin - from);
  const bool says_respectively = cues.any_in(respectively_cues, seg_b, t.outer_begin);
  // Outside a 分别 list, an enumeration comma ends the phrase (…尽快开工、总投资X).
  if (!says_respectively) {
    std::size_t comma = rfind_word(raw_before, "、");
    if (comma != std::string_view::npos && comma + 3 < raw_before.size()) raw_before.remove_prefix(comma + 3);
  }
  std::string before = trim_indicator(raw_before);
  // 高新技术企业由2018年的8600家: the name stands before the time.
  if (before.size() < 6 && first_time < t.outer_begin && first_time > seg_b) {
    std::string lead = trim_indicator(text.substr(seg_b, first_time - seg_b));
    if (lead.size() >= 6) {
      before = lead;
      raw_before = text.substr(seg_b, first_time - seg_b);
    }
  }
  std::string indicator = before;
  std::string of;
  // A list of examples before a count (甲、乙、丙等9个项目): the count's noun follows.
  const bool examples_before = raw_before.ends_with("等") || raw_before.ends_with("等在内") ||
                               raw_before.ends_with("在内的");
  const bool measure = q.unit.cls == dimension_kind::count || q.unit.cls == dimension_kind::duration;
  std::string after = phrase_after(text, t.outer_end, clause_e);
  // 分别 lists: 十强产业、高新技术、工业技改投资分别增长 a、b、c.
  const bool respective = says_respectively || (enumerated && !prev.items.empty());
  if (c.kind == claim_kind::share) {
    // 占规模以上工业总产值的38.5%: the whole follows 占; the part comes before it.
    found_word zhan = cues.last_in(part_of_cues, seg_b, t.outer_begin);
    if (zhan) {
      std::string_view whole = text.substr(zhan.pos + 3, t.outer_begin - zhan.pos - 3);
      for (std::string_view w : share_whole_ends) {
        std::size_t p = rfind_word(whole, w);
        if (p != std::string_view::npos) { whole = whole.substr(0, p); break; }
      }
      of = trim_indicator(whole);
      raw_before = zhan.pos > from ? text.substr(from, zhan.pos - from) : std::string_view{};
      indicator = trim_indicator(raw_before);
      if (indicator.size() < 6) indicator = prev.level_indicator;
    }
  }
  if (respective && !enumerated) {
    prev.items = split_items(trim_indicator(raw_before));
    prev.item = 0;
  } else if (respective && enumerated) {
    ++prev.item;
  }
  if (respective && prev.items.size() > 1 && prev.item < prev.items.size()) {
    indicator = prev.items[prev.item];
  } else if (measure && (examples_before || (after.size() >= 6 && !is_punct(char_at(text, t.outer_end))))) {
    indicator = after;
    // 新设企业2个工作日办结: what takes the time, then the verb it takes for.
    if (q.unit.cls == dimension_kind::duration && before.size() >= 6 && after.size() <= 12 && !examples_before)
      indicator = before + after + "时间";
  } else if (enumerated && indicator.size() < 6 && !prev.indicator.empty()) {
    indicator = prev.indicator;
  }
  bool weak = indicator.size() < 6;  // fewer than two characters
  if (weak && c.kind != claim_kind::level && !prev.level_indicator.empty()) indicator = prev.level_indicator;
  else if (weak && !prev.level_indicator.empty() && enumerated) indicator = prev.level_indicator;
  if (indicator.size() < 6 && after.size() > indicator.size()) indicator = after;
  if (indicator.size() < 6 && !prev.level_indicator.empty()) indicator = prev.level_indicator;
  if (indicator.size() < 6 && !prev.indicator.empty()) indicator = prev.indicator;
  // 52户、118人低保对象: the first of a pair takes the noun after the second.
  if (indicator.size() < 6 || (measure && is_punct(char_at(text, t.outer_end)) && before.size() < 6)) {
    // The next quantity after this one.
    auto next = std::upper_bound(tokens.quantities.begin(), tokens.quantities.end(), t.end,
                                 [](std::size_t pos, const quantity_token& o) { return pos < o.begin; });
    for (auto it = next; it != tokens.quantities.end(); ++it) {
      const quantity_token& other = *it;
      std::string_view gap = text.substr(t.outer_end, other.outer_begin - t.outer_end);
      if (gap == "、" || gap == "和" || gap == "及") {
        std::string next_after = phrase_after(text, other.outer_end, doc.clause_end(other.end));
        if (next_after.size() >= 6) indicator = next_after;
      }
      break;
    }
  }
  // 总投资120亿元的40个在谈项目: the money is the total of what the count counts.
  if (q.unit.cls == dimension_kind::money && starts_with_at(text, t.outer_end, "的")) {
    std::size_t p = t.outer_end + 3;
    if (p < text.size() && std::isdigit(static_cast<unsigned char>(text[p]))) {
      auto at_p = std::lower_bound(tokens.quantities.begin(), tokens.quantities.end(), p,
                                   [](const quantity_token& o, std::size_t pos) { return o.begin < pos; });
      for (auto it = at_p; it != tokens.quantities.end() && it->begin == p; ++it) {
        const quantity_token& other = *it;
        if (other.q.unit.cls != dimension_kind::count) continue;
        std::string counted = phrase_after(text, other.outer_end, doc.clause_end(other.end));
        if (counted.size() >= 6) indicator = counted + indicator;
      }
    }
  }
  c.indicator = refine_indicator(s, c, std::move(indicator));
  c.of = std::move(of);
}

std::string claim_assembler::refine_indicator(const quantity_site& s, const claim& c, std::string indicator) const {
  const auto& t = s.t;
  const auto& q = t.q;
  const std::string_view text = text_;
  const std::size_t seg_b = s.seg_b, sent_b = s.sent_b, sent_e = s.sent_e, clause_b = s.clause_b;
  const auto& doc = doc_;
  const auto& names = doc_.entities();
  const auto& cues = cues_;
  const auto& prev = prev_;
  // 某项目,从筹备厂房到正式投产,仅用不到一个月时间: a duration whose own clause names
  // nothing takes the clause before it.
  // 用两年左右时间基本完成某改造, 计划用2到4年时间,将某产业建成…: what the time
  // is for follows 时间.
  if (q.unit.cls == dimension_kind::duration && starts_with_at(text, t.outer_end, "时间")) {
    std::size_t p = t.outer_end + 6;
    if (p < text.size() && text[p] == ',') ++p;
    std::size_t e = doc.clause_end(p);
    std::string purpose = trim_indicator(text.substr(p, e - p));
    if (purpose.size() >= 6) indicator = purpose + "时间";
  } else if (q.unit.cls == dimension_kind::duration && indicator.size() < 6 && is_han(char_at(text, t.outer_end))) {
    // 仅用40天建成的某中心: the verb after the duration names what it took.
    std::size_t e = t.outer_end;
    for (int k = 0; k < 4 && is_han(char_at(text, e)) && !starts_with_at(text, e, "的"); ++k) e += 3;
    if (e > t.outer_end + 3) indicator = std::string(text.substr(t.outer_end, e - t.outer_end)) + "用时";
  }
  if (q.unit.cls == dimension_kind::duration && (indicator.size() < 6 || indicator == "时间") && clause_b > sent_b) {
    std::size_t pb = doc.clause_begin(clause_b - 1);
    std::string prev_clause = trim_indicator(text.substr(pb, clause_b - 1 - pb));
    bool is_name = false;
    for (std::size_t ei = doc.first_entity_from(pb); ei < names.size() && names[ei].begin == pb; ++ei)
      if (names[ei].end + 1 >= clause_b) is_name = true;
    if (prev_clause.size() >= 6 && !is_name) indicator = prev_clause + "用时";
  }
  if (indicator.size() < 6 && q.unit.cls == dimension_kind::area) indicator = "面积";
  // Two values for one indicator and period carry the distinction (名义/实际).
  if (c.kind == claim_kind::growth && cues.any_in(nominal_cues, sent_b, sent_e) &&
      cues.any_in(real_growth_cues, sent_b, sent_e)) {
    if (cues.any_in(nominal_cues, seg_b, t.outer_begin)) indicator += "(名义)";
    else if (cues.any_in(real_growth_cues, seg_b, t.outer_begin)) indicator += "(实际)";
  }
  // 以美元计价, …: values in a second currency. The phrase opens the sentence: 以 and
  // at most three characters before 计价, so the first 18 bytes are all to search.
  if (std::size_t p = text.substr(sent_b, std::min<std::size_t>(t.outer_begin - sent_b, 18)).find("计价");
      p != std::string_view::npos) {
    std::string_view lead = text.substr(sent_b, p);
    if (lead.starts_with("以") && lead.size() <= 12) indicator += "(" + std::string(lead.substr(3)) + "计价)";
  }
  // A share of a goal reached (完成年度目标的101.3%) has the indicator of the level it
  // describes: the sentence's last level, else what precedes 完成.
  if (c.kind == claim_kind::share) {
    if (const found_word g = goal_share_cues.last_in(text, seg_b, t.outer_begin)) {
      if (!prev.level_indicator.empty()) {
        indicator = prev.level_indicator;
      } else {
        std::string_view head = text.substr(seg_b, g.pos - seg_b);
        if (const std::size_t done = rfind_word(head, "完成"); done != std::string_view::npos) head = head.substr(0, done);
        if (std::string h = trim_indicator(head); h.size() >= 6) indicator = h;
      }
    }
  }
  // A change in points names the rate that moved (增速比一季度加快0.3个百分点 →
  // 地区生产总值增速): the rate word the text uses after the indicator it is of, else
  // the sentence's last indicator and 增速.
  if (c.kind == claim_kind::change && c.unit == "pp") {
    const found_word rate = rate_words.last_in(text, seg_b, t.outer_begin);
    std::string base;
    if (rate) base = trim_indicator(text.substr(seg_b, rate.pos - seg_b));
    if (base.size() < 6) base = !prev.indicator.empty() ? prev.indicator : prev.level_indicator;
    if (const std::size_t cut = base.find("增速"); cut != std::string::npos) base.resize(cut);
    if (base.size() >= 6) indicator = base + std::string(rate ? rate.view() : std::string_view("增速"));
  }
  return indicator;
}

}  // namespace econclaims::detail
