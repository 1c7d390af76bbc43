// File: diagnostic.hpp
// Structured, stable diagnostics. Extraction never throws for bad text: it returns
// what it found together with diagnostics that say what went wrong and where.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "econclaims/claim.hpp"

namespace econclaims {

enum class errc {
  ok = 0,
  invalid_utf8 = 101,      ///< a byte sequence that is not UTF-8
  unreadable_file = 102,   ///< a file that could not be opened or read
  bad_docs_file = 103,     ///< a document-dates line that is not {"doc":…, "date":…}
  bad_claims_file = 104,   ///< a claims line that is not a claim in the exchange format
  bad_date = 105,          ///< a date that is not YYYY, YYYY-MM or YYYY-MM-DD
  bad_period = 106,        ///< a period string outside the guide's formats
  invalid_bytes = 107,     ///< bytes that are not valid in the input's encoding
  replaced_bytes = 108,    ///< invalid bytes read as U+FFFD (a warning)
  unit_mismatch = 201,     ///< arithmetic across different units without a conversion
  frequency_mismatch = 202 ///< arithmetic across series of different frequencies
};

/// A stable id and a one-line explanation for each code, e.g.
/// "[econclaims.invalid_utf8.101] the input is not valid UTF-8".
std::string_view error_message(errc) noexcept;

/// Thrown by the readers of claims and document-date files and by the store for input
/// that is not in the exchange format; what() names the source, the line and the problem.
class format_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct diagnostic {
  errc code = errc::ok;
  byte_span where;     ///< bytes of the input the diagnostic is about
  std::string message; ///< complete message, with file and offset where known
};

}  // namespace econclaims
