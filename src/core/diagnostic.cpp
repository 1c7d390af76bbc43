#include "econclaims/diagnostic.hpp"

namespace econclaims {

std::string_view error_message(errc code) noexcept {
  switch (code) {
    case errc::ok: return "[econclaims.ok.0] no error";
    case errc::invalid_utf8:
      return "[econclaims.invalid_utf8.101] the input is not valid UTF-8; name its encoding (extract_options::encoding), or read bad bytes as U+FFFD (invalid_bytes::replace)";
    case errc::unreadable_file:
      return "[econclaims.unreadable_file.102] the file could not be opened or read";
    case errc::bad_docs_file:
      return "[econclaims.bad_docs_file.103] a document-dates line must be a JSON object with \"doc\" and \"date\"";
    case errc::bad_claims_file:
      return "[econclaims.bad_claims_file.104] a claims line must be a claim in the exchange format";
    case errc::bad_date:
      return "[econclaims.bad_date.105] a date must be YYYY, YYYY-MM or YYYY-MM-DD";
    case errc::bad_period:
      return "[econclaims.bad_period.106] a period must be 2018, 2018-H1, 2018-Q2, 2018-07, 2018-07-10 or FROM/TO";
    case errc::invalid_bytes:
      return "[econclaims.invalid_bytes.107] the input is not valid in its encoding; name the right one (extract_options::encoding), or read bad bytes as U+FFFD (invalid_bytes::replace)";
    case errc::replaced_bytes:
      return "[econclaims.replaced_bytes.108] invalid bytes were read as U+FFFD";
    case errc::unit_mismatch:
      return "[econclaims.unit_mismatch.201] values in different units need an explicit conversion";
    case errc::frequency_mismatch:
      return "[econclaims.frequency_mismatch.202] series of different frequencies need a conversion first";
  }
  return "[econclaims.unknown] unknown error";
}

}  // namespace econclaims
