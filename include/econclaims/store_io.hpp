// File: store_io.hpp
// A store filled from claims files: the exchange format's reader (claims_io.hpp) and the
// series store (series/store.hpp) joined, for the program that has both.
//
//   auto st = econclaims::read_store("claims.jsonl");
//   auto gdp = st.series("中国", "国内生产总值");
#pragma once

#include <string>
#include <string_view>

#include "econclaims/claims_io.hpp"
#include "econclaims/series/store.hpp"

namespace econclaims {

/// A store of the claims in JSON Lines text; `source` names it in errors. Throws
/// format_error "source:line: …" for a malformed line or a period outside the guide's formats.
inline store read_store_jsonl(std::string_view jsonl, std::string_view source,
                              indicator_table table = indicator_table::defaults()) {
  const claims_read read = read_claims_lines(jsonl, source);
  store st(std::move(table));
  st.add(read.claims, read.source, read.lines);
  return st;
}

/// The same for a claims file.
inline store read_store(const std::string& path, indicator_table table = indicator_table::defaults()) {
  const claims_read read = read_claims_file(path);
  store st(std::move(table));
  st.add(read.claims, read.source, read.lines);
  return st;
}

}  // namespace econclaims
