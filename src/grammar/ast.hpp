// Attributes of the grammar rules: plain structs, filled by semantic actions.
#pragma once

#include <cmath>
#include <optional>

#include "econclaims/claim.hpp"
#include "econclaims/units.hpp"

namespace econclaims::grammar {

/// A number as printed: its value and how many decimals it showed.
struct number_ast {
  double value = 0;
  int decimals = 0;      ///< digits after the decimal point as printed
  bool chinese = false;  ///< written in Chinese numerals
  bool positional = false;  ///< digits only, no 十百千 (二〇二〇, 2020)
  int digits = 0;        ///< count of integer digits (arabic) or numeral characters
};

/// 10^d, as a number's decimals scale it: exact for 0 ≤ d ≤ 22 (every such power is a
/// double), and 10^−d correctly rounded there (one division of exact values); std::pow
/// beyond. The same values std::pow gives, without its cost per number.
inline double power_of_ten(int d) noexcept {
  static constexpr double exact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                     1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (d >= 0 && d <= 22) return exact[d];
  if (d < 0 && d >= -22) return 1.0 / exact[-d];
  return std::pow(10.0, d);
}

/// A unit word: canonical code, the factor to the canonical unit, and the code's
/// dimension (units.hpp), which decides the kind a claim can have.
struct unit_info {
  const char* code = "";
  double factor = 1;
  dimension_kind cls = dimension_kind::unknown;
};

/// What special form a quantity took, where it matters for its kind.
enum class quantity_form : unsigned char {
  plain,      ///< number and unit
  doubling,   ///< 翻倍, 翻一番, 翻两番: a growth in %
  fraction,   ///< 三分之一, 百分之十二点五, 三成: a percent
};

struct quantity_ast {
  number_ast number;                 ///< the (low) number as printed
  double value = 0;                  ///< in canonical units
  std::optional<double> value_hi;    ///< high end of a range, canonical units
  std::optional<double> number_hi;   ///< high end of an approximate span as printed (三四十 → 40)
  double scale = 1;                  ///< magnitude × unit factor applied to the printed number
  unit_info unit;
  qualifier qual = qualifier::exact; ///< from 余/多 inside the quote
  quantity_form form = quantity_form::plain;
};

/// A period named in the text, before it is resolved against the document date.
struct time_ast {
  enum class anchor : unsigned char {
    absolute,     ///< the year is written
    this_year,    ///< 今年, 本年, 当年 (of the document)
    last_year,    ///< 去年, 上年
    year_before,  ///< 前年
    same_year,    ///< 同年: the year of the last date named
    none          ///< no year: 3月25日, 上半年 (the year comes from context)
  };
  anchor year_anchor = anchor::none;
  int year = 0;       ///< absolute year; for intervals of years, the first
  int year_end = 0;   ///< last year of a year interval (2019—2023年), else 0
  int month = 0;      ///< 1..12, or 0
  int month_end = 0;  ///< last month of a month interval (1—3月), else 0
  int day = 0;        ///< 1..31, or 0
  int quarter = 0;    ///< 1..4, or 0
  int quarters_to = 0;  ///< 前三季度 → 3
  int half = 0;       ///< 1, 2, or 0
  bool year_start = false;  ///< 年初
  bool year_end_mark = false;  ///< 年底, 年末, 年底前
  bool within_year = false;   ///< 年内, 全年
};

}  // namespace econclaims::grammar
