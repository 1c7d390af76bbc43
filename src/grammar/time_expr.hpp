// Rule `time_expr`: a period or date as written, before it is resolved.
//   2018年  2021年9月14日  二〇二〇年  2015年第四季度  今年1—3月份  同年12月5日
//   上半年  前三季度  年初  年底前  年内  2019—2023年  6月底
#pragma once

#include "ast.hpp"
#include "config.hpp"

namespace econclaims::grammar {

struct time_expr_class;
using time_expr_type = x3::rule<time_expr_class, time_ast>;
BOOST_SPIRIT_DECLARE(time_expr_type)
const time_expr_type& time_expr();

}  // namespace econclaims::grammar
