#include "time_expr_def.hpp"

namespace econclaims::grammar {

BOOST_SPIRIT_INSTANTIATE(time_expr_type, iterator_type, context_type)

const time_expr_type& time_expr() { return time_expr_rule; }

}  // namespace econclaims::grammar
