// Traditional → simplified, one character at a time, from the pairs generated at build
// time (script_table.hpp), so matching works on simplified text while each normalized
// character still stands for exactly one original character (which keeps the offset
// map exact).
#include <bitset>
#include <string>
#include <vector>

#include "econclaims/text.hpp"
#include "script_table.hpp"
#include "utf8.hpp"

namespace econclaims {
namespace {

using detail::script_table_first;
using detail::script_table_last;

class script_table {
 public:
  script_table() : map_(script_table_last - script_table_first + 1, 0) {
    for (std::size_t i = 0; i < detail::script_pair_count; ++i) {
      const auto [from, to] = detail::script_pairs[i];
      map_[from - script_table_first] = to;
      changes_.set(from);
    }
  }

  detail::simplified_map view() const noexcept { return {map_.data(), script_table_first, script_table_last, &changes_}; }

  char32_t lookup(char32_t cp) const noexcept {
    if (cp < script_table_first || cp > script_table_last) return cp;
    char32_t s = map_[cp - script_table_first];
    return s ? s : cp;
  }

 private:
  std::vector<char32_t> map_;
  std::bitset<0x10000> changes_;  // the characters map_ changes (script_table_last < 0x10000)
};

const script_table& table() {
  static const script_table t;  // thread-safe initialisation (C++11 magic statics)
  return t;
}

}  // namespace

char32_t to_simplified(char32_t cp) { return table().lookup(cp); }

const detail::simplified_map& detail::simplified_table() {
  static const simplified_map m = table().view();
  return m;
}

std::string to_simplified(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    std::size_t len = 0;
    char32_t cp = detail::decode_at(utf8, i, len);
    if (len > 1) detail::append_utf8(out, to_simplified(cp));
    else out += utf8[i];
    i += len;
  }
  return out;
}

}  // namespace econclaims
