// The attributes of a claim read from its sentence and the frames above it: the target
// cue that governs it, its period, the basis of a comparison, actual or target, and the
// entity it is about.
#include <algorithm>

#include "assembler.hpp"

namespace econclaims::detail {
namespace {

using namespace std::string_view_literals;  // word lists with their lengths known at compile time

using namespace cue_lexicon;

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


// Does a time open its sentence (今年以来,… 1—6月,…)? Only such a time frames the
// sentences after it; one inside a clause (其中6月当月…) speaks for its clause.
bool opens_sentence(const document& doc, const resolved_time& r) {
  const std::size_t sb = doc.sentence_begin(r.begin);
  std::string_view lead = doc.text().substr(sb, r.begin - sb);
  while (!lead.empty() && (lead.front() == ' ' || lead.front() == '\n' || lead.front() == '\t')) lead.remove_prefix(1);
  if (lead.starts_with("\u3000")) lead.remove_prefix(3);
  return lead.size() <= 6;  // at most two characters before it (今年, 在)
}

}  // namespace

void claim_assembler::read_target_cue(const quantity_site& s, claim_reading& reading) const {
  const auto& t = s.t;
  const std::string_view text = text_;
  const std::size_t sent_b = s.sent_b, clause_e = s.clause_e;
  // A cue governs its part of the sentence (up to a semicolon), and a cue before a
  // colon governs the list after it (主要预期目标是: …; …).
  // Only a colon inside the sentence counts, so look no further back.
  found_word cue = last_target_cue(text, cues_, s.part_b, t.outer_begin);
  if (!cue && t.outer_begin >= sent_b)
    if (auto it = std::upper_bound(colons_.begin(), colons_.end(), t.outer_begin); it != colons_.begin())
      cue = last_target_cue(text, cues_, sent_b, *(it - 1));
  bool after_cue = false;
  if (starts_with_at(text, t.outer_end, "目标")) after_cue = true;
  for (std::string_view w : goal_after)
    if (text.substr(t.outer_end, clause_e - std::min(clause_e, t.outer_end)).find(w) != std::string_view::npos)
      after_cue = true;
  reading.cue = cue;
  reading.after_cue = after_cue;
}

void claim_assembler::read_period(const quantity_site& s, claim& c, claim_reading& reading) const {
  const auto& t = s.t;
  const std::string_view text = text_;
  const std::size_t sent_b = s.sent_b, sent_e = s.sent_e, clause_b = s.clause_b, para_b = s.para_b;
  const auto& doc = doc_;
  const auto& times = doc_.times();
  const auto& cues = cues_;
  const found_word cue = reading.cue;
  const resolved_time*& comparison = reading.comparison;
  bool& own_comparison = reading.own_comparison;
  bool& period_from_context = reading.period_from_context;
  bool& period_from_frame = reading.period_from_frame;
  std::string_view& period_source = reading.period_source;
  std::string_view& period_detail = reading.period_detail;
  reading.section = doc.section_at(t.begin);
  const section_frame* section = reading.section;
  const resolved_time* in_sentence = nullptr;   // nearest before, not a comparison
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
  own_comparison = comparison && starts_with_any(text, t.outer_end, growth_after) && comparison->end >= clause_b;
  found_word stock = cues.last_in(stock_cues, sent_b, t.outer_begin);
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
  } else if (pipeline_stock(t)) {
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
}

void claim_assembler::read_basis(const quantity_site& s, claim& c, claim_reading& reading) const {
  const auto& t = s.t;
  const std::size_t sent_b = s.sent_b;
  const resolved_time* comparison = reading.comparison;
  std::string_view& basis_source = reading.basis_source;
  const bool gap_against_other = reading.gap_against_other;
  const bool own_comparison = reading.own_comparison;
  const auto& cues = cues_;
  basis_source = gap_against_other ? "none: a gap against another place or group (高于, 低于)" : "";
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
}

void claim_assembler::read_modality(const quantity_site& s, claim& c, claim_reading& reading) const {
  const auto& t = s.t;
  const auto& doc = doc_;
  const auto& cues = cues_;
  const found_word cue = reading.cue;
  const bool after_cue = reading.after_cue;
  const section_frame* section = reading.section;
  std::string_view& period_source = reading.period_source;
  std::string_view& period_detail = reading.period_detail;
  const std::size_t para_b = s.para_b;
  const auto& options = options_;
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

void claim_assembler::read_entity(const quantity_site& s, claim& c, claim_reading& reading) const {
  const auto& t = s.t;
  const auto& q = t.q;
  const std::string_view text = text_;
  const std::size_t sent_b = s.sent_b, clause_e = s.clause_e, part_b = s.part_b;
  const auto& doc = doc_;
  const auto& names = doc_.entities();
  const auto& options = options_;
  bool& project_attribute = reading.project_attribute;
  bool& about_project = reading.about_project;
  std::string entity;
  // "投资10亿元的某某医院", "建设某某医院", "用40天建成的某某中心": a name right after
  // the figure is what it is about.
  std::size_t after_pos = t.outer_end;
  bool look = q.unit.cls != dimension_kind::count;  // after a count comes what is counted
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
  // A property of one project or facility holds without a time unless its own
  // sentence dates it.
  if (project_attribute && reading.period_from_context && c.mode == modality::actual) {
    c.period.clear();
    reading.period_source = "none: a property of one project, not dated by its own sentence";
    reading.period_detail = {};
  }
}

}  // namespace econclaims::detail
