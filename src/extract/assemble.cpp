// Claim assembly: a quantity becomes a claim with kind, basis, period, modality,
// entity and indicator, read from the words around it the way a reader would. This
// unit walks the quantities, sets aside those that are no claims, and reads kind and
// sign; attributes.cpp and indicator.cpp read the rest.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "assembler.hpp"

namespace econclaims::detail {
namespace {

using namespace std::string_view_literals;  // word lists with their lengths known at compile time

using grammar::quantity_form;
using namespace cue_lexicon;

// The lists asked about every quantity's sentence, matched once per sentence: the
// match that ends last wins; of two ending together, the longer (压减 over 减).
const cue_set sentence_cues{&growth_up, &growth_down, &share_cues, &change_up, &change_down, &pull_cues,
                            &yoy_cues, &pop_cues, &target_cues, &forecast_cues, &projection_cues,
                            &part_of_cues, &real_cues, &real_sentence_cues, &nominal_cues,
                            &respectively_cues, &real_growth_cues, &stock_cues};

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

}  // namespace

void assemble(const document& doc, const token_stream& tokens, const normalized_text& nt,
              std::string_view original, const extract_options& options, extraction_result& out) {
  claim_assembler assembler(doc, tokens, nt, original, options, out);
  for (const auto& t : tokens.quantities) assembler.add(t);
}

claim_assembler::claim_assembler(const document& doc, const token_stream& tokens, const normalized_text& nt,
                                 std::string_view original, const extract_options& options,
                                 extraction_result& out)
    : doc_(doc), tokens_(tokens), nt_(nt), text_(nt.view()), original_(original), options_(options), out_(out),
      cues_(sentence_cues, text_) {}

void claim_assembler::add(const quantity_token& t) {
  const auto& q = t.q;
  const std::string_view text = text_;
  const std::string_view reason = exclusion_reason(t);
  byte_span span = nt_.original(t.begin, t.end);
  if (!reason.empty()) {
    if (options_.explain)
      out_.skipped.push_back({std::string(original_.substr(span.begin, span.end - span.begin)), span, std::string(reason)});
    return;
  }
  claim c;
  c.doc = options_.doc;
  c.span = span;
  c.quote = std::string(original_.substr(span.begin, span.end - span.begin));
  c.value = q.value;
  c.value_hi = q.value_hi;
  c.unit = q.unit.code;
  // A bare 元 is the text's own currency (港元 in a Hong Kong release).
  if (doc_.profile().currency != "CNY" && c.unit.starts_with("CNY") &&
      text.substr(t.begin, t.end - t.begin).find("人民币") == std::string_view::npos)
    c.unit.replace(0, 3, doc_.profile().currency);
  c.qual = t.qual;
  c.doc_date = doc_.date().text;
  c.doc_date_inferred = doc_.date().inferred;
  c.resolution = 0.5 * grammar::power_of_ten(-q.number.decimals) * (q.scale == 0 ? 1 : q.scale);
  if (q.form == quantity_form::doubling) c.resolution = 0;

  const quantity_site s = locate(t);
  claim_reading reading;
  read_kind(s, c, reading);
  read_target_cue(s, reading);
  read_period(s, c, reading);
  read_basis(s, c, reading);
  read_modality(s, c, reading);
  read_entity(s, c, reading);
  read_indicator(s, c);

  // A project's or company's figures, and attributes that hold without a time (规划面积,
  // 总投资), take no period from the section or the document: only their own text dates
  // them.
  if (reading.period_from_frame && c.mode == modality::actual &&
      (reading.about_project || timeless_attributes.last_in(c.indicator, 0, c.indicator.size()))) {
    c.period.clear();
    reading.period_source = "none: a project's figure or a timeless attribute, not dated by its own sentence";
    reading.period_detail = {};
  }
  if (options_.explain) {
    c.why.period = std::string(reading.period_source) + std::string(reading.period_detail);
    if (!c.basis.empty() || !reading.basis_source.empty()) c.why.basis = reading.basis_source;
  }
  // Money per mu when the indicator is an average per mu (亩均投资强度 420万元).
  if (q.unit.cls == dimension_kind::money && c.indicator.find("亩均") != std::string::npos) c.unit += "/mu";
  else if (q.unit.cls == dimension_kind::money && per_person.last_in(c.indicator, 0, c.indicator.size())) c.unit += "/人";
  if (c.kind == claim_kind::growth) {
    if (cues_.any_in(real_cues, s.seg_b, t.outer_begin) || cues_.any_in(real_sentence_cues, s.sent_b, t.outer_begin))
      c.price_basis = "real";
    else if (cues_.any_in(nominal_cues, s.seg_b, t.outer_begin))
      c.price_basis = "nominal";
  }

  prev_.end = t.outer_end;
  prev_.kind = c.kind;
  prev_.indicator = c.indicator;
  prev_.negative = reading.negative;
  prev_.unit = c.unit;
  if (c.kind == claim_kind::level && !c.indicator.empty()) prev_.level_indicator = c.indicator;
  out_.claims.push_back(std::move(c));
}

quantity_site claim_assembler::locate(const quantity_token& t) {
  const std::string_view text = text_;
  const std::size_t sent_b = doc_.sentence_begin(t.begin);
  const std::size_t sent_e = doc_.sentence_end(t.end);
  const std::size_t clause_b = doc_.clause_begin(t.outer_begin);
  if (prev_.sentence != sent_b) {
    prev_ = previous_info{};
    prev_.sentence = sent_b;
    cues_.index(sent_b, sent_e);
    // The sentence's semicolons and colons, each list found by memchr.
    const std::size_t stop = std::min(sent_e + 1, text.size());
    for (auto [mark, found] : {std::pair{';', &semicolons_}, std::pair{':', &colons_}}) {
      found->clear();
      for (std::size_t p = sent_b; p < stop;) {
        const void* at = std::memchr(text.data() + p, mark, stop - p);
        if (!at) break;
        p = static_cast<std::size_t>(static_cast<const char*>(at) - text.data());
        found->push_back(p++);
      }
    }
  }
  // The last ';' in the sentence up to and including the number's first byte.
  std::size_t part_b = sent_b;
  if (t.outer_begin >= sent_b)
    if (auto it = std::upper_bound(semicolons_.begin(), semicolons_.end(), t.outer_begin); it != semicolons_.begin())
      part_b = *(it - 1) + 1;
  const auto& prev = prev_;
  return quantity_site{
      t, sent_b, sent_e, clause_b, doc_.clause_end(t.end), doc_.paragraph_begin(t.begin),
      // The stretch of the clause that belongs to this quantity: after the previous
      // quantity in the same clause.
      std::max(clause_b, prev.end > clause_b && prev.end <= t.outer_begin ? prev.end : clause_b), part_b,
      prev.end > 0 && prev.end >= clause_b && t.outer_begin >= prev.end &&
          text.substr(prev.end, t.outer_begin - prev.end).find_first_not_of("、和及与 ") == std::string_view::npos};
}

// A count of projects by their pipeline status (在谈, 在建, 已签约), or the money of
// such a count (总投资X的N个在谈项目).
bool claim_assembler::pipeline_stock(const quantity_token& t) const {
  std::size_t p = t.outer_end;
  if (t.q.unit.cls == dimension_kind::money && starts_with_at(text_, p, "的")) {
    p += 3;
    while (p < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[p])) || text_[p] == '.')) ++p;
    if (!starts_with_at(text_, p, "个")) return false;
    p += 3;
  } else if (t.q.unit.cls != dimension_kind::count) {
    return false;
  }
  return starts_with_any(text_, p, pipeline_states) != nullptr;
}

