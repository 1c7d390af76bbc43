// Uses the installed headers and library exactly as a downstream project would.
#include <econclaims/econclaims.hpp>

#include <cstdio>

int main() {
  econclaims::extract_options o;
  o.doc = "consumer.txt";
  o.doc_date = "2024-01";
  auto r = econclaims::extract("2023年，新签约项目47个，同比增长14%。", o);
  if (!r.ok() || r.claims.size() != 2 || r.claims[0].value != 47 || r.claims[1].basis != "2022") {
    std::fprintf(stderr, "unexpected claims from the installed library\n");
    return 1;
  }
  econclaims::period p{"2018-Q2"};
  if (!p.ok()) return 1;
  std::printf("econclaims %s: %zu claims\n", econclaims::version_string, r.claims.size());
  return 0;
}
