// Internal: direct access to the traditional→simplified table, for the normalization
// loop, which looks up every Han character of every document.
#pragma once

namespace econclaims::detail {

/// The table behind to_simplified(char32_t), built once per process.
class simplified_map {
 public:
  simplified_map(const char32_t* map, char32_t first, char32_t last) noexcept
      : map_(map), first_(first), last_(last) {}
  /// The simplified form of `cp` (itself when it has none).
  char32_t operator()(char32_t cp) const noexcept {
    if (cp < first_ || cp > last_) return cp;
    const char32_t s = map_[cp - first_];
    return s ? s : cp;
  }

 private:
  const char32_t* map_;
  char32_t first_, last_;
};

const simplified_map& simplified_table();

}  // namespace econclaims::detail
