// Claim assembly: a quantity becomes a claim with kind, basis, period, modality,
// entity and indicator, read from the words around it the way a reader would.
#include "assemble.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <string>

#include "../text/utf8.hpp"
#include "cues.hpp"
#include "words.hpp"

namespace econclaims::detail {
namespace {

using namespace std::string_view_literals;  // word lists with their lengths known at compile time

using grammar::quantity_form;
using grammar::unit_class;
using namespace cue_lexicon;

// ---------------------------------------------------------------------------
// Small text helpers over normalized UTF-8.

const char* starts_with_any(std::string_view s, std::size_t pos, const cue_words& words) {
  return words.longest_at(s, pos);
}
char32_t char_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return 0;
  std::size_t len = 0;
  return decode_at(s, pos, len);
}
char32_t char_before(std::string_view s, std::size_t pos) {
  if (pos == 0) return 0;
  std::size_t start = 0;
  return decode_before(s, pos, start);
}
bool is_punct(char32_t c) {
  return c == 0 || c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' ||
         c == '\n' || c == ' ' || c == U'。' || c == U'、' || c == ')' || c == '(' || c == U'”' ||
         c == U'“' || c == U'」' || c == U'「' || c == U'》' || c == U'《' || c == U'\u3000' ||
         is_list_marker(c);
}


// The year a period string starts with (2018, 2018-Q1, 2019/2023).
int year_of(std::string_view period) {
  const std::string_view head = period.substr(0, 4);
  int year = 0;
  const auto [end, ec] = std::from_chars(head.data(), head.data() + head.size(), year);
  if (ec == std::errc() && end == head.data() + head.size()) return year;
  return std::stoi(std::string(head));  // anything else read as before (and rejected as before)
}

// The lists asked about every quantity's sentence, matched once per sentence: the
// match that ends last wins; of two ending together, the longer (压减 over 减).
const cue_set sentence_cues{&growth_up, &growth_down, &share_cues, &change_up, &change_down, &pull_cues,
                            &yoy_cues, &pop_cues, &target_cues, &forecast_cues, &projection_cues,
                            &part_of_cues, &real_cues, &real_sentence_cues, &nominal_cues,
                            &respectively_cues, &real_growth_cues, &stock_cues};

// The last target cue in [from, to) that is not part of a word that only looks like
// one (计划总投资, 即将, 拟建).
found_word last_target_cue(std::string_view text, const cue_matches& cues, std::size_t from, std::size_t to) {
  std::size_t end = to;
  while (end > from) {
    found_word cue = cues.last_in(target_cues, from, end);
    if (!cue) return {};
    bool negated = false;
    for (std::size_t k = 0; k < target_not.size(); ++k) {
      const std::string_view nv = target_not.view(k);
      std::size_t off = nv.find(cue.view());
      if (off != std::string_view::npos && cue.pos >= off && starts_with_at(text, cue.pos - off, nv))
        negated = true;
    }
    if (!negated) return cue;
    end = cue.pos;
  }
  return {};
}

// The same period a year before: a span of months (2023-01/2023-09) compares with the
// same span a year before; a span of years (2019—2023年年均增长) with the year before it.
std::string year_before(std::string_view period) {
  const bool year_span = period.size() == 9 && period[4] == '/';
  return year_span ? shift_years(period.substr(0, 4), -1) : shift_years(period, -1);
}

// Does a time open its sentence (今年以来,… 1—6月,…)? Only such a time frames the
// sentences after it; one inside a clause (其中6月当月…) speaks for its clause.
bool opens_sentence(const document& doc, const resolved_time& r) {
  const std::size_t sb = doc.sentence_begin(r.begin);
  std::string_view lead = doc.text().substr(sb, r.begin - sb);
  while (!lead.empty() && (lead.front() == ' ' || lead.front() == '\n' || lead.front() == '\t')) lead.remove_prefix(1);
  if (lead.starts_with("\u3000")) lead.remove_prefix(3);
  return lead.size() <= 6;  // at most two characters before it (今年, 在)
}

// ---------------------------------------------------------------------------

struct claim_context {
  const document& doc;
  std::string_view text;
};

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
  for (std::string_view v : {"实现"sv, "完成"sv, "共有"sv, "达到"sv}) {
    std::size_t p = out.find(v);
    if (p != std::string::npos && p > 0 && p + v.size() < out.size()) out.erase(p, v.size());
  }
  // Quotation marks inside a name carry nothing for matching.
  for (std::string_view q : {"“"sv, "”"sv, "\""sv, "「"sv, "」"sv}) {
    for (std::size_t p = out.find(q); p != std::string::npos; p = out.find(q)) out.erase(p, q.size());
  }
  return out;
}

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
  static const cue_words stops{"集中", "开工", "投产", "尽快", "加快", "落地", "建设", "与", "和",
                                          "的", "实现", "完成", "达到", "相继", "全部", "先后",
                                          "正在", "已", "将", "等", "为", "在", "通过", "享受",
                                          "纳入", "被", "中", "进行", "开展", "分别", "均", "获",
                                          "增加", "增长", "减少", "下降", "同比", "比", "较", "占",
                                          "达到", "提高", "以上", "以下", "左右", "之", "后", "即",
                                          "脱颖", "办结", "用于", "建成"};
  for (std::string_view lead : {"顺利实现"sv, "实现"sv, "正式"sv})
    if (starts_with_at(text, from, lead)) { from += lead.size(); break; }
  static const cue_words start_stops{"增加", "增长", "减少", "下降", "同比", "比", "较", "占",
                                               "达到", "提高", "以上", "以下", "左右", "的", "和", "与",
                                               "等", "为", "之", "后", "分别", "均"};
  if (starts_with_any(text, from, start_stops)) return {};
  std::size_t end = from;
  int chars = 0;
  while (end < limit && chars < 16) {
    char32_t c = char_at(text, end);
    if (!is_han(c) && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != U'“' && c != U'”') break;
    if (chars > 0 && starts_with_any(text, end, stops)) break;
    std::size_t len = 0;
    decode_at(text, end, len);
    end += len;
    ++chars;
  }
  return trim_indicator(text.substr(from, end - from));
}

