// Internal: direct access to the traditional→simplified table, for the normalization
// loop, which looks up every Han character of every document.
#pragma once

#include <bitset>
#include <cstddef>

namespace econclaims::detail {

/// The range of characters the table covers: CJK extension A through the
/// compatibility ideographs.
inline constexpr char32_t script_table_first = 0x3400;
inline constexpr char32_t script_table_last = 0xFAFF;

/// One traditional character and its simplified form.
struct script_pair {
  char32_t traditional, simplified;
};
/// The pairs, sorted by the traditional character: generated at build time from
/// OpenCC's conversions by make_script_table.cpp (t2s, with the Hong Kong and Taiwan
/// variants under it), one character for one, so the offset map stays exact.
extern const script_pair script_pairs[];
extern const std::size_t script_pair_count;

/// The table behind to_simplified(char32_t), laid out from script_pairs once per process.
class simplified_map {
 public:
  simplified_map(const char32_t* map, char32_t first, char32_t last, const std::bitset<0x10000>* changes) noexcept
      : map_(map), first_(first), last_(last), changes_(changes) {}
  /// Does `cp` (a character of the Basic Multilingual Plane) have a simplified form
  /// other than itself? One bit per character, so the test stays in the first-level
  /// cache while most text is simplified already.
  bool changes(char32_t cp) const noexcept { return cp < 0x10000 && (*changes_)[cp]; }
  /// The simplified form of `cp` (itself when it has none).
  char32_t operator()(char32_t cp) const noexcept {
    if (cp < first_ || cp > last_) return cp;
    const char32_t s = map_[cp - first_];
    return s ? s : cp;
  }

 private:
  const char32_t* map_;
  char32_t first_, last_;
  const std::bitset<0x10000>* changes_;
};

const simplified_map& simplified_table();

}  // namespace econclaims::detail
