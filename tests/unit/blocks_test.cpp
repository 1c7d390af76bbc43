// Covers: block processing — extract() on a long input cut by block_end into blocks,
// the same input fed block by block (as the command line streams a file), and the blocks
// extracted in parallel by extract_all: all three give identical claims. Also block_end's
// cuts (line, sentence, clause, never inside a number) and a single endless line.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "econclaims/corpus.hpp"
#include "econclaims/extract.hpp"

using namespace econclaims;

namespace {

// A long text written for this test: paragraphs of zone news, numbers everywhere.
std::string long_text(bool one_line) {
  std::string out = "临川开发区2023年工作回顾\n";
  for (int i = 0; i < 3000; ++i) {
    out += "2023年，临川开发区新签约项目" + std::to_string(40 + i % 50) + "个，完成固定资产投资" +
           std::to_string(100 + i % 900) + "." + std::to_string(i % 10) + "亿元，同比增长" +
           std::to_string(i % 20) + ".5%。";
    out += one_line ? "今年以来，新增企业1,2" + std::to_string(10 + i % 89) + "家。" : "\n截至目前，累计引进人才团队23个。\n";
  }
  return out;
}

std::vector<claim> in_blocks(const std::string& text, const extract_options& base, bool parallel) {
  // As the command line does: the date from the first block, then every block alone.
  extract_options o = base;
  const text_encoding enc = text_encoding::utf8;
  std::vector<std::string> blocks;
  std::vector<std::size_t> offsets;
  for (std::size_t p = 0; p < text.size();) {
    const bool last = text.size() - p <= o.block_size;
    std::string_view window = std::string_view(text).substr(p, last ? std::string::npos : o.block_size);
    const std::size_t n = block_end(window, enc, last);
    REQUIRE(n > 0);
    blocks.emplace_back(window.substr(0, n));
    offsets.push_back(p);
    p += n;
  }
  if (o.doc_date.empty()) {
    o.doc_date = infer_document_date(blocks.front(), enc);
    o.doc_date_inferred = true;
  }
  std::vector<extraction_result> results;
  if (parallel) {
    std::vector<document_input> docs;
    for (const auto& b : blocks) docs.push_back({b, o});
    results = extract_all(docs, {.jobs = 2});
  } else {
    for (const auto& b : blocks) results.push_back(extract(b, o));
  }
  std::vector<claim> all;
  for (std::size_t i = 0; i < results.size(); ++i) {
    for (auto c : results[i].claims) {
      c.span = {c.span.begin + offsets[i], c.span.end + offsets[i]};
      all.push_back(c);
    }
  }
  return all;
}

}  // namespace

TEST_CASE("one go, block by block and in parallel give identical claims") {
  for (bool one_line : {false, true}) {
    CAPTURE(one_line);
    const std::string text = long_text(one_line);
    extract_options o;
    o.doc = "long.txt";
    o.block_size = 32 * 1024;  // small blocks, so there are many
    REQUIRE(text.size() > 8 * o.block_size);
    const auto whole = extract(text, o);
    REQUIRE(whole.ok());
    CHECK(whole.claims.size() > 9000);
    const auto sequential = in_blocks(text, o, false);
    const auto parallel = in_blocks(text, o, true);
    CHECK(sequential == whole.claims);
    CHECK(parallel == whole.claims);
    // Every span still names its quote in the whole text.
    for (const auto& c : whole.claims)
      REQUIRE(text.substr(c.span.begin, c.span.end - c.span.begin) == c.quote);
  }
}

TEST_CASE("block_end cuts at a line, else a sentence, else a clause, never inside a number") {
  CHECK(block_end("甲。乙\n丙", text_encoding::utf8, false) == std::string("甲。乙\n").size());
  CHECK(block_end("甲。乙，丙", text_encoding::utf8, false) == std::string("甲。").size());
  CHECK(block_end("甲，乙丙", text_encoding::utf8, false) == std::string("甲，").size());
  // No punctuation at all: the last character boundary outside the digits.
  const std::string digits = "增长12345678";
  CHECK(block_end(digits, text_encoding::utf8, false) == std::string("增").size());
  CHECK(block_end("anything", text_encoding::utf8, true) == 8);
  // Digits next to every character: still a cut between characters, never inside one.
  std::string mixed;
  for (int i = 0; i < 40; ++i) mixed += "1中";
  const std::size_t cut = block_end(std::string_view(mixed).substr(0, 67), text_encoding::utf8, false);
  CHECK(cut > 0);
  CHECK(cut < 67);
  CHECK((static_cast<unsigned char>(mixed[cut]) & 0xC0) != 0x80);
}

TEST_CASE("small blocks of valid UTF-8 never report invalid bytes") {
  std::string mixed;
  for (int i = 0; i < 40; ++i) mixed += "1中";
  mixed += "，增长5%。";
  extract_options small;
  small.block_size = 67;
  const extraction_result r = extract(mixed, small);
  CHECK(r.ok());
  CHECK(r.claims == extract(mixed).claims);
}
