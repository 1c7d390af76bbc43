// Build-time generator of the traditional → simplified character table.
//
// Runs every CJK character of the table's range through OpenCC's own conversions (Hong
// Kong and Taiwan variants first, standard t2s last, so the standard mapping wins
// where they differ) and writes a C++ source with the pairs that change, sorted by the
// traditional character. The library compiles that source, so it needs neither OpenCC
// nor its dictionaries at run time, and pays nothing to build the table.
//   usage: make_script_table OUTPUT.cpp
#include <cstdio>
#include <map>
#include <string>
#include <string_view>

#include <opencc/opencc.h>

#include "script_table.hpp"
#include "utf8.hpp"

namespace {

using econclaims::detail::append_utf8;
using econclaims::detail::decode_at;
using econclaims::detail::script_table_first;
using econclaims::detail::script_table_last;

// Convert `all` (one character a line) with one OpenCC configuration; keep the
// one-character → one-character changes. Returns false when the configuration is missing.
bool apply(const char* config, const std::string& all, std::map<char32_t, char32_t>& map) {
  opencc_t cc = opencc_open(config);
  if (cc == reinterpret_cast<opencc_t>(-1)) return false;
  char* out = opencc_convert_utf8(cc, all.data(), all.size());
  if (out) {
    std::string_view in_view(all), out_view(out);
    std::size_t i = 0, j = 0;
    while (i < in_view.size() && j < out_view.size()) {
      std::size_t ie = in_view.find('\n', i), je = out_view.find('\n', j);
      if (ie == std::string_view::npos || je == std::string_view::npos) break;
      std::size_t li = 0, lj = 0;
      char32_t from = decode_at(in_view, i, li);
      char32_t to = decode_at(out_view, j, lj);
      if (i + li == ie && j + lj == je && from != to && from >= script_table_first && from <= script_table_last)
        map[from] = to;
      i = ie + 1;
      j = je + 1;
    }
    opencc_convert_utf8_free(out);
  }
  opencc_close(cc);
  return true;
}

}  // namespace

// Run under AddressSanitizer (a sanitized build runs the generator too), leaks would be
// OpenCC's, not this program's: leak checks are off here.
extern "C" const char* __asan_default_options() { return "detect_leaks=0"; }

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: make_script_table OUTPUT.cpp\n");
    return 1;
  }
  std::string all;
  for (char32_t cp = script_table_first; cp <= script_table_last; ++cp) {
    if (!econclaims::detail::is_han(cp)) continue;
    append_utf8(all, cp);
    all += '\n';
  }
  std::map<char32_t, char32_t> map;
  // A missing variant table is not fatal; the standard one is.
  apply("tw2s.json", all, map);
  apply("hk2s.json", all, map);
  if (!apply("t2s.json", all, map)) {
    std::fprintf(stderr, "make_script_table: OpenCC's t2s.json is missing (install opencc)\n");
    return 1;
  }
  // Written beside the output and renamed over it, so a failed run leaves no partial
  // source that a build would take as up to date.
  const std::string temporary = std::string(argv[1]) + ".tmp";
  std::FILE* f = std::fopen(temporary.c_str(), "w");
  if (!f) {
    std::fprintf(stderr, "make_script_table: cannot write %s\n", temporary.c_str());
    return 1;
  }
  std::fprintf(f, "// Generated at build time by make_script_table from OpenCC's tables; not edited.\n");
  std::fprintf(f, "#include \"text/script_table.hpp\"\n\nnamespace econclaims::detail {\n\n");
  std::fprintf(f, "const script_pair script_pairs[] = {\n");
  for (const auto& [from, to] : map) std::fprintf(f, "    {0x%04X, 0x%04X},\n", static_cast<unsigned>(from), static_cast<unsigned>(to));
  std::fprintf(f, "};\nconst std::size_t script_pair_count = %zu;\n\n}  // namespace econclaims::detail\n", map.size());
  if (std::fclose(f) != 0 || std::rename(temporary.c_str(), argv[1]) != 0) {
    std::fprintf(stderr, "make_script_table: cannot write %s\n", argv[1]);
    std::remove(temporary.c_str());
    return 1;
  }
  return 0;
}