// Why a quantity is not a claim, or empty when it is one.
std::string_view claim_assembler::exclusion_reason(const quantity_token& t) const {
  const auto& text = text_;
  const auto& q = t.q;
  char32_t before = char_before(text, t.begin);
  char32_t after = char_at(text, t.end);
  if (before == U'第' || (before == ' ' && char_before(text, t.begin - 1) == U'第')) return "ordinal (第…)";
  if (std::string_view(q.unit.code) == "点" &&
      (time_of_day_before.word_ending_at(text, t.begin) || time_of_day_after.word_at(text, t.end) ||
       (t.end < text.size() && std::isdigit(static_cast<unsigned char>(text[t.end])))))
    return "time of day (下午3点)";
  // A page footer's count (第 1 页/共 3 页).
  if (std::string_view(q.unit.code) == "页" && ends_with_at(text, t.begin, "共 ") &&
      (ends_with_at(text, t.begin - 4, "/") || ends_with_at(text, t.begin - 4, "页")))
    return "page number of a page footer";
  if (after == U'级') return "class label (…级)";
  // Words after the quote that make it a label, an ordinal or a record window.
  for (const auto& [word, why, only_unit] : not_claim_after)
    if ((only_unit.empty() || only_unit == std::string_view(q.unit.code)) &&
        (starts_with_at(text, t.end, word) || starts_with_at(text, t.outer_end, word)))
      return why;
  const std::string_view unit_code = q.unit.code;
  if (starts_with_at(text, t.end, "周年") || (unit_code == "week" && after == U'年'))
    return "anniversary";
  if (q.number.chinese && q.number.value == 1 && q.number.digits == 1 && q.unit.cls == dimension_kind::count &&
      q.form == quantity_form::plain && t.qual == qualifier::exact)
    return "indefinite 一 (a, one of)";
  if (after == U'一' && q.form == quantity_form::plain) return "slogan or label (五个一)";
  // A round Chinese numeral glued to a name (千亩新型显示产业园) sizes the name.
  if (q.number.chinese && q.number.digits == 1 && q.number.value >= 100 && is_han(after) &&
      after != U'的' && after != U'和' && after != U'以' && after != U'左' && after != U'多')
    return "size word inside a name (千亩…园)";
  if (q.unit.cls == dimension_kind::duration) {
    if (time_reference_after.word_at(text, t.outer_end)) return "time reference (…以来, …之后), not a duration";
    if (plan_name_after.word_at(text, t.end)) return "part of a name (三年行动方案)";
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
  if (q.unit.cls == dimension_kind::money || q.unit.cls == dimension_kind::count) {
    std::size_t p = t.end;
    if (const found_word w = threshold_words.word_at(text, p)) p += w.size;
    bool had_qualifier_word = p != t.end;
    if (q.unit.cls == dimension_kind::money && starts_with_any(text, p, threshold_heads) &&
        !(starts_with_at(text, p, "的") && !had_qualifier_word &&
          !ends_with_at(text, t.outer_begin, "过") && !ends_with_at(text, t.outer_begin, "超")))
      return "threshold inside an indicator name (过10亿元项目)";
    if (q.unit.cls == dimension_kind::money &&
        (ends_with_at(text, t.outer_begin, "过") || ends_with_at(text, t.outer_begin, "超")) &&
        starts_with_any(text, p, threshold_heads))
      return "threshold inside an indicator name (过10亿元项目)";
  }
  if (inside_quotation(text, doc_.sentence_begin(t.begin), t.begin, doc_.sentence_end(t.end)))
    return "inside a quoted name or slogan";
  return {};
}

void claim_assembler::read_kind(const quantity_site& s, claim& c, claim_reading& reading) const {
  const auto& t = s.t;
  const auto& q = t.q;
  const std::string_view text = text_;
  const std::string_view unit = q.unit.code;
  const std::size_t seg_b = s.seg_b, sent_b = s.sent_b, clause_b = s.clause_b;
  const bool enumerated = s.enumerated;
  const auto& prev = prev_;
  const auto& cues = cues_;
  bool& negative = reading.negative;
  bool& gap_against_other = reading.gap_against_other;
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
}

}  // namespace econclaims::detail
