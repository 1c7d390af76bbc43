// Runs every fuzz target on every file of the given directories: the corpus of sample
// texts and every input that once crashed. Usable with any compiler, so the fuzz
// findings stay regression tests outside clang builds.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "fuzz_targets.hpp"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::size_t files = 0;
  for (int a = 1; a < argc; ++a) {
    if (!fs::exists(argv[a])) continue;
    for (const auto& entry : fs::recursive_directory_iterator(argv[a])) {
      if (!entry.is_regular_file()) continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      const std::string bytes = ss.str();
      const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
      econclaims::fuzz::normalize(data, bytes.size());
      econclaims::fuzz::quantity(data, bytes.size());
      econclaims::fuzz::time_expr(data, bytes.size());
      econclaims::fuzz::extract(data, bytes.size());
      econclaims::fuzz::claims_reader(data, bytes.size());
      ++files;
    }
  }
  std::printf("replayed %zu inputs through 5 fuzz targets\n", files);
  return files > 0 ? 0 : 1;
}
