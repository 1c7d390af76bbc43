// Time mentions resolved against the document: years anchored to the date, the
// paragraph and the section; days counted from an earlier date; paragraphs framed by
// "…以来"; the document date itself; and period arithmetic on guide strings.
#include <algorithm>
#include <string_view>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <fmt/format.h>

#include "document.hpp"
#include "cues.hpp"
#include "words.hpp"

namespace econclaims::detail {

using namespace std::string_view_literals;  // word lists with their lengths known at compile time

namespace {

// The period a time expression names once its year is known.
period period_named(const grammar::time_ast& t, int year) {
  if (t.year_end) return period::interval(period::year(year), period::year(t.year_end));
  if (t.half) return period::half(year, t.half);
  if (t.quarters_to)
    return t.quarters_to == 1 ? period::quarter(year, 1)
                              : period::interval(period::month(year, 1), period::month(year, t.quarters_to * 3));
  if (t.quarter) return period::quarter(year, t.quarter);
  if (t.month_end) return period::interval(period::month(year, t.month), period::month(year, t.month_end));
  if (t.month && t.day) return period::day(year, t.month, t.day);
  if (t.month) return period::month(year, t.month);
  return period::year(year);
}

// The same calendar day `years` later (29 February becomes the 28th in a common year).
period day_years_later(const period& d, int years) {
  const auto date = d.start_date();
  const int y = date.year() + years, m = date.month();
  const int last = boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                         static_cast<unsigned short>(m));
  return period::day(y, m, std::min<int>(date.day(), last));
}

}  // namespace

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
    const period named = period_named(t, year);
    if (!named.ok()) continue;  // no such day (2月30日) or a year out of the calendar's range
    r.period = named.to_string();
    r.day_precision = named.freq() == frequency::day;
    r.bare_year = named.freq() == frequency::year && !named.is_interval() && !t.year_start && !t.year_end_mark &&
                  !t.within_year && t.year_anchor != anchor::none;
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
    const std::string_view w = cue_lexicon::days_later.word_at(text_, after).view();
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
  // The days counted are in text order, as the mentions before them are: one merge, and
  // none at all in the usual text that counts no days.
  if (times_.size() > resolved)
    std::inplace_merge(times_.begin(), times_.begin() + static_cast<std::ptrdiff_t>(resolved), times_.end(),
                       [](const resolved_time& a, const resolved_time& b) { return a.begin < b.begin; });
}

void document::find_frames(const token_stream& tokens) {
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
      if (ne > nb && is_heading_line(nb, ne)) break;
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

period shift_years(const period& p, int years) {
  if (!p.ok()) return p;
  if (p.freq() != frequency::day) return p.shift(static_cast<long>(years) * periods_per_year(p.freq()));
  return p.is_interval() ? period::interval(day_years_later(p.first(), years), day_years_later(p.last(), years))
                         : day_years_later(p, years);
}

std::string shift_years(std::string_view text, int years) {
  const period p(text);
  return p.ok() ? shift_years(p, years).to_string() : std::string(text);
}

std::string previous_period(std::string_view text) {
  const period p(text);
  if (!p.ok()) return std::string(text);
  // A span (2023-01/2023-09) and a day compare with the same a year before.
  if (p.is_interval() || p.freq() == frequency::day) return shift_years(p, -1).to_string();
  return p.prev().to_string();
}

std::string year_before(std::string_view text) {
  const period p(text);
  if (!p.ok()) return std::string(text);
  // A span of years (2019—2023年年均增长) compares with the year before it.
  if (p.is_interval() && p.freq() == frequency::year) return p.first().prev().to_string();
  return shift_years(p, -1).to_string();
}

}  // namespace econclaims::detail
