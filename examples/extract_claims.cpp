// Extract the claims of one text file and print them as a table.
//   example_extract_claims FILE [DOCUMENT_DATE]
#include <econclaims/econclaims.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE [DOCUMENT_DATE]\n", argv[0]);
    return 1;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "%s: cannot read file\n", argv[1]);
    return 2;
  }
  std::ostringstream text;
  text << in.rdbuf();

  econclaims::extract_options options;
  options.doc = argv[1];
  if (argc > 2) options.doc_date = argv[2];
  const auto result = econclaims::extract(text.str(), options);
  for (const auto& d : result.diagnostics) std::fprintf(stderr, "%s\n", d.message.c_str());
  if (!result.ok()) return 2;

  for (const auto& c : result.claims) {
    std::printf("%-14s %18.6g %-6s %-8s %-7s %-16s %s | %s\n", c.quote.c_str(), c.value, c.unit.c_str(),
                std::string(to_string(c.kind)).c_str(), std::string(to_string(c.mode)).c_str(),
                c.period.empty() ? "-" : c.period.c_str(), c.entity.c_str(), c.indicator.c_str());
  }
  return result.claims.empty() ? 1 : 0;
}
