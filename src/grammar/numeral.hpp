// Rule `number`: a number as printed, in Arabic or Chinese numerals.
//   3.25  1,035  ３２．５ (after normalization)  一百二十八  三千五百万  二〇二〇  两
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace econclaims::grammar {

struct number_class;
using number_type = x3::rule<number_class, number_ast>;
BOOST_SPIRIT_DECLARE(number_type)

/// The accessor other rules and the scanner use.
const number_type& number();

/// The value of a run of Chinese numeral characters (一万零五百 → 10500); nullopt
/// when the run is not a well-formed numeral.
std::optional<number_ast> evaluate_chinese(std::string_view numeral);

}  // namespace econclaims::grammar
