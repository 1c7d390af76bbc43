// The frames above the sentence: the document's profile (opening lines, reference
// year, local currency and region) and its sections (headings and lead-ins that set
// the period and modality of the lines under them).
#include <algorithm>
#include <string_view>

#include "../text/utf8.hpp"
#include "document.hpp"
#include "cues.hpp"
#include "words.hpp"

namespace econclaims::detail {

namespace {

// A line that starts with a list marker is an item of a list, never a heading.
bool starts_with_list_marker(std::string_view line) {
  std::size_t len = 0;
  if (line.empty()) return false;
  const char32_t c = decode_at(line, 0, len);
  return cue_lexicon::is_list_marker(c);
}

}  // namespace

bool document::is_heading_line(std::size_t b, std::size_t e) const {
  std::string_view line = text_.substr(b, e - b);
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  return !line.empty() && line.size() <= 120 && line.find("。") == std::string_view::npos &&
         line.find(';') == std::string_view::npos && !starts_with_list_marker(line);
}

void document::read_profile(const token_stream& tokens) {
  // The opening lines: at most six non-empty lines and no more than 400 bytes, ending
  // before the first line of prose (one with a sentence that ends in 。).
  std::size_t head_end = 0;
  for (int lines = 0; lines < 6 && head_end < text_.size();) {
    std::size_t nl = text_.find('\n', head_end);
    if (nl == std::string_view::npos) nl = text_.size();
    if (nl > head_end && text_.substr(head_end, nl - head_end).find("。") != std::string_view::npos && lines > 0)
      break;
    if (nl > head_end) ++lines;
    head_end = std::min(nl + 1, text_.size());
  }
  profile_.head_end = std::min<std::size_t>(head_end, 400);

  // The title's period: the first time in a heading-like opening line that is neither
  // a comparison nor a full date (a dateline or the day of an event).
  profile_.reference_year = date_.year;
  for (std::size_t k = 0; k < tokens.times.size(); ++k) {
    const auto& tok = tokens.times[k];
    if (tok.begin >= profile_.head_end) break;
    const auto& t = tok.time;
    if (t.day) continue;
    const std::size_t nl = text_.rfind('\n', tok.begin);
    const std::size_t lb = nl == std::string_view::npos ? 0 : nl + 1;
    const std::size_t le = std::min(text_.find('\n', tok.begin), text_.size());
    if (!is_heading_line(lb, le)) continue;
    if (cue_lexicon::comparison_before.word_ending_at(text_, tok.begin)) continue;
    if (t.year_anchor == grammar::time_ast::anchor::absolute) profile_.reference_year = t.year_end ? t.year_end : t.year;
    else if (t.year_anchor == grammar::time_ast::anchor::last_year) profile_.reference_year = date_.year - 1;
    profile_.reference_time = tok.begin;  // a position until the times are resolved
    break;
  }

  // The local currency: the first currency of a place that the text names, unless an
  // amount in bare 元 comes first (a mainland text that later names 港元).
  std::size_t first = text_.size();
  for (const auto& q : tokens.quantities)
    if (q.q.unit.code == std::string_view("CNY")) {
      first = q.begin;
      break;
    }
  for (const auto& [word, code, region] : cue_lexicon::local_currencies) {
    // Only a currency named before the first amount counts, so look no further.
    const std::size_t at = text_.substr(0, std::min(first + word.size(), text_.size())).find(word);
    if (at < first) {
      first = at;
      profile_.currency = code;
      profile_.region = region;
    }
  }
}

void document::find_sections() {
  // Headings and lead-ins, in text order. A frame runs from the end of its heading (or
  // lead-in) to the next heading line. Lines come from the paragraph breaks and colons
  // from the clause breaks, both found already: the text is not walked again.
  const std::size_t n = text_.size();
  // Headings are looked for after the title line: the opening lines may hold the
  // first of them (一、2023年工作回顾 right under the title).
  std::size_t title_end = 0;
  while (title_end < n && text_[title_end] == '\n') ++title_end;
  title_end = std::min(text_.find('\n', title_end), n);
  const std::size_t first_line = std::min(title_end + 1, n);
  // The line [b, e) around a position: the breaks are the line ends.
  auto line_end = [&](std::size_t pos) {
    auto it = std::lower_bound(paragraph_breaks_.begin(), paragraph_breaks_.end(), pos);
    return it == paragraph_breaks_.end() ? n : *it;
  };
  auto line_begin = [&](std::size_t pos) {
    auto it = std::lower_bound(paragraph_breaks_.begin(), paragraph_breaks_.end(), pos);
    return it == paragraph_breaks_.begin() ? std::size_t{0} : *(it - 1) + 1;
  };
  // The heading lines, by their starts.
  std::vector<std::size_t> heading_starts;
  for (std::size_t b = first_line; b < n;) {
    const std::size_t e = line_end(b);
    if (e > b && is_heading_line(b, e)) heading_starts.push_back(b);
    b = e + 1;
  }
  auto next_heading = [&](std::size_t from) {
    auto it = std::lower_bound(heading_starts.begin(), heading_starts.end(), from);
    return it == heading_starts.end() ? n : *it;
  };
  // The first time mention inside [b, e), if any.
  auto time_in = [&](std::size_t b, std::size_t e) -> const resolved_time* {
    for (std::size_t k = first_time_from(b); k < times_.size() && times_[k].begin < e; ++k)
      if (!times_[k].comparison) return &times_[k];
    return nullptr;
  };
  const std::string this_year = date_.year ? std::to_string(date_.year) : std::string();
  for (const std::size_t b : heading_starts) {
    const std::size_t e = line_end(b);
    const std::string_view line = text_.substr(b, e - b);
    const bool review = !!cue_lexicon::review_headings.last_in(line, 0, line.size());
    const bool plan = !review && !!cue_lexicon::target_headings.last_in(line, 0, line.size());
    if (!review && !plan) continue;
    section_frame f;
    f.begin = e;
    f.end = next_heading(e + 1);
    f.target = plan;
    f.label = line;
    if (const resolved_time* r = time_in(b, e)) f.period = r->period;
    else if (plan) f.period = this_year;
    else if (cue_lexicon::past_year_words.last_in(line, 0, line.size()) && date_.year) f.period = std::to_string(date_.year - 1);
    sections_.push_back(std::move(f));
  }
  // A lead-in: a sentence that ends in a colon and announces goals (主要预期目标是:)
  // frames the list after it, on its own line or the lines below; the first such colon
  // of a line counts.
  std::size_t last_lead_in_line = n;
  for (const std::size_t colon : clause_breaks_) {
    if (colon < first_line || text_[colon] != ':') continue;
    const std::size_t b = line_begin(colon), e = line_end(colon);
    if (b == last_lead_in_line || is_heading_line(b, e)) continue;
    const std::size_t sb = sentence_begin(colon);
    const std::string_view lead = text_.substr(sb, colon - sb);
    if (!cue_lexicon::target_lead_ins.last_in(lead, 0, lead.size())) continue;
    last_lead_in_line = b;
    section_frame f;
    f.begin = colon + 1;
    f.end = next_heading(e + 1);
    f.target = true;
    f.label = lead;
    const resolved_time* r = time_in(sb, colon);
    f.period = r ? r->period : this_year;
    sections_.push_back(std::move(f));
  }
  std::stable_sort(sections_.begin(), sections_.end(),
                   [](const section_frame& x, const section_frame& y) { return x.begin < y.begin; });
}

const section_frame* document::section_at(std::size_t pos) const {
  // The frame that begins last at or before pos and still covers it: a lead-in inside
  // a section is the more specific of the two.
  const section_frame* found = nullptr;
  for (const auto& f : sections_) {
    if (f.begin > pos) break;
    if (pos < f.end) found = &f;
  }
  return found;
}

}  // namespace econclaims::detail
