// File: detail/expects.hpp
// The precondition macro of the series layer. A violated precondition is a programming
// error (growth over series of different frequencies, a lag across a finer frequency …),
// not bad data, so it throws `contract_violation`, a std::logic_error whose message names
// the condition, the file and the line. Tests can catch it; callers should not.
#pragma once

#include <stdexcept>
#include <string>

namespace econclaims {

/// Thrown when a documented precondition of the series API does not hold.
class contract_violation : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

namespace detail {

/// a / b rounded toward minus infinity (b > 0): the year of a month ordinal, the bucket
/// of an index, for negative values too.
constexpr long floor_div(long a, long b) noexcept { return a >= 0 ? a / b : -((-a + b - 1) / b); }

[[noreturn]] inline void expects_failed(const char* cond, const char* file, int line) {
  throw contract_violation(std::string("precondition failed: ") + cond + " (" + file + ":" +
                           std::to_string(line) + ")");
}
}  // namespace detail

}  // namespace econclaims

/// Check a precondition; throws econclaims::contract_violation when it does not hold.
#define ECONCLAIMS_EXPECTS(cond) \
  ((cond) ? static_cast<void>(0) : ::econclaims::detail::expects_failed(#cond, __FILE__, __LINE__))
