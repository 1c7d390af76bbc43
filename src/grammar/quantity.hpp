// Rule `quantity`: a number with its unit or measure word, in canonical units.
//   418.6亿元  1200余名  2到4年  2.6%—2.7%  6200万瑞士法郎  百分之十二点五  三成
//   三分之一  翻一番  半天  ¥200万
// And the qualifier words that stand outside a quote: before (约, 超过, 近, 不到 …)
// and after (以上, 左右, 以内 …).
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace econclaims::grammar {

struct quantity_class;
using quantity_type = x3::rule<quantity_class, quantity_ast>;
BOOST_SPIRIT_DECLARE(quantity_type)
const quantity_type& quantity();

/// Can `quantity` go on after a leading number that ends at `p`: is the character there
/// the first of a unit, magnitude, 余/多, range separator, 分之 or 成? Where it is not,
/// a quantity that starts with a number fails (百分之 starts with one, but not with
/// the number's end). Checked before parsing, so most bare numbers are parsed once.
bool may_follow_number(const char* p, const char* last);

struct qualifier_class;
using qualifier_type = x3::rule<qualifier_class, qualifier>;
BOOST_SPIRIT_DECLARE(qualifier_type)
/// A qualifier word written after the unit (以上, 左右, 以内 …).
const qualifier_type& qualifier_after();

/// A qualifier word that ends exactly at `end` (约, 超过, 近 …), searched backwards
/// within `begin`..`end`; returns its start and value. The longest word wins.
struct found_qualifier {
  const char* start;
  qualifier value;
};
std::optional<found_qualifier> qualifier_before(const char* begin, const char* end);

}  // namespace econclaims::grammar
