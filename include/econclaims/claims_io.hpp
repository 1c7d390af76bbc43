// File: claims_io.hpp
// The exchange format: claims as JSON Lines (one object a line) and as CSV, and the
// document-date files (`{"doc": …, "date": …}` a line).
//
//   auto read = econclaims::read_claims_file("claims.jsonl");   // claims and their lines
//   std::string out;
//   for (const auto& c : read.claims) { econclaims::append_json(out, c); out += '\n'; }
//
// Readers throw format_error (diagnostic.hpp) naming the source, line and column.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "econclaims/claim.hpp"
#include "econclaims/diagnostic.hpp"

namespace econclaims {

/// Append one claim as a JSON object (no trailing newline). Output is valid UTF-8 JSON.
void append_json(std::string& out, const claim& c);
/// Append a number-not-taken record as a JSON object, {"doc", "quote", "start", "end", "reason"}.
void append_json(std::string& out, std::string_view doc, const skipped_number& s);

/// The CSV header line and one row.
std::string_view csv_header() noexcept;
void append_csv(std::string& out, const claim& c);
/// One CSV cell (RFC 4180 quoting). Text a spreadsheet would run as a formula (=, +, -,
/// @ first) gets a leading apostrophe; a number (-5, 1.2e3) is left as the number.
void append_csv_cell(std::string& out, std::string_view text);

/// Claims read from one source, with the line each came from.
struct claims_read {
  std::string source;
  std::vector<claim> claims;
  std::vector<std::size_t> lines;  ///< lines[i] is the 1-based line of claims[i]
};

/// Read claims from JSON Lines text; `source` names it in errors. Blank lines are
/// skipped; any JSON object is read (members beyond the format's are ignored).
claims_read read_claims_lines(std::string_view jsonl, std::string_view source);
std::vector<claim> read_claims(std::string_view jsonl, std::string_view source);
/// The same for a file; format_error when it cannot be read.
claims_read read_claims_file(const std::string& path);

/// Read a docs file: doc name → date string.
std::map<std::string, std::string> read_doc_dates(std::string_view jsonl, std::string_view source);

}  // namespace econclaims
