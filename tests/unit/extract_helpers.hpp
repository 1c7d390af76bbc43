// Helpers of the extraction tests: extract() on a test sentence, and the claims of its
// result looked up by quote.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "econclaims/extract.hpp"

namespace econclaims::test {

inline extraction_result run(const std::string& text, const std::string& date = "2024-01", bool explain = false) {
  extract_options o;
  o.doc = "t.txt";
  o.doc_date = date;
  o.explain = explain;
  return extract(text, o);
}

// The claim whose quote is `quote` (the n-th one with that quote).
inline const claim& find(const extraction_result& r, const std::string& quote, int nth = 0) {
  for (const auto& c : r.claims)
    if (c.quote == quote && nth-- == 0) return c;
  FAIL("no claim quoted " << quote);
  static claim none;
  return none;
}

inline bool has_quote(const extraction_result& r, const std::string& quote) {
  for (const auto& c : r.claims)
    if (c.quote == quote) return true;
  return false;
}

}  // namespace econclaims::test
