// File: claim.hpp
// A claim is one quantity in a text: how much or how many of what, about whom, and when.
// The fields follow the exchange format of the annotation guide (JSON Lines, one claim a
// line); `claims_io.hpp` reads and writes that format.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace econclaims {

/// How a printed value bounds the true one (约 → approx, 超 → over, 以上 → at_least …).
enum class qualifier { exact, approx, over, at_least, nearly, under, at_most };

/// What a value is: a level of the indicator or a statement about its change or share.
enum class claim_kind { level, growth, share, multiple, change };

/// Reported as having happened (actual) or a goal, plan or forecast (target).
enum class modality { actual, target };

/// A half-open byte range [begin, end) in the original file.
struct byte_span {
  std::size_t begin = 0;
  std::size_t end = 0;
  friend bool operator==(const byte_span&, const byte_span&) = default;
};

/// Where a claim's attributes that depend on context came from: its sentence, its
/// paragraph, its section or the document as a whole. Filled when extraction is asked to
/// explain itself (extract_options::explain), else empty.
struct claim_why {
  std::string entity;    ///< e.g. "subject of its sentence", "document subject (opening lines)"
  std::string period;    ///< e.g. "time in its sentence", "section: 主要预期目标是"
  std::string basis;     ///< e.g. "comparison named in its sentence", "same period a year before (同比)"
  std::string modality;  ///< e.g. "cue word: 力争", "section: 2025年工作安排"
  bool empty() const noexcept { return entity.empty() && period.empty() && basis.empty() && modality.empty(); }
  friend bool operator==(const claim_why&, const claim_why&) = default;
};

struct claim {
  std::string doc;        ///< document name (the file's base name)
  std::string quote;      ///< the number and unit exactly as written, original script
  byte_span span;         ///< where `quote` is in the original file's bytes
  double value = 0;       ///< in the canonical unit; the low end of a range
  std::optional<double> value_hi;  ///< the high end of a range
  std::string unit;       ///< canonical unit code: CNY, USD, %, pp, x, m2, 个 …
  qualifier qual = qualifier::exact;
  claim_kind kind = claim_kind::level;
  modality mode = modality::actual;
  std::string entity;     ///< who or what the figure is about (simplified script)
  std::string indicator;  ///< what is measured (simplified script)
  std::string period;     ///< guide period string (2018, 2018-H1, 2020-01/2020-03 …); empty = none
  std::string basis;      ///< comparison period of a growth, multiple or change; empty = none
  std::string of;         ///< for a share: the whole it is a share of
  std::string doc_date;   ///< the document date the periods were resolved against
  bool doc_date_inferred = false;  ///< true when doc_date was guessed from the text
  /// Half the value of one unit in the last printed digit, in canonical units
  /// (589.5亿元 → 0.05亿元 = 5e6): the rounding interval of the printed figure.
  double resolution = 0;
  /// "real" for growth at comparable prices (按不变价格, 实际增长), "nominal" where the
  /// text says so, empty when it does not say.
  std::string price_basis;
  /// One name and one code for the subject and the indicator, however the text writes
  /// them (names.hpp, indicators.hpp): 广州 → entity_id 广州市, entity_code 440100;
  /// 规上工业增加值 → indicator_id 规模以上工业增加值. Empty when there is nothing to name.
  std::string entity_id;
  std::string entity_code;
  std::string indicator_id;
  /// Why the entity, period, basis and modality are what they are (explain mode only).
  claim_why why;

  friend bool operator==(const claim&, const claim&) = default;
};

/// A number the extractor saw and did not turn into a claim, with the reason.
struct skipped_number {
  std::string quote;
  byte_span span;
  std::string reason;
};

std::string_view to_string(qualifier) noexcept;
std::string_view to_string(claim_kind) noexcept;
std::string_view to_string(modality) noexcept;

/// Parse the exchange-format names; nullopt for an unknown name.
std::optional<qualifier> parse_qualifier(std::string_view) noexcept;
std::optional<claim_kind> parse_claim_kind(std::string_view) noexcept;
std::optional<modality> parse_modality(std::string_view) noexcept;

}  // namespace econclaims
