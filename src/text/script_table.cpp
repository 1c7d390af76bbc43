// Traditional → simplified, one character at a time. The table is built once per
// process from OpenCC's own conversion of every CJK character, so matching works on
// simplified text while each normalized character still stands for exactly one
// original character (which keeps the offset map exact).
#include <bitset>
#include <mutex>
#include <string>
#include <vector>

#include <opencc/opencc.h>

#include "econclaims/text.hpp"
#include "script_table.hpp"
#include "utf8.hpp"

namespace econclaims {
namespace {

constexpr char32_t table_first = 0x3400;  // CJK extension A …
constexpr char32_t table_last = 0xFAFF;   // … through the compatibility ideographs

class script_table {
 public:
  script_table() : map_(table_last - table_first + 1, 0) {
    std::string all;
    all.reserve((table_last - table_first + 1) * 4);
    for (char32_t cp = table_first; cp <= table_last; ++cp) {
      if (!detail::is_han(cp)) continue;
      detail::append_utf8(all, cp);
      all += '\n';
    }
    // Hong Kong and Taiwan variants first, standard t2s last, so the standard
    // mapping wins where they differ.
    for (const char* config : {"tw2s.json", "hk2s.json", "t2s.json"}) apply(config, all);
    for (char32_t cp = table_first; cp <= table_last; ++cp)
      if (map_[cp - table_first] != 0) changes_.set(cp);
  }

  detail::simplified_map view() const noexcept { return {map_.data(), table_first, table_last, &changes_}; }

  char32_t lookup(char32_t cp) const noexcept {
    if (cp < table_first || cp > table_last) return cp;
    char32_t s = map_[cp - table_first];
    return s ? s : cp;
  }

 private:
  void apply(const char* config, const std::string& all) {
    opencc_t cc = opencc_open(config);
    if (cc == reinterpret_cast<opencc_t>(-1)) return;  // a missing variant table is not fatal
    char* out = opencc_convert_utf8(cc, all.data(), all.size());
    if (out) {
      std::string_view in_view(all), out_view(out);
      std::size_t i = 0, j = 0;
      // Walk both texts line by line; keep only one-character → one-character maps.
      while (i < in_view.size() && j < out_view.size()) {
        std::size_t ie = in_view.find('\n', i), je = out_view.find('\n', j);
        if (ie == std::string_view::npos || je == std::string_view::npos) break;
        std::size_t li = 0, lj = 0;
        char32_t from = detail::decode_at(in_view, i, li);
        char32_t to = detail::decode_at(out_view, j, lj);
        if (i + li == ie && j + lj == je && from != to && from >= table_first && from <= table_last)
          map_[from - table_first] = to;
        i = ie + 1;
        j = je + 1;
      }
      opencc_convert_utf8_free(out);
    }
    opencc_close(cc);
  }

  std::vector<char32_t> map_;
  std::bitset<0x10000> changes_;  // the characters map_ changes (table_last < 0x10000)
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
