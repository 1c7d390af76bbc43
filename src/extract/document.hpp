// Internal: the structure of one normalized document that claim assembly reads —
// paragraphs, sentences, clauses, named subjects and resolved time mentions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "econclaims/period.hpp"
#include "tokens.hpp"

namespace econclaims::detail {

struct word_positions;

/// A subject named in the text, recognized by the form of its name.
struct named_entity {
  enum class level : unsigned char { country, province, city, county, zone, org, project };
  std::size_t begin = 0, end = 0;
  /// As written (normalized), or the full name it abbreviates: a view of the document's
  /// text (or of a fixed word such as 中国), valid while that text is.
  std::string_view name;
  level lvl = level::zone;
  bool coreference = false;  ///< 该区, 全市 …: resolved to an earlier name
  bool subject = false;      ///< opens its clause: the subject, not an object
  bool unknown = false;      ///< while finding names: a place part seen nowhere else
};

/// A name of the forms above that starts exactly at `pos` (the 某某医院 of
/// "投资10亿元的某某医院"); empty when none.
std::string name_starting_at(std::string_view text, std::size_t pos);

/// A time mention resolved against the document date.
struct resolved_time {
  std::size_t begin = 0, end = 0;
  std::string period;     ///< guide period string
  int year = 0;
  bool written_year = false;  ///< the year is written out (2020年), not relative
  bool comparison = false;    ///< after 比/较/与: a basis, not the claim's period
  bool day_precision = false;
  bool bare_year = false;     ///< a year and nothing finer or marked (今年, 2020年)
  bool year_from_context = false;  ///< no year written or implied: the document's reference year
};

/// The document date, split: year, month (0 = none), day (0 = none), and the string.
struct doc_date {
  int year = 0, month = 0, day = 0;
  std::string text;
  bool inferred = false;
};

/// What a document is about as a whole, found once from its opening lines and its
/// vocabulary; every claim falls back on it where its sentence, paragraph and section
/// leave an attribute open.
struct document_profile {
  /// End of the opening lines (title, issuer, dateline): names and times there speak
  /// for the whole document.
  std::size_t head_end = 0;
  /// The year the opening lines' title is about (2024年…统计公报 → 2024; 上半年… → the
  /// document's year), else the document's year. Times without a year of their own
  /// (一季度, 1—11月, 全年) take it.
  int reference_year = 0;
  /// Index into the document's times of the period the title names, or npos.
  std::size_t reference_time = static_cast<std::size_t>(-1);
  /// What a bare 元 is: the first currency of a place the text names (人民币, 港元,
  /// 澳门元, 新台币), CNY when it names none.
  std::string_view currency = "CNY";
  /// The place a release in that currency speaks for when it names none (香港, 澳门,
  /// 台湾); empty for CNY.
  std::string_view region;
};

/// A section of the document: the lines under a heading or a lead-in (主要预期目标是:)
/// up to the next heading, with the period and modality it gives its figures.
struct section_frame {
  std::size_t begin = 0, end = 0;
  std::string period;        ///< empty: the section names no period
  bool target = false;       ///< a section of goals and plans
  std::string_view label;    ///< the heading or lead-in's words, for explanations
};

class document {
 public:
  document(std::string_view text, const token_stream& tokens, const doc_date& date);

  std::string_view text() const noexcept { return text_; }
  const doc_date& date() const noexcept { return date_; }

  std::size_t sentence_begin(std::size_t pos) const;
  std::size_t sentence_end(std::size_t pos) const;
  std::size_t clause_begin(std::size_t pos) const;
  std::size_t clause_end(std::size_t pos) const;
  std::size_t paragraph_begin(std::size_t pos) const;
  std::size_t paragraph_end(std::size_t pos) const;

  /// Sorted by `begin`.
  const std::vector<resolved_time>& times() const noexcept { return times_; }
  /// Sorted by `begin`.
  const std::vector<named_entity>& entities() const noexcept { return entities_; }

  // Local look-ups, so that assembling one claim costs the same in a long text as in a
  // short one.