bool inside_quotation(std::string_view text, std::size_t sent_begin, std::size_t pos, std::size_t sent_end) {
  // An opening mark before `pos` in the sentence not closed before it, and its closing
  // mark after: the number belongs to a quoted name or slogan.
  static constexpr std::pair<std::string_view, std::string_view> marks[] = {
      {"“", "”"}, {"《", "》"}, {"「", "」"}, {"『", "』"}, {"\"", "\""}};
  // Every closing mark starts with '"', E2 or E3: without one of those bytes in the 42
  // bytes after the number, no mark closes there.
  const std::string_view window = text.substr(pos, std::min<std::size_t>(sent_end - pos, 42));
  if (std::none_of(window.begin(), window.end(), [](char b) { return b == '"' || b == '\xE2' || b == '\xE3'; }))
    return false;
  for (auto [open, close] : marks) {
    // The closing mark must start within 40 bytes after the number: test that first, on
    // those bytes only, as it rules out most numbers before the sentence is searched.
    std::string_view near = text.substr(pos, sent_end - pos);
    near = near.substr(0, std::min(near.size(), 40 + close.size() - 1));
    if (near.find(close) == std::string_view::npos) continue;
    std::string_view before = text.substr(sent_begin, pos - sent_begin);
    std::size_t o = rfind_word(before, open);
    if (o == std::string_view::npos) continue;
    if (open == close) {
      if (std::count(before.begin(), before.end(), '"') % 2 == 0) continue;
    } else if (before.find(close, o) != std::string_view::npos) {
      continue;
    }
    std::string_view after = text.substr(pos, sent_end - pos);
    std::size_t c = after.find(close);
    if (c != std::string_view::npos && c < 40) return true;
  }
  return false;
}

// A count of projects by their pipeline status (在谈, 在建, 已签约), or the money of
// such a count (总投资X的N个在谈项目).
bool pipeline_stock(const claim_context& cx, const quantity_token& t) {
  static const cue_words status{"在谈", "在建", "已签约", "已开工", "已落地", "在库", "储备"};
  std::size_t p = t.outer_end;
  if (t.q.unit.cls == unit_class::money && starts_with_at(cx.text, p, "的")) {
    p += 3;
    while (p < cx.text.size() && (std::isdigit(static_cast<unsigned char>(cx.text[p])) || cx.text[p] == '.')) ++p;
    if (!starts_with_at(cx.text, p, "个")) return false;
    p += 3;
  } else if (t.q.unit.cls != unit_class::count) {
    return false;
  }
  return starts_with_any(cx.text, p, status) != nullptr;
}

