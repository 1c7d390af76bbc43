// Internal: claim assembly, one quantity at a time. A quantity's attributes are read
// in order (kind and sign, target cue, period, basis, modality, entity, indicator), each
// by one member of claim_assembler; what one step finds for the next travels in a
// claim_reading. The steps live in assemble.cpp (kind, exclusions), attributes.cpp
// (period, basis, modality, entity) and indicator.cpp (what is measured).
#pragma once

#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../text/utf8.hpp"
#include "assemble.hpp"
#include "cues.hpp"
#include "words.hpp"

namespace econclaims::detail {

// ---------------------------------------------------------------------------
// Small text helpers over normalized UTF-8.

inline const char* starts_with_any(std::string_view s, std::size_t pos, const cue_words& words) {
  return words.longest_at(s, pos);
}
inline char32_t char_at(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) return 0;
  std::size_t len = 0;
  return decode_at(s, pos, len);
}
inline char32_t char_before(std::string_view s, std::size_t pos) {
  if (pos == 0) return 0;
  std::size_t start = 0;
  return decode_before(s, pos, start);
}
inline bool is_punct(char32_t c) {
  return c == 0 || c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' ||
         c == '\n' || c == ' ' || c == U'。' || c == U'、' || c == ')' || c == '(' || c == U'”' ||
         c == U'“' || c == U'」' || c == U'「' || c == U'》' || c == U'《' || c == U'\u3000' ||
         cue_lexicon::is_list_marker(c);
}
// The year a period string starts with (2018, 2018-Q1, 2019/2023).
inline int year_of(std::string_view period) {
  const std::string_view head = period.substr(0, 4);
  int year = 0;
  const auto [end, ec] = std::from_chars(head.data(), head.data() + head.size(), year);
  if (ec == std::errc() && end == head.data() + head.size()) return year;
  return std::stoi(std::string(head));  // anything else read as before (and rejected as before)
}

/// An indicator phrase with punctuation and the lexicon's lead and tail words stripped.
std::string trim_indicator(std::string_view s);

/// One quantity's place in its document: the spans its attributes are read from.
struct quantity_site {
  const quantity_token& t;
  std::size_t sent_b, sent_e;      // its sentence
  std::size_t clause_b, clause_e;  // its clause
  std::size_t para_b;              // its paragraph's start
  std::size_t seg_b;               // its stretch of the clause: after the previous quantity there
  std::size_t part_b;              // its part of the sentence: after the last semicolon
  bool enumerated;                 // listed right after the previous quantity (、 和 及)
};

/// What one step of reading a claim finds for the steps after it.
struct claim_reading {
  bool negative = false;
  bool gap_against_other = false;  // 高于全省…个百分点: compared with a place, not a period
  found_word cue;                  // the target cue that governs it
  bool after_cue = false;          // a goal named after the figure (…的目标)
  const section_frame* section = nullptr;
  const resolved_time* comparison = nullptr;  // nearest comparison before, in the sentence
  bool own_comparison = false;     // that comparison is the figure's own period
  bool period_from_context = false;
  bool period_from_frame = false;  // from the section or the document, not the text near it
  bool project_attribute = false;  // 投资10亿元的某某医院: a property of one project
  bool about_project = false;      // the subject of its sentence is a project or company
  // Explanations are a fixed reason and, for some, the words it names (a section's
  // heading, a cue word): views, joined into strings only when asked to explain.
  std::string_view period_source = "none: no time in its text, section or title", period_detail;
  std::string_view basis_source;
};

class claim_assembler {
 public:
  claim_assembler(const document& doc, const token_stream& tokens, const normalized_text& nt,
                  std::string_view original, const extract_options& options, extraction_result& out);
  /// Reads one quantity (in text order) into a claim, or lists it as skipped.
  void add(const quantity_token& t);

 private:
  // What the quantities before in the same sentence left for the next.
  struct previous_info {
    std::size_t end = 0;
    std::size_t sentence = static_cast<std::size_t>(-1);
    claim_kind kind = claim_kind::level;
    std::string indicator;
    std::string level_indicator;     // the last level's indicator in the sentence
    std::vector<std::string> items;  // a 分别 list being handed out, one item a quantity
    std::size_t item = 0;
    bool negative = false;
    std::string unit;
  };

  quantity_site locate(const quantity_token& t);
  std::string_view exclusion_reason(const quantity_token& t) const;
  bool pipeline_stock(const quantity_token& t) const;
  void read_kind(const quantity_site& s, claim& c, claim_reading& reading) const;
  void read_target_cue(const quantity_site& s, claim_reading& reading) const;
  void read_period(const quantity_site& s, claim& c, claim_reading& reading) const;
  void read_basis(const quantity_site& s, claim& c, claim_reading& reading) const;
  void read_modality(const quantity_site& s, claim& c, claim_reading& reading) const;
  void read_entity(const quantity_site& s, claim& c, claim_reading& reading) const;
  void read_indicator(const quantity_site& s, claim& c);
  std::string refine_indicator(const quantity_site& s, const claim& c, std::string indicator) const;

  const document& doc_;
  const token_stream& tokens_;
  const normalized_text& nt_;
  std::string_view text_, original_;
  const extract_options& options_;
  extraction_result& out_;
  cue_matches cues_;
  std::vector<std::size_t> semicolons_, colons_;  // in the current sentence, ascending
  previous_info prev_;
};

}  // namespace econclaims::detail
