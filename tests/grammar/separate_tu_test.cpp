// Covers: the link seam of the grammar. Every rule instantiated in src/grammar/*.cpp is
// called here, from another translation unit, with exactly the iterator and context
// types of src/grammar/config.hpp; a mismatch would fail to link here, not downstream.
#include <doctest/doctest.h>

#include <string>
#include <type_traits>

#include "grammar/numeral.hpp"
#include "grammar/quantity.hpp"
#include "grammar/time_expr.hpp"

namespace g = econclaims::grammar;

static_assert(std::is_same_v<g::number_type::attribute_type, g::number_ast>);
static_assert(std::is_same_v<g::quantity_type::attribute_type, g::quantity_ast>);
static_assert(std::is_same_v<g::time_expr_type::attribute_type, g::time_ast>);
static_assert(std::is_same_v<g::qualifier_type::attribute_type, econclaims::qualifier>);

namespace {
template <class Rule, class Attr>
bool parse_with_config(const Rule& rule, const std::string& s, Attr& attr) {
  g::iterator_type first = s.data();
  const g::iterator_type last = s.data() + s.size();
  return boost::spirit::x3::parse(first, last, rule, attr);
}
}  // namespace

TEST_CASE("every instantiated rule links and parses from another unit") {
  g::number_ast n;
  CHECK(parse_with_config(g::number(), "12", n));
  g::quantity_ast q;
  CHECK(parse_with_config(g::quantity(), "12个", q));
  g::time_ast t;
  CHECK(parse_with_config(g::time_expr(), "2018年", t));
  econclaims::qualifier qual{};
  CHECK(parse_with_config(g::qualifier_after(), "以上", qual));
}
