// Internal: the token layer between normalized text and claims.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "../grammar/ast.hpp"

namespace econclaims::detail {

/// A time expression found in normalized text, bytes [begin, end).
struct time_token {
  std::size_t begin = 0, end = 0;
  grammar::time_ast time;
};

/// A quantity found in normalized text. [begin, end) is the quote (number and unit);
/// [outer_begin, outer_end) adds the qualifier words around it.
struct quantity_token {
  std::size_t begin = 0, end = 0;
  std::size_t outer_begin = 0, outer_end = 0;
  grammar::quantity_ast q;
  qualifier qual = qualifier::exact;  ///< from 余/多 inside, or the words around
};

/// A number that matched no quantity (no unit after it, or part of a code).
struct bare_number {
  std::size_t begin = 0, end = 0;
  std::string reason;
};

struct token_stream {
  std::vector<time_token> times;
  std::vector<quantity_token> quantities;
  std::vector<bare_number> bare;
};

/// Find every time expression and quantity in normalized text, left to right. A time
/// expression wins over a quantity at the same place (2018年 is a date, not 2018 years).
token_stream scan(std::string_view normalized);

}  // namespace econclaims::detail
