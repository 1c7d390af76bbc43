// File: claims_io.hpp
// The exchange format: claims as JSON Lines (one object a line) and as CSV, and the
// document-date files (`{"doc": …, "date": …}` a line) that `--docs` reads.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "econclaims/claim.hpp"
#include "econclaims/extract.hpp"

namespace econclaims {

/// Thrown by the readers below; what() names the source, the line and the problem.
class format_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Append one claim as a JSON object (no trailing newline). Output is valid UTF-8 JSON.
void append_json(std::string& out, const claim& c);
/// Append a number-not-taken record as a JSON object, {"doc", "quote", "start", "end", "reason"}.
void append_json(std::string& out, std::string_view doc, const skipped_number& s);

/// The CSV header line and one row (RFC 4180 quoting; cells a spreadsheet would run
/// as a formula are prefixed with an apostrophe).
std::string_view csv_header() noexcept;
void append_csv(std::string& out, const claim& c);

/// Read claims from JSON Lines text; `source` names it in errors. Blank lines are skipped.
std::vector<claim> read_claims(std::string_view jsonl, std::string_view source);

/// Read a docs file: doc name → date string.
std::map<std::string, std::string> read_doc_dates(std::string_view jsonl, std::string_view source);

}  // namespace econclaims
