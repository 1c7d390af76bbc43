// Test helper: parse all of a string with one grammar rule, with the iterator type the
// grammar is instantiated for; nullopt when the rule fails or stops before the end.
#pragma once

#include <optional>
#include <string>

#include "grammar/config.hpp"

namespace econclaims::test {

template <class Attr, class Rule>
std::optional<Attr> parse_all(const Rule& rule, const std::string& s) {
  grammar::iterator_type first = s.data();
  const grammar::iterator_type last = s.data() + s.size();
  Attr attr{};
  if (!boost::spirit::x3::parse(first, last, rule, attr) || first != last) return std::nullopt;
  return attr;
}

}  // namespace econclaims::test
