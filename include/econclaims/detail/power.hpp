// Internal: r^p for many r at once, in a form the compiler vectorizes.
//
// The panel CAGR raises a million ratios to one power. std::pow (or std::exp of
// std::log) is a call per element that no compiler turns into vector code without
// -ffast-math; the functions below are branch-free arithmetic on the bits of a double,
// so a plain loop over them becomes vector code. They are exact to a few units in the
// last place (relative, also for r^p − 1 near zero) for a positive normal r and a
// result inside the normal range; for any other input `power_in_range` says so and the
// caller falls back to std::expm1/std::log.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>

namespace econclaims::detail {

inline constexpr double ln2_hi = 6.93147180369123816490e-01;  // ln 2, high bits (exact in a double)
inline constexpr double ln2_lo = 1.90821492927058770002e-10;  // ln 2 − ln2_hi
/// The largest |y| for which expm1_bounded(y) is exact to a few units in the last place.
inline constexpr double power_log_limit = 700.0;

/// ln(x) for a positive normal x: x = m·2^e with m in [√½, √2), and
/// ln m = 2·atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.1716, summed to s²³.
inline double log_positive(double x) noexcept {
  // Integer steps only: a comparison of doubles (which may raise an exception on NaN)
  // would keep the compiler from vectorizing the loop.
  const auto bits = std::bit_cast<std::uint64_t>(x);
  const std::uint64_t mantissa = bits & 0x000FFFFFFFFFFFFFull;
  // 1 when the mantissa, read as 1.f, is at least √2 (0x6A09E667F3BCD is √2's f): the
  // carry out of the 52 bits.
  const std::uint64_t high = (mantissa + (0x0010000000000000ull - 0x0006A09E667F3BCDull)) >> 52;
  // m = 1.f, or 1.f / 2 when high.
  const double m = std::bit_cast<double>(mantissa | ((1023u - high) << 52));
  // e = the exponent (+1 when high), converted through the bits of 2^52 + e + 1023.
  const double e = (std::bit_cast<double>(0x4330000000000000ull | ((bits >> 52) + high)) - 4503599627370496.0) - 1023.0;
  const double s = (m - 1.0) / (m + 1.0);
  const double z = s * s;
  // 2/3 + 2z/5 + … + 2z¹⁰/23 by Estrin's scheme (pairs, then pairs of pairs): a shorter
  // chain of dependent steps than Horner's rule, for the same terms.
  const double z2 = z * z, z4 = z2 * z2, z8 = z4 * z4;
  const double p01 = 2.0 / 3.0 + z * (2.0 / 5.0), p23 = 2.0 / 7.0 + z * (2.0 / 9.0);
  const double p45 = 2.0 / 11.0 + z * (2.0 / 13.0), p67 = 2.0 / 15.0 + z * (2.0 / 17.0);
  const double p89 = 2.0 / 19.0 + z * (2.0 / 21.0);
  const double poly = (p01 + z2 * p23) + z4 * (p45 + z2 * p67) + z8 * (p89 + z2 * (2.0 / 23.0));
  // ln m = 2s + s·z·(2/3 + …): the leading term kept apart for accuracy.
  const double log_m = 2.0 * s + s * z * poly;
  return e * ln2_hi + (log_m + e * ln2_lo);
}

/// e^y − 1 for |y| ≤ power_log_limit: y = k·ln 2 + f with |f| ≤ ½ ln 2, e^f − 1 summed to f^14/14!,
/// and the factor 2^k put into the exponent bits. Written as (2^k − 1) + 2^k·(e^f − 1),
/// so a growth near zero (k = 0) keeps its relative accuracy.
inline double expm1_bounded(double y) noexcept {
  constexpr double shifter = 6755399441055744.0;  // 1.5·2^52: adding it rounds to an integer
  const double t = y * 1.4426950408889634 + shifter;
  const double k = t - shifter;
  const double f = (y - k * ln2_hi) - k * ln2_lo;
  // 1/2! + f/3! + … + f¹²/14!, by Estrin's scheme.
  const double f2 = f * f, f4 = f2 * f2, f8 = f4 * f4;
  const double p01 = 1.0 / 2.0 + f * (1.0 / 6.0), p23 = 1.0 / 24.0 + f * (1.0 / 120.0);
  const double p45 = 1.0 / 720.0 + f * (1.0 / 5040.0), p67 = 1.0 / 40320.0 + f * (1.0 / 362880.0);
  const double p89 = 1.0 / 3628800.0 + f * (1.0 / 39916800.0);
  const double p1011 = 1.0 / 479001600.0 + f * (1.0 / 6227020800.0);
  const double poly = (p01 + f2 * p23) + f4 * (p45 + f2 * p67) + f8 * ((p89 + f2 * p1011) + f4 * (1.0 / 87178291200.0));
  const double em1f = f + f2 * poly;  // e^f − 1
  // The low bits of t hold k as a two's-complement integer; 2^k has exponent k + 1023.
  // (Unsigned arithmetic: for y outside the range the bits are garbage, never UB.)
  const std::uint64_t k_bits = std::bit_cast<std::uint64_t>(t) - std::bit_cast<std::uint64_t>(shifter);
  const double scale = std::bit_cast<double>((k_bits + 1023u) << 52);
  return (scale - 1.0) + scale * em1f;
}

/// For k < n: ratio[k] = last[k]/first[k], power_log[k] = power·ln ratio[k] and
/// result[k] = 100·(ratio[k]^power − 1), by the functions above; valid only where
/// power_in_range(ratio[k], power_log[k]) and both levels are positive. Returns true when
/// that holds for every k (no level with its sign bit set, each ratio a positive normal
/// double, |power_log| ≤ power_log_limit), so that the caller need not look at each
/// series. Compiled in the library
/// (without contracting multiply-adds, so every variant gives the same bits), with a
/// vector variant chosen at load time where the processor has one.
bool growth_power(const double* first, const double* last, double power, double* ratio, double* power_log,
                  double* result, std::size_t n) noexcept;

/// 0 when the double with these bits is a positive normal number, else 1 (integer
/// steps, which the compiler vectorizes).
inline std::uint64_t not_positive_normal(std::uint64_t bits) noexcept {
  return static_cast<std::uint64_t>(bits - 0x0010000000000000ull >= 0x7FE0000000000000ull);
}

/// Are log_positive(r) and expm1_bounded(p·ln r) exact to a few units in the last place:
/// r positive and normal, and |p·ln r| ≤ power_log_limit?
inline bool power_in_range(double r, double p_log_r) noexcept {
  return r >= 2.2250738585072014e-308 && r <= 1.7976931348623157e308 && p_log_r <= power_log_limit &&
         p_log_r >= -power_log_limit;
}

}  // namespace econclaims::detail
