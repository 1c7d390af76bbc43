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

namespace {

bool same_diagnostics(const std::vector<diagnostic>& a, const std::vector<diagnostic>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const diagnostic& x, const diagnostic& y) {
    return x.code == y.code && x.where == y.where && x.message == y.message;
  });
}

bool same_result(const extraction_result& a, const extraction_result& b) {
  const bool same_skipped = std::equal(a.skipped.begin(), a.skipped.end(), b.skipped.begin(), b.skipped.end(),
                                       [](const skipped_number& x, const skipped_number& y) {
                                         return x.quote == y.quote && x.span == y.span && x.reason == y.reason;
                                       });
  return a.claims == b.claims && same_skipped && same_diagnostics(a.diagnostics, b.diagnostics) &&
         same_diagnostics(a.warnings, b.warnings);
}

}  // namespace

TEST_CASE("extract_all gives extract()'s whole result on every path a document can take") {
  // Documents with every kind of option and input extract() treats apart (no date, a
  // date, a malformed date, a byte order mark, invalid bytes, another encoding, several
  // blocks, a long text), between and among ordinary ones.
  std::vector<std::string> t = texts();
  std::vector<extract_options> o(t.size());
  for (std::size_t i = 0; i < t.size(); ++i) {
    o[i].doc = "d" + std::to_string(i);
    o[i].explain = i % 3 == 0;
    if (i % 4 == 1) o[i].doc_date = "2024-03";
  }
  auto add = [&](std::string text, extract_options options) {
    t.push_back(std::move(text));
    o.push_back(std::move(options));
  };
  add("", {});
  add("\xEF\xBB\xBF" "2023年,某区完成投资12亿元,增长3%。", {.explain = true});
  add("今年某区完成投资12亿元。", {.doc_date = "2024-13-45"});                 // a malformed date
  add("2023年,某区完成投资12亿元\xFF,增长3%。", {});                        // invalid UTF-8
  add("2023年,某区完成投资12亿元\xFF,增长3%。", {.on_invalid = invalid_bytes::replace});
  add("2023 total 12%", {.encoding = text_encoding::gb18030});
  add(texts()[0] + texts()[1] + texts()[2], {.explain = true, .block_size = 64});  // several blocks
  std::string long_text;
  while (long_text.size() < 200 * 1024) long_text += texts()[7];
  add(long_text, {.doc_date = "2024"});
  for (const auto& s : texts()) add(s, {.explain = true});
  // The special ones do take their paths.
  const std::size_t special = texts().size();
  CHECK(extract(t[special + 1], o[special + 1]).claims.at(0).span.begin == t[special + 1].find("12亿元"));
  CHECK(extract(t[special + 2], o[special + 2]).diagnostics.at(0).code == errc::bad_date);
  CHECK(extract(t[special + 3], o[special + 3]).diagnostics.at(0).code == errc::invalid_utf8);
  CHECK(extract(t[special + 4], o[special + 4]).warnings.size() == 1);
  CHECK(extract(t[special + 6], o[special + 6]).claims.size() == 6);
  std::vector<document_input> docs;
  for (std::size_t i = 0; i < t.size(); ++i) docs.push_back({t[i], o[i]});
  for (unsigned jobs : {1u, 2u}) {
    const auto results = extract_all(docs, {.jobs = jobs});
    REQUIRE(results.size() == docs.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
      INFO("document ", i, ", jobs ", jobs);
      CHECK(same_result(results[i], extract(t[i], o[i])));
    }
  }
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
