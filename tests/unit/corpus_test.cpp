// Covers: econclaims/corpus.hpp — extract_all() and extract_stream() give, in input
// order, exactly what extract() gives document by document, whatever the number of
// jobs; the stream holds a bounded number of documents; a sink's exception comes back.
#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

#include "econclaims/corpus.hpp"

using namespace econclaims;

namespace {

// Documents written for this test, each with a figure of its own.
std::vector<std::string> texts() {
  std::vector<std::string> out;
  for (int i = 1; i <= 40; ++i)
    out.push_back("2023年,某区实现地区生产总值" + std::to_string(i * 10 + 1) + "亿元,同比增长" +
                  std::to_string(i % 9 + 1) + ".5%。\n");
  return out;
}

std::vector<double> values(const extraction_result& r) {
  std::vector<double> v;
  for (const auto& c : r.claims) v.push_back(c.value);
  return v;
}

}  // namespace

TEST_CASE("extract_all keeps input order and matches extract()") {
  const auto t = texts();
  std::vector<document_input> docs;
  for (const auto& s : t) docs.push_back({s, {}});
  for (unsigned jobs : {1u, 2u, 5u}) {
    const auto results = extract_all(docs, {.jobs = jobs});
    REQUIRE(results.size() == t.size());
    for (std::size_t i = 0; i < t.size(); ++i) CHECK(values(results[i]) == values(extract(t[i])));
  }
  CHECK(extract_all(std::span<const document_input>{}, {.jobs = 3}).empty());
}

TEST_CASE("extract_stream hands results on in input order with a bounded window") {
  const auto t = texts();
  for (unsigned jobs : {1u, 3u}) {
    std::size_t next = 0, held = 0, most_held = 0, expected_index = 0;
    extract_stream(
        [&](owned_document& d) {
          if (next == t.size()) return false;
          d.text = t[next++];
          most_held = std::max(most_held, ++held);
          return true;
        },
        [&](std::size_t index, const owned_document& d, extraction_result&& r) {
          CHECK(index == expected_index++);
          CHECK(d.text == t[index]);
          CHECK(values(r) == values(extract(t[index])));
          --held;
        },
        {.jobs = jobs, .window_per_job = 2});
    CHECK(expected_index == t.size());
    CHECK(most_held <= jobs * 2 + 1);  // the window, and the one in the sink
  }
}

TEST_CASE("an exception from the sink stops the stream and is rethrown") {
  const auto t = texts();
  std::size_t next = 0;
  auto source = [&](owned_document& d) {
    if (next == t.size()) return false;
    d.text = t[next++];
    return true;
  };
  auto sink = [](std::size_t index, const owned_document&, extraction_result&&) {
    if (index == 3) throw std::runtime_error("disk full");
  };
  CHECK_THROWS_WITH_AS(extract_stream(source, sink, {.jobs = 2}), "disk full", std::runtime_error);
}
