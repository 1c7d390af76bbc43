// Covers: extract() on the five real articles of ../shared/corpus/seeds against the gold
// quantities of ../shared/gold/seeds.jsonl: every gold (value, unit) must be found. The
// articles are read from ../shared at run time; none of their text is in this tree.
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "econclaims/claims_io.hpp"
#include "econclaims/extract.hpp"

namespace fs = std::filesystem;
using namespace econclaims;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot read " << p.string() << " (the shared data must sit beside the repository)");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool same_value(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max(std::fabs(a), std::fabs(b)) + 1e-9; }

// Greedy pairing by (value, unit) within a document, as the scorer pairs quantities.
std::size_t paired(const std::vector<claim>& gold, const std::vector<claim>& pred) {
  std::vector<bool> used(pred.size(), false);
  std::size_t n = 0;
  for (const auto& g : gold) {
    for (std::size_t i = 0; i < pred.size(); ++i) {
      if (used[i] || pred[i].doc != g.doc || pred[i].unit != g.unit || !same_value(pred[i].value, g.value)) continue;
      used[i] = true;
      ++n;
      break;
    }
  }
  return n;
}

}  // namespace

TEST_CASE("the gold quantities of the seed articles are found") {
  const fs::path shared = ECONCLAIMS_SHARED_DIR;
  const fs::path corpus = shared / "corpus" / "seeds";
  const auto gold = read_claims(slurp(shared / "gold" / "seeds.jsonl"), "seeds.jsonl");
  const auto dates = read_doc_dates(slurp(corpus / "docs.jsonl"), "docs.jsonl");
  REQUIRE(dates.size() == 5);
  std::vector<claim> pred;
  for (const auto& [doc, date] : dates) {
    extract_options o;
    o.doc = doc;
    o.doc_date = date;
    auto r = extract(slurp(corpus / doc), o);
    REQUIRE(r.ok());
    pred.insert(pred.end(), r.claims.begin(), r.claims.end());
  }
  const double recall = static_cast<double>(paired(gold, pred)) / static_cast<double>(gold.size());
  const double precision = static_cast<double>(paired(gold, pred)) / static_cast<double>(pred.size());
  MESSAGE("seed quantities: recall " << recall << ", precision " << precision);
  // Floors a little under what the extractor reaches (recall 1.000, precision 0.995).
  CHECK(recall >= 0.99);
  CHECK(precision >= 0.97);
}
