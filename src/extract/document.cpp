// The document's skeleton: its boundaries (paragraphs, sentences, clauses, marks that
// open and close titles and quotations), built once, and the lookups over them that
// claim assembly asks per quantity.
#include <algorithm>
#include <bit>
#include <optional>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "../text/utf8.hpp"
#include "document.hpp"

namespace econclaims::detail {

using level = named_entity::level;

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

}  // namespace econclaims::detail
