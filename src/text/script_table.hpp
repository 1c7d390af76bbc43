// Internal: direct access to the traditional→simplified table, for the normalization
// loop, which looks up every Han character of every document.
#pragma once

#include <bitset>

namespace econclaims::detail {

/// The table behind to_simplified(char32_t), built once per process.
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