  /// Index of the first time mention that begins at or after `pos` (times().size() if none).
  std::size_t first_time_from(std::size_t pos) const;
  /// Index of the first entity that begins at or after `pos` (entities().size() if none).
  std::size_t first_entity_from(std::size_t pos) const;
  /// Index of the first entity, in order, whose end is past `pos` (entities().size() if
  /// none): the entities before it all end at or before `pos`.
  std::size_t first_entity_ending_after(std::size_t pos) const;
  /// The last entity before index `k` that is an area (not a project or company) in
  /// subject position, or nullptr.
  const named_entity* last_area_subject_before(std::size_t k) const;
  /// The document's main subject (title, dateline or most named zone/city).
  std::string_view main_entity() const noexcept { return main_entity_; }
  /// How the main subject was found, for explanations.
  std::string_view main_entity_source() const noexcept { return main_entity_source_; }
  /// The period a section frames its paragraphs with ("去年以来," opening a paragraph
  /// of its own, up to the next heading), or nullptr.
  const resolved_time* frame_at(std::size_t pos) const;
  /// The document as a whole: opening lines, reference year, local currency.
  const document_profile& profile() const noexcept { return profile_; }
  /// The period the title names (the document's reference period), or nullptr.
  const resolved_time* reference_period() const noexcept {
    return profile_.reference_time < times_.size() ? &times_[profile_.reference_time] : nullptr;
  }
  /// The innermost section frame around `pos` (a heading's or a lead-in's), or nullptr.
  const section_frame* section_at(std::size_t pos) const;

 private:
  void find_boundaries();
  /// Is `pos` inside a pair of marks (《…》, “…”) opened on its line? Only the same
  /// line, and no further back than a title or quotation runs.
  bool inside_marks(std::size_t pos, const std::vector<std::size_t>& opens,
                    const std::vector<std::size_t>& closes) const;
  void resolve_times(const token_stream& tokens);
  // Names, in the order find_entities() runs its steps (entities.cpp).
  void find_entities();
  std::vector<named_entity> names_at_suffixes(const word_positions& hits) const;
  void settle_unknown_names(std::vector<named_entity>& found) const;
  void trim_to_clean_names(std::vector<named_entity>& found) const;
  void expand_abbreviations(std::vector<named_entity>& names) const;
  void add_references(std::vector<named_entity>& names, const word_positions& hits) const;
  void mark_subjects(std::vector<named_entity>& names) const;
  void choose_main_entity(const std::vector<named_entity>& names);
  void resolve_references(std::vector<named_entity>& names) const;
  bool starts_clean(std::size_t begin) const;
  void index_entities();
  void find_frames(const token_stream& tokens);
  void add_relative_days(const token_stream& tokens);
  void read_profile(const token_stream& tokens);
  void find_sections();
  bool is_heading_line(std::size_t b, std::size_t e) const;

  struct frame {
    std::size_t begin = 0, end = 0;
    std::size_t time = 0;  // index into times_
  };
  std::vector<frame> frames_;

  std::string_view text_;
  doc_date date_;
  std::vector<std::size_t> sentence_breaks_, clause_breaks_, paragraph_breaks_;
  std::vector<std::size_t> title_opens_, title_closes_, quote_opens_, quote_closes_;  // 《 》 “ ”
  std::vector<resolved_time> times_;
  std::vector<named_entity> entities_;
  std::vector<std::size_t> entity_end_max_;        // max end of entities_[0..i]
  std::vector<std::size_t> area_subject_before_;   // 1 + index of the last area subject in [0, i), 0 if none
  std::vector<std::size_t> frame_end_max_;         // max end of frames_[0..i]
  std::string_view main_entity_;  // a view of the text, as names are
  std::string_view main_entity_source_ = "document subject: none found";
  document_profile profile_;
  std::vector<section_frame> sections_;  // in text order, not nested
};

/// Infer a document date from the text: a dateline (2022-07-13 12:11:07, 2024年3月22日
/// on a line of its own), else the latest year the text names. `text.empty()` when none.
doc_date infer_doc_date(std::string_view normalized, const token_stream& tokens);

/// Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD"; year 0 when malformed.
doc_date parse_doc_date(std::string_view s);

/// Shift a period by whole years (2019-H1, -1 → 2018-H1; 2020-02-29, -1 → 2019-02-28).
period shift_years(const period& p, int years);
std::string shift_years(std::string_view period, int years);
/// The period before (2024-Q2 → 2024-Q1, 2024-Q1 → 2023-Q4, 2020 → 2019); a span or a
/// day, the same a year before.
std::string previous_period(std::string_view period);
/// The basis of a growth over the year before: the same period a year before
/// (2023-01/2023-09 → 2022-01/2022-09), or for a span of years the year before it.
std::string year_before(std::string_view period);

}  // namespace econclaims::detail
