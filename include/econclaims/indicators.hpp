// File: indicators.hpp
// What the library knows about indicators: which names mean the same indicator
// (规上工业总产值 = 规模以上工业总产值), and how an indicator behaves in time (a flow is
// summed over sub-periods, a stock taken at the end, a rate averaged), whether its growth
// is published on a comparable base (同口径, F17) or at comparable prices (F16).
//
// The table is a plain UTF-8 text file that users extend; the library ships a default
// (data/indicator_synonyms.txt, installed under share/econclaims). Format, one entry a line:
//
//   # a comment
//   ALIAS = CANONICAL              the left names mean the right one
//   A = B = CANONICAL              several aliases at once; the rightmost name is canonical
//   @stock WORD                    an indicator whose name contains WORD is a stock
//   @flow WORD                     … a flow
//   @rate WORD                     … a rate, price or average
//   @comparable WORD               its growth uses the comparable base (同口径)
//   @real WORD                     its growth is at comparable prices unless a claim says otherwise
//
// Aliases chain (A = B and B = C make A mean C). For @stock/@flow/@rate the longest
// matching WORD wins; an indicator no word matches is a rate when its unit is %, pp or x
// and a flow otherwise.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace econclaims {

/// How an indicator aggregates over time (F11).
enum class measure { flow, stock, rate };

std::string_view to_string(measure) noexcept;

class indicator_table {
 public:
  /// An empty table: every name is its own canonical name.
  indicator_table() = default;

  /// The table shipped with the library (data/indicator_synonyms.txt).
  static const indicator_table& defaults();

  /// Add the entries of a table file's text; `source` names it in errors. Throws
  /// format_error ("source:line: …") for a line that is neither an entry nor a comment.
  void load(std::string_view text, std::string_view source);
  /// Read and add a table file; throws format_error when it cannot be read.
  void load_file(const std::string& path);

  /// Declare that `alias` means `canonical`.
  void add_synonym(std::string_view alias, std::string_view canonical);

  /// The canonical name of an indicator: trimmed, full-width brackets made ASCII, and
  /// aliases followed to the end of their chain.
  std::string canonical(std::string_view name) const;

  /// The time behaviour of an indicator with the given unit code.
  measure measure_of(std::string_view name, std::string_view unit) const;
  /// True when the indicator's growth is published on a comparable base (F17).
  bool comparable_base(std::string_view name) const;
  /// True when the indicator's growth is at comparable prices by default (F16).
  bool real_growth(std::string_view name) const;

 private:
  std::map<std::string, std::string, std::less<>> alias_;
  std::vector<std::pair<std::string, measure>> measure_words_;
  std::vector<std::string> comparable_words_;
  std::vector<std::string> real_words_;
};

/// The canonical name of an indicator as reported for an entity (a canonical entity id,
/// names.hpp): the table's canonical name, with the product of the nation (国内生产总值)
/// and of a region of China (a division or a zone: 地区生产总值) told apart by whose it
/// is; for any other entity (美国, a company) the table's name.
std::string canonical_indicator_of(std::string_view name, std::string_view entity_id,
                                   const indicator_table& table = indicator_table::defaults());

/// Trim ASCII and ideographic spaces and make full-width brackets ASCII, as the
/// guide writes qualifiers such as (实际).
std::string normalize_indicator(std::string_view name);

}  // namespace econclaims
