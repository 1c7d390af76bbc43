// The one place the grammar's iterator and context types are spelled. Every rule is
// instantiated for exactly these in its own .cpp (BOOST_SPIRIT_INSTANTIATE), and every
// caller parses with them; tests/grammar/separate_tu_test.cpp guards the seam.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace econclaims::grammar {
namespace x3 = boost::spirit::x3;

/// Parsing runs over the bytes of normalized UTF-8 text.
using iterator_type = const char*;
/// No skipper and no with<> state: rules keep their state in their attributes.
using context_type = x3::unused_type;

}  // namespace econclaims::grammar