// Why a quantity is not a claim, or empty when it is one.
std::string_view exclusion_reason(const claim_context& cx, const quantity_token& t) {
  const auto& text = cx.text;
  const auto& q = t.q;
  char32_t before = char_before(text, t.begin);
  char32_t after = char_at(text, t.end);
  if (before == U'第') return "ordinal (第…)";
  if (after == U'级') return "class label (…级)";
  // Words after the quote that make it a label, an ordinal or a record window.
  for (const auto& [word, why, only_unit] : not_claim_after)
    if ((only_unit.empty() || only_unit == std::string_view(q.unit.code)) &&
        (starts_with_at(text, t.end, word) || starts_with_at(text, t.outer_end, word)))
      return why;
  const std::string_view unit_code = q.unit.code;
  if (starts_with_at(text, t.end, "周年") || (unit_code == "week" && after == U'年'))
    return "anniversary";
  if (q.number.chinese && q.number.value == 1 && q.number.digits == 1 && q.unit.cls == unit_class::count &&
      q.form == quantity_form::plain && t.qual == qualifier::exact)
    return "indefinite 一 (a, one of)";
  if (after == U'一' && q.form == quantity_form::plain) return "slogan or label (五个一)";
  // A round Chinese numeral glued to a name (千亩新型显示产业园) sizes the name.
  if (q.number.chinese && q.number.digits == 1 && q.number.value >= 100 && is_han(after) &&
      after != U'的' && after != U'和' && after != U'以' && after != U'左' && after != U'多')
    return "size word inside a name (千亩…园)";
  if (q.unit.cls == unit_class::time_span) {
    for (std::string_view w : {"来"sv, "以来"sv, "之后"sv, "后"sv, "以后"sv, "之前"sv, "前"sv, "内"sv, "之内"sv})
      if (starts_with_at(text, t.outer_end, w)) return "time reference (…以来, …之后), not a duration";
    for (std::string_view w : {"行动"sv, "规划"sv, "方案"sv, "计划"sv, "攻坚"sv, "发展规划"sv, "振兴"sv})
      if (starts_with_at(text, t.end, w)) return "part of a name (三年行动方案)";
  }
  if (unit_code == "所" && (is_punct(after) || after == U'、'))
    return "name or code (704所)";
  // Thresholds inside an indicator's name: 过10亿元项目, 20万元以上的村居.
  // 两年以上未达标的村, 20万元以上的村居: 以上/以下 followed by a noun make a threshold.
  if (t.outer_end > t.end) {
    char32_t next = char_at(text, t.outer_end);
    bool qual_word = starts_with_at(text, t.end, "以上") || starts_with_at(text, t.end, "以下");
    if (qual_word && is_han(next) && next != U'和' && next != U'并' && next != U'或' && next != U'且' &&
        next != U'为' && next != U'是' && next != U'就')
      return "threshold inside an indicator name (…以上的村居)";
  }
  if (q.unit.cls == unit_class::money || q.unit.cls == unit_class::count) {
    std::size_t p = t.end;
    for (std::string_view w : {"以上"sv, "及以上"sv, "以下"sv, "以内"sv})
      if (starts_with_at(text, p, w)) { p += w.size(); break; }
    bool had_qualifier_word = p != t.end;
    static const cue_words heads{"项目", "企业", "村", "工业", "单位", "产业", "商户", "大项目",
                                            "重点项目", "规模", "投资项目", "的"};
    if (q.unit.cls == unit_class::money && starts_with_any(text, p, heads) &&
        !(starts_with_at(text, p, "的") && !had_qualifier_word &&
          !ends_with_at(text, t.outer_begin, "过") && !ends_with_at(text, t.outer_begin, "超")))
      return "threshold inside an indicator name (过10亿元项目)";
    if (q.unit.cls == unit_class::money &&
        (ends_with_at(text, t.outer_begin, "过") || ends_with_at(text, t.outer_begin, "超")) &&
        starts_with_any(text, p, heads))
      return "threshold inside an indicator name (过10亿元项目)";
  }
  if (inside_quotation(text, cx.doc.sentence_begin(t.begin), t.begin, cx.doc.sentence_end(t.end)))
    return "inside a quoted name or slogan";
  return {};
}

}  // namespace

