// The inner loop of the panel CAGR, compiled twice where the compiler can pick at load
// time: for the baseline instruction set and for x86-64-v3 (AVX2: four lanes, about
// three times the baseline's speed on this loop). The file is compiled with
// -ffp-contract=off, so both give the same bits.
#include "econclaims/detail/power.hpp"

// target_clones needs the loader's indirect functions (glibc on Linux).
#if defined(__x86_64__) && defined(__linux__) && defined(__GLIBC__) && defined(__GNUC__) && defined(__has_attribute)
#if __has_attribute(target_clones) && !defined(__SANITIZE_ADDRESS__)
#define ECONCLAIMS_VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#endif
#endif
#ifndef ECONCLAIMS_VECTOR_CLONES
#define ECONCLAIMS_VECTOR_CLONES
#endif

namespace econclaims::detail {

ECONCLAIMS_VECTOR_CLONES
bool growth_power(const double* first, const double* last, double power, double* ratio, double* power_log,
                  double* result, std::size_t n) noexcept {
  // |power_log| ≤ power_log_limit as a comparison of the bits without the sign (a NaN's
  // are larger).
  constexpr std::uint64_t bound = std::bit_cast<std::uint64_t>(power_log_limit);
  std::uint64_t outside = 0;
  // Two loops, the logarithms and then the powers: in one, a step is a chain of two
  // divisions and two polynomials, too long for the processor to overlap more than
  // about two steps; split, each chain is half as long and more steps overlap (about a
  // quarter less time). The arithmetic of each series is the same.
  for (std::size_t k = 0; k < n; ++k) {
    ratio[k] = last[k] / first[k];
    power_log[k] = log_positive(ratio[k]) * power;
    // Both levels positive: neither sign bit set, and neither level 0, infinite or NaN,
    // which would make the ratio 0, infinite or NaN.
    outside |= ((std::bit_cast<std::uint64_t>(first[k]) | std::bit_cast<std::uint64_t>(last[k])) >> 63) |
               not_positive_normal(std::bit_cast<std::uint64_t>(ratio[k])) |
               static_cast<std::uint64_t>((std::bit_cast<std::uint64_t>(power_log[k]) & 0x7FFFFFFFFFFFFFFFull) > bound);
  }
  for (std::size_t k = 0; k < n; ++k) result[k] = 100.0 * expm1_bounded(power_log[k]);
  return outside == 0;
}

}  // namespace econclaims::detail
