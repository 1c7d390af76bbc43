// The message of each diagnostic code: a stable id, then what is wrong and what to do.
#include "econclaims/diagnostic.hpp"

#include "econclaims/detail/enum_names.hpp"

namespace econclaims {
namespace {

constexpr detail::enum_name<errc> messages[] = {
    {errc::ok, "[econclaims.ok.0] no error"},
    {errc::invalid_utf8, "[econclaims.invalid_utf8.101] the input is not valid UTF-8; name its encoding (extract_options::encoding), or read bad bytes as U+FFFD (invalid_bytes::replace)"},
    {errc::unreadable_file, "[econclaims.unreadable_file.102] the file could not be opened or read"},
    {errc::bad_docs_file, "[econclaims.bad_docs_file.103] a document-dates line must be a JSON object with \"doc\" and \"date\""},
    {errc::bad_claims_file, "[econclaims.bad_claims_file.104] a claims line must be a claim in the exchange format"},
    {errc::bad_date, "[econclaims.bad_date.105] a date must be YYYY, YYYY-MM or YYYY-MM-DD"},
    {errc::bad_period, "[econclaims.bad_period.106] a period must be 2018, 2018-H1, 2018-Q2, 2018-07, 2018-07-10 or FROM/TO"},
    {errc::invalid_bytes, "[econclaims.invalid_bytes.107] the input is not valid in its encoding; name the right one (extract_options::encoding), or read bad bytes as U+FFFD (invalid_bytes::replace)"},
    {errc::replaced_bytes, "[econclaims.replaced_bytes.108] invalid bytes were read as U+FFFD"},
    {errc::unit_mismatch, "[econclaims.unit_mismatch.201] values in different units need an explicit conversion"},
    {errc::frequency_mismatch, "[econclaims.frequency_mismatch.202] series of different frequencies need a conversion first"}};

}  // namespace

std::string_view error_message(errc code) noexcept {
  return detail::name_of(messages, code, "[econclaims.unknown] unknown error");
}

}  // namespace econclaims