void assemble(const document& doc, const token_stream& tokens, const normalized_text& nt,
              std::string_view original, const extract_options& options, extraction_result& out) {
  const std::string_view text = nt.view();
  claim_context cx{doc, text};
  cue_matches cues(sentence_cues, text);
  std::vector<std::size_t> semicolons, colons;  // in the current sentence, ascending
  const auto& times = doc.times();
  const auto& names = doc.entities();

  struct previous_info {
    std::size_t end = 0;
    std::size_t sentence = static_cast<std::size_t>(-1);
    claim_kind kind = claim_kind::level;
    std::string indicator;
    std::string level_indicator;  // the last level's indicator in the sentence
    std::vector<std::string> items;  // a 分别 list being handed out, one item a quantity
    std::size_t item = 0;
    bool negative = false;
    std::string unit;
  } prev;

  for (const auto& t : tokens.quantities) {
    const auto& q = t.q;
    const std::string_view reason = exclusion_reason(cx, t);
    byte_span span = nt.original(t.begin, t.end);
    if (!reason.empty()) {
      if (options.explain)
        out.skipped.push_back({std::string(original.substr(span.begin, span.end - span.begin)), span, std::string(reason)});
      continue;
    }
    claim c;
    c.doc = options.doc;
    c.span = span;
    c.quote = std::string(original.substr(span.begin, span.end - span.begin));
    c.value = q.value;
    c.value_hi = q.value_hi;
    const std::string_view unit = q.unit.code;
    c.unit = unit;
    // A bare 元 is the text's own currency (港元 in a Hong Kong release).
    if (doc.profile().currency != "CNY" && c.unit.starts_with("CNY") &&
        text.substr(t.begin, t.end - t.begin).find("人民币") == std::string_view::npos)
      c.unit.replace(0, 3, doc.profile().currency);
    c.qual = t.qual;
    c.doc_date = doc.date().text;
    c.doc_date_inferred = doc.date().inferred;
    c.resolution = 0.5 * grammar::power_of_ten(-q.number.decimals) * (q.scale == 0 ? 1 : q.scale);
    if (q.form == quantity_form::doubling) c.resolution = 0;

    const std::size_t sent_b = doc.sentence_begin(t.begin);
    const std::size_t sent_e = doc.sentence_end(t.end);
    const std::size_t clause_b = doc.clause_begin(t.outer_begin);
    const std::size_t clause_e = doc.clause_end(t.end);
    const std::size_t para_b = doc.paragraph_begin(t.begin);
    if (prev.sentence != sent_b) {
      prev = previous_info{};
      prev.sentence = sent_b;
      cues.index(sent_b, sent_e);
      // The sentence's semicolons and colons, each list found by memchr.
      const std::size_t stop = std::min(sent_e + 1, text.size());
      for (auto [mark, found] : {std::pair{';', &semicolons}, std::pair{':', &colons}}) {
        found->clear();
        for (std::size_t p = sent_b; p < stop;) {
          const void* at = std::memchr(text.data() + p, mark, stop - p);
          if (!at) break;
          p = static_cast<std::size_t>(static_cast<const char*>(at) - text.data());
          found->push_back(p++);
        }
      }
    }
    // The stretch of the clause that belongs to this quantity: after the previous
    // quantity in the same clause.
    const std::size_t seg_b = std::max(clause_b, prev.end > clause_b && prev.end <= t.outer_begin ? prev.end : clause_b);
    const bool enumerated = prev.end > 0 && prev.end >= clause_b && t.outer_begin >= prev.end &&
                            text.substr(prev.end, t.outer_begin - prev.end).find_first_not_of("、和及与 ") == std::string_view::npos;

    // --- kind and sign --------------------------------------------------------
    bool negative = false;
    bool gap_against_other = false;  // 高于全省…个百分点: compared with a place, not a period
    found_word up = cues.last_in(growth_up, seg_b, t.outer_begin);
    found_word down = cues.last_in(growth_down, seg_b, t.outer_begin);
    found_word growth_cue = (up && (!down || up.pos > down.pos)) ? up : down;
    bool cue_is_down = growth_cue && growth_cue.word == down.word && growth_cue.pos == down.pos;
    // "下调至1.1%", "增加到2.1万家": the number is the new level, not the change.
    bool cue_to_level = growth_cue && (starts_with_at(text, growth_cue.pos + growth_cue.size, "至") ||
                                       starts_with_at(text, growth_cue.pos + growth_cue.size, "到"));
    if (q.form == quantity_form::doubling) {
      c.kind = claim_kind::growth;
    } else if (unit == "pp") {
      if (cues.any_in(pull_cues, sent_b, t.outer_begin) &&
          cues.last_in(pull_cues, sent_b, t.outer_begin).pos >= clause_b) {
        c.kind = claim_kind::growth;
      } else {
        c.kind = claim_kind::change;
        negative = cue_is_down && !cue_to_level;
        // 高于全省0.2个百分点, 低于全市2.8个百分点: a gap against another place or group,
        // signed by its word; it compares with no period.
        const found_word up_gap = gap_up.last_in(text, seg_b, t.outer_begin);
        const found_word down_gap = gap_down.last_in(text, seg_b, t.outer_begin);
        const found_word gap = (up_gap && (!down_gap || up_gap.pos > down_gap.pos)) ? up_gap : down_gap;
        if (gap && (!growth_cue || gap.pos > growth_cue.pos)) {
          gap_against_other = true;
          negative = gap.word == down_gap.word && gap.pos == down_gap.pos;
        }
      }
    } else if (unit == "x") {
      c.kind = claim_kind::multiple;
      if (growth_cue && !cue_is_down && !cue_to_level && growth_cue.pos + growth_cue.size + 6 >= t.outer_begin) {
        // 增长2倍 is ×3: a growth of 200 %.
        c.kind = claim_kind::growth;
        c.unit = "%";
        c.value = q.value * 100;
        if (c.value_hi) *c.value_hi *= 100;
      }
    } else if (unit == "%") {
      found_word share = cues.last_in(share_cues, seg_b, t.outer_begin);
      const bool growth_word_after = starts_with_any(text, t.outer_end, growth_after) != nullptr;
      if (growth_cue && !cue_to_level && (!share || growth_cue.pos > share.pos)) {
        c.kind = claim_kind::growth;
        negative = cue_is_down || negative_growth.word_ending_at(text, growth_cue.pos + growth_cue.size);
      } else if (share) {
        c.kind = claim_kind::share;
      } else if (growth_word_after) {
        c.kind = claim_kind::growth;
      } else if (enumerated && (prev.kind == claim_kind::growth || prev.kind == claim_kind::share ||
                                prev.kind == claim_kind::level) && prev.unit == "%") {
        c.kind = prev.kind;
        negative = prev.negative;
      } else if (growth_cue && cue_to_level && prev.kind == claim_kind::growth) {
        c.kind = claim_kind::growth;
      } else {
        // No cue: a rate that is itself the indicator (失业率 5.2%) is a level, any
        // other percentage a share of a whole.
        std::string_view head = text.substr(seg_b, t.outer_begin - seg_b);
        bool rate = false;
        for (std::size_t k = 0; k < rate_heads.size(); ++k)
          if (head.find(rate_heads.view(k)) != std::string_view::npos) rate = true;
        c.kind = rate ? claim_kind::level : claim_kind::share;
        // A rate of growth named as such (经济成长率为4.46%, 通胀率为2.1%) is a growth.
        if (growth_rate_heads.last_in(head, 0, head.size())) c.kind = claim_kind::growth;
        if (q.form == quantity_form::fraction && !rate) c.kind = claim_kind::share;
      }
    } else {
      // Counts, money and measures: a change when a change verb leads to the number.
      found_word cu = cues.last_in(change_up, seg_b, t.outer_begin);
      found_word cd = cues.last_in(change_down, seg_b, t.outer_begin);
      found_word cw = (cu && (!cd || cu.pos > cd.pos)) ? cu : cd;
      bool to_level = cw && (starts_with_at(text, cw.pos + cw.size, "到") ||
                             starts_with_at(text, cw.pos + cw.size, "至"));
      // 新增 and 增加值 name things; they are not changes.
      bool naming = cw && (ends_with_at(text, cw.pos, "新") || starts_with_at(text, cw.pos, "增加值") ||
                           cw.view() == "多");
      if (cw && !to_level && !naming && cw.view() != "增" && cw.view() != "减") {
        c.kind = claim_kind::change;
        negative = (cw.word == cd.word && cw.pos == cd.pos);
      } else if (enumerated && prev.kind == claim_kind::change && prev.unit == unit) {
        c.kind = claim_kind::change;
        negative = prev.negative;
      }
    }
    // A rate that is a level although its name holds a growth word (人口自然增长率).
    if (unit == "%" && c.kind == claim_kind::growth && level_rate_heads.last_in(text, seg_b, t.outer_begin)) {
      c.kind = claim_kind::level;
      negative = false;
    }
    if (negative) {
      c.value = -c.value;
      if (c.value_hi) *c.value_hi = -*c.value_hi;
    }

    // --- target cues: the clause's words of plans and goals --------------------
    // A cue governs its part of the sentence (up to a semicolon), and a cue before a
    // colon governs the list after it (主要预期目标是: …; …).
    // Only a semicolon or colon inside the sentence counts, so look no further back.
    // The last ';' and ':' in the sentence up to and including the number's first byte.
    auto last_mark = [&](const std::vector<std::size_t>& marks) -> std::optional<std::size_t> {
      if (t.outer_begin < sent_b) return std::nullopt;
      auto it = std::upper_bound(marks.begin(), marks.end(), t.outer_begin);
      if (it == marks.begin()) return std::nullopt;
      return *(it - 1);
    };
    const auto semicolon = last_mark(semicolons);
    const std::size_t part_b = semicolon ? *semicolon + 1 : sent_b;
    found_word cue = last_target_cue(text, cues, part_b, t.outer_begin);
    if (!cue) {
      if (const auto colon = last_mark(colons)) cue = last_target_cue(text, cues, sent_b, *colon);
    }
    bool after_cue = false;
    if (starts_with_at(text, t.outer_end, "目标")) after_cue = true;
    for (std::string_view w : {"的预测"sv, "的目标"sv, "的预期目标"sv})
      if (text.substr(t.outer_end, clause_e - std::min(clause_e, t.outer_end)).find(w) != std::string_view::npos)
        after_cue = true;

    // --- period ----------------------------------------------------------------
    const section_frame* section = doc.section_at(t.begin);
    const resolved_time* in_sentence = nullptr;   // nearest before, not a comparison
    const resolved_time* comparison = nullptr;    // nearest comparison before, in the clause chain
    const resolved_time* written_year = nullptr;  // a written year before, in the sentence
    const resolved_time* day_after = nullptr;     // a dated event later in the sentence
    const resolved_time* in_paragraph = nullptr;  // carried from earlier sentences
    const resolved_time* finer = nullptr;         // a sub-year period earlier in the sentence
    // Times before the paragraph play no part, so start at the paragraph.
    for (std::size_t ri = doc.first_time_from(para_b); ri < times.size(); ++ri) {
      const resolved_time& r = times[ri];
      if (r.begin >= sent_e) break;
      if (r.end <= t.outer_begin) {
        if (r.begin >= sent_b) {
          if (r.comparison) {
            comparison = &r;
          } else {
            // 今年上半年 … 其中,今年新洽谈…: a bare year after a finer period of the
            // same year does not widen it.
            if (in_sentence && in_sentence->period.size() > 4 && r.bare_year &&
                in_sentence->year == r.year)
              finer = in_sentence;
            in_sentence = &r;
            if (r.written_year) written_year = &r;
          }
        } else if (r.begin >= para_b && !r.comparison && opens_sentence(doc, r)) {
          in_paragraph = &r;
        }
      } else if (r.begin >= t.end && r.day_precision && !r.comparison && !day_after) {
        day_after = &r;
      }
    }
    // A comparison period right before a growth word is the number's own period
    // (较第一季经修订的2.8%增幅: the growth of the first quarter).
    bool own_comparison = comparison && starts_with_any(text, t.outer_end, growth_after) &&
                          comparison->end >= clause_b;
    found_word stock = cues.last_in(stock_cues, sent_b, t.outer_begin);
    bool period_from_context = false;
    bool period_from_frame = false;  // from the section or the document, not the text near it
    // Explanations are a fixed reason and, for some, the words it names (a section's
    // heading, a cue word): views, joined into strings only when asked to explain.
    std::string_view period_source = "none: no time in its text, section or title", period_detail;
    if (own_comparison) {
      c.period = comparison->period;
      period_source = "the period compared, its own (较…的2.8%增幅)";
    } else if (stock && !cue && !written_year &&
               !(in_sentence && in_sentence->day_precision && in_sentence->begin > stock.pos) &&
               !(in_sentence && as_of_words.word_ending_at(text, in_sentence->begin))) {
      c.period = doc.date().text;
      period_source = "a stock at the document date (累计, 目前 …)";
    } else if (in_sentence) {
      c.period = (finer && in_sentence->period.size() == 4) ? finer->period : in_sentence->period;
      period_source = "time in its sentence";
    } else if (day_after) {
      c.period = day_after->period;
      period_source = "dated event later in its sentence";
    } else if (in_paragraph) {
      c.period = in_paragraph->period;
      period_from_context = true;
      period_source = "time opening an earlier sentence of its paragraph";
    } else if (const resolved_time* frame = doc.frame_at(t.begin)) {
      c.period = frame->period;
      period_from_context = true;
      period_source = "frame: a paragraph opening with …以来";
    } else if (pipeline_stock(cx, t)) {
      // 40个在谈项目, 15个已签约项目: a pipeline count at the time of writing.
      c.period = doc.date().text;
      period_source = "a pipeline count at the document date (在谈, 在建 …)";
    } else if (section && !section->period.empty()) {
      c.period = section->period;
      period_from_context = period_from_frame = true;
      period_source = "section: ";
      period_detail = section->label;
    } else if (const resolved_time* reference = doc.reference_period()) {
      // The period the title names: the whole document reports on it.
      c.period = reference->period;
      period_from_context = period_from_frame = true;
      period_source = "document: the period its title names";
    }

    // --- basis ------------------------------------------------------------------
    std::string_view basis_source = gap_against_other ? "none: a gap against another place or group (高于, 低于)" : "";
    if (!gap_against_other &&
        (c.kind == claim_kind::growth || c.kind == claim_kind::change || c.kind == claim_kind::multiple)) {
      const bool has_comparison = comparison && comparison->end <= t.outer_begin && !own_comparison &&
                                  comparison->begin >= sent_b;
      if (has_comparison && !comparison->written_year && !c.period.empty() &&
          comparison->period.size() == 4 && c.period.size() >= 4) {
        // 比上年, 较去年: the year before the claim's own period.
        c.basis = year_before(c.period);
        basis_source = "the year before its period (比上年, 上年同期)";
      } else if (has_comparison) {
        c.basis = comparison->period;
        basis_source = "comparison named in its sentence";
      } else if (cues.any_in(pop_cues, sent_b, t.outer_begin) && !c.period.empty()) {
        c.basis = previous_period(c.period);
        basis_source = "the period before (环比, 比上月)";
      } else if (!c.period.empty() && (c.kind == claim_kind::growth ||
                                       cues.any_in(yoy_cues, sent_b, t.outer_begin))) {
        basis_source = "the same period a year before (同比, or a growth with no comparison named)";
        c.basis = year_before(c.period);
      }
    }

    // --- modality ---------------------------------------------------------------
    {
      bool target = static_cast<bool>(cue) || after_cue;
      std::string_view modality_source = cue ? "cue word: " : after_cue ? "goal named after the figure (…的目标)" : "no cue of a goal: actual";
      std::string_view modality_detail = cue ? cue.view() : std::string_view();
      // A forecast for a period that has already ended reports an actual figure.
      if (target && cue && !after_cue && cues.any_in(forecast_cues, cue.pos, cue.pos + cue.size) &&
          !c.period.empty() && year_of(c.period) < doc.date().year) {
        target = false;
        modality_source = "a forecast (预计) for a period already ended: actual";
        modality_detail = {};
      }
      // A section of goals (主要预期目标, 2025年工作安排) makes its figures goals, but for
      // those of a year before the document's (the base year of a plan).
      if (section && section->target && (c.period.empty() || !doc.date().year || year_of(c.period) >= doc.date().year)) {
        if (!target) {
          modality_source = "section: ";
          modality_detail = section->label;
        }
        target = true;
      }
      // A period after the document's year is a plan.
      if (!c.period.empty() && doc.date().year && year_of(c.period) > doc.date().year) {
        if (!target) {
          modality_source = "a period after the document's year";
          modality_detail = {};
        }
        target = true;
      }
      c.mode = target ? modality::target : modality::actual;
      if (options.explain) c.why.modality = std::string(modality_source) + std::string(modality_detail);
      // A commitment without a time of its own is for the document's year.
      if (target && c.period.empty() && cue && doc.date().year &&
          !cues.any_in(projection_cues, cue.pos, cue.pos + cue.size)) {
        c.period = std::to_string(doc.date().year);
        period_source = "a goal with no time of its own: the document's year";
        period_detail = {};
      }
      if (target && c.period.empty() && cue && cue.view() == "将" && doc.date().year &&
          cues.any_in(commitment_cues, para_b, t.outer_begin)) {
        c.period = std::to_string(doc.date().year);
        period_source = "a goal with no time of its own: the document's year";
        period_detail = {};
      }
    }

    // --- entity -----------------------------------------------------------------
    bool project_attribute = false;  // 投资10亿元的某某医院: a property of one project
    bool about_project = false;      // the subject of its sentence is a project or company
    {
      std::string entity;
      // "投资10亿元的某某医院", "建设某某医院", "用40天建成的某某中心": a name right after
      // the figure is what it is about.
      std::size_t after_pos = t.outer_end;
      bool look = q.unit.cls != unit_class::count;  // after a count comes what is counted
      // skip a short verb phrase and its 的 (建成的), or attributes up to the 的; else a
      // verb of building (建设某某医院)
      // (a 的 past the clause end never counts, so the search stops there)
      std::size_t de = after_pos < clause_e ? text.substr(after_pos, clause_e - after_pos).find("的")
                                            : std::string_view::npos;
      if (de != std::string_view::npos) de += after_pos;
      if (de != std::string_view::npos && de < clause_e && de - after_pos <= 36) {
        after_pos = de + 3;
        look = true;
      } else if (const found_word v = build_verbs.word_at(text, after_pos)) {
        after_pos += v.size;
      }
      if (look && after_pos < clause_e && !std::isdigit(static_cast<unsigned char>(text[after_pos])))
        entity = name_starting_at(text, after_pos);
      if (!entity.empty()) {
        project_attribute = true;
        // A name written again in full elsewhere keeps its full form.
        for (std::size_t ei = doc.first_entity_from(after_pos); ei < names.size() && names[ei].begin == after_pos; ++ei)
          entity = names[ei].name;
      }
      if (entity.empty()) {
        // The nearest subject named in subject position before the number in its
        // sentence; else the last area in subject position before; else the main one.
        // Only the entities before the first one that reaches past the number count.
        const std::size_t k = doc.first_entity_ending_after(t.outer_begin);
        const named_entity* in_sent = nullptr;
        const named_entity* area = doc.last_area_subject_before(k);
        // The last one in the sentence that qualifies (entities are sorted by begin).
        for (std::size_t ei = k; ei-- > 0 && names[ei].begin >= sent_b;) {
          const named_entity& e = names[ei];
          if (!e.subject) continue;
          // Projects and companies speak for the figures of their own part of the
          // sentence (up to a semicolon); areas for the whole sentence.
          bool area_level = e.lvl != named_entity::level::project && e.lvl != named_entity::level::org;
          if (e.begin >= (area_level ? sent_b : part_b) && !starts_with_at(text, e.end, "等")) {
            in_sent = &e;
            break;
          }
        }
        std::string_view entity_source;
        if (in_sent) {
          entity = in_sent->name;
          entity_source = in_sent->coreference ? "subject of its sentence (a reference such as 该区, 全市)" : "subject of its sentence";
          about_project = in_sent->lvl == named_entity::level::project || in_sent->lvl == named_entity::level::org;
        } else if (area) {
          entity = area->name;
          entity_source = "the last place named as a subject before it";
        } else {
          entity = doc.main_entity();
          entity_source = doc.main_entity_source();
        }
        if (options.explain) c.why.entity = entity_source;
      } else if (options.explain) {
        c.why.entity = "the name right after the figure (投资10亿元的某某项目)";
      }
      c.entity = std::move(entity);
    }
    // A property of one project or facility holds without a time unless its own
    // sentence dates it.
    if (project_attribute && period_from_context && c.mode == modality::actual) {
      c.period.clear();
      period_source = "none: a property of one project, not dated by its own sentence";
      period_detail = {};
    }

    // --- indicator --------------------------------------------------------------
    {
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
      const bool measure = q.unit.cls == unit_class::count || q.unit.cls == unit_class::time_span;
      std::string after = phrase_after(text, t.outer_end, clause_e);
      // 分别 lists: 十强产业、高新技术、工业技改投资分别增长 a、b、c.
      const bool respective = says_respectively || (enumerated && !prev.items.empty());
      if (c.kind == claim_kind::share) {
        // 占规模以上工业总产值的38.5%: the whole follows 占; the part comes before it.
        found_word zhan = cues.last_in(part_of_cues, seg_b, t.outer_begin);
        if (zhan) {
          std::string_view whole = text.substr(zhan.pos + 3, t.outer_begin - zhan.pos - 3);
          for (std::string_view w : {"的比重"sv, "比重"sv, "的"sv}) {
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
        if (q.unit.cls == unit_class::time_span && before.size() >= 6 && after.size() <= 12 && !examples_before)
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
      if (q.unit.cls == unit_class::money && starts_with_at(text, t.outer_end, "的")) {
        std::size_t p = t.outer_end + 3;
        if (p < text.size() && std::isdigit(static_cast<unsigned char>(text[p]))) {
          auto at_p = std::lower_bound(tokens.quantities.begin(), tokens.quantities.end(), p,
                                       [](const quantity_token& o, std::size_t pos) { return o.begin < pos; });
          for (auto it = at_p; it != tokens.quantities.end() && it->begin == p; ++it) {
            const quantity_token& other = *it;
            if (other.q.unit.cls != unit_class::count) continue;
            std::string counted = phrase_after(text, other.outer_end, doc.clause_end(other.end));
            if (counted.size() >= 6) indicator = counted + indicator;
          }
        }
      }
      // 某项目,从筹备厂房到正式投产,仅用不到一个月时间: a duration whose own clause names
      // nothing takes the clause before it.
      // 用两年左右时间基本完成某改造, 计划用2到4年时间,将某产业建成…: what the time
      // is for follows 时间.
      if (q.unit.cls == unit_class::time_span && starts_with_at(text, t.outer_end, "时间")) {
        std::size_t p = t.outer_end + 6;
        if (p < text.size() && text[p] == ',') ++p;
        std::size_t e = doc.clause_end(p);
        std::string purpose = trim_indicator(text.substr(p, e - p));
        if (purpose.size() >= 6) indicator = purpose + "时间";
      } else if (q.unit.cls == unit_class::time_span && indicator.size() < 6 && is_han(char_at(text, t.outer_end))) {
        // 仅用40天建成的某中心: the verb after the duration names what it took.
        std::size_t e = t.outer_end;
        for (int k = 0; k < 4 && is_han(char_at(text, e)) && !starts_with_at(text, e, "的"); ++k) e += 3;
        if (e > t.outer_end + 3) indicator = std::string(text.substr(t.outer_end, e - t.outer_end)) + "用时";
      }
      if (q.unit.cls == unit_class::time_span && (indicator.size() < 6 || indicator == "时间") && clause_b > sent_b) {
        std::size_t pb = doc.clause_begin(clause_b - 1);
        std::string prev_clause = trim_indicator(text.substr(pb, clause_b - 1 - pb));
        bool is_name = false;
        for (std::size_t ei = doc.first_entity_from(pb); ei < names.size() && names[ei].begin == pb; ++ei)
          if (names[ei].end + 1 >= clause_b) is_name = true;
        if (prev_clause.size() >= 6 && !is_name) indicator = prev_clause + "用时";
      }
      if (indicator.size() < 6 && q.unit.cls == unit_class::area) indicator = "面积";
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
      c.indicator = std::move(indicator);
      c.of = std::move(of);
    }

    // A project's or company's figures, and attributes that hold without a time (规划面积,
    // 总投资), take no period from the section or the document: only their own text dates
    // them.
    if (period_from_frame && c.mode == modality::actual &&
        (about_project || timeless_attributes.last_in(c.indicator, 0, c.indicator.size()))) {
      c.period.clear();
      period_source = "none: a project's figure or a timeless attribute, not dated by its own sentence";
      period_detail = {};
    }
    if (options.explain) {
      c.why.period = std::string(period_source) + std::string(period_detail);
      if (!c.basis.empty() || !basis_source.empty()) c.why.basis = basis_source;
    }
    // Money per mu when the indicator is an average per mu (亩均投资强度 420万元).
    if (q.unit.cls == unit_class::money && c.indicator.find("亩均") != std::string::npos) c.unit += "/mu";
    else if (q.unit.cls == unit_class::money && per_person.last_in(c.indicator, 0, c.indicator.size())) c.unit += "/人";
    if (c.kind == claim_kind::growth) {
      if (cues.any_in(real_cues, seg_b, t.outer_begin) ||
          cues.any_in(real_sentence_cues, sent_b, t.outer_begin))
        c.price_basis = "real";
      else if (cues.any_in(nominal_cues, seg_b, t.outer_begin))
        c.price_basis = "nominal";
    }

    prev.end = t.outer_end;
    prev.kind = c.kind;
    prev.indicator = c.indicator;
    prev.negative = negative;
    prev.unit = c.unit;
    if (c.kind == claim_kind::level && !c.indicator.empty()) prev.level_indicator = c.indicator;
    out.claims.push_back(std::move(c));
  }
}

}  // namespace econclaims::detail
