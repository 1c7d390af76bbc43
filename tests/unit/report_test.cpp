// Covers: econclaims/report.hpp — html_escape (markup characters, invalid UTF-8, control
// characters); render_report: one element per claim, numbered in extract's order across
// documents; byte spans mapped onto traditional-script text; numbers not taken with their
// reason; overlapping, identical and out-of-range spans; chart points linked to claims;
// text that would end the embedded script. Sentences are written for these tests.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "econclaims/report.hpp"

using namespace econclaims;

namespace {

std::size_t count(std::string_view hay, std::string_view needle) {
  std::size_t n = 0;
  for (auto p = hay.find(needle); p != std::string_view::npos; p = hay.find(needle, p + needle.size())) ++n;
  return n;
}

// The content of the element with id="claim-N", up to its closing tag (claims in these
// tests hold no nested elements).
std::string claim_content(const std::string& html, std::size_t n) {
  const std::string id = "id=\"claim-" + std::to_string(n) + "\"";
  auto p = html.find(id);
  if (p == std::string::npos) return "<missing>";
  p = html.find('>', p) + 1;
  return html.substr(p, html.find("</mark>", p) - p);
}

claim make_claim(std::string doc, std::string quote, std::size_t begin, std::size_t end, double value) {
  claim c;
  c.doc = std::move(doc);
  c.quote = std::move(quote);
  c.span = {begin, end};
  c.value = value;
  c.unit = "CNY";
  c.entity = "E";
  c.indicator = "I";
  c.period = "2023";
  return c;
}

}  // namespace

TEST_CASE("html_escape: markup characters, invalid UTF-8 and control characters") {
  CHECK(html_escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;");
  CHECK(html_escape("\xE5\x8D\x81 ok") == "\xE5\x8D\x81 ok");           // a CJK character passes
  CHECK(html_escape("a\xFF" "b") == "a\xEF\xBF\xBD" "b");                // stray byte → U+FFFD
  CHECK(html_escape("\xE5\x8D") == "\xEF\xBF\xBD\xEF\xBF\xBD");        // truncated sequence
  CHECK(html_escape("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");        // overlong '/'
  CHECK(html_escape("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(html_escape("a\r\nb\tc\x01") == "a\nb\tc\xEF\xBF\xBD");
}

TEST_CASE("every claim is one element, numbered in extract's order across documents") {
  std::vector<report_document> docs;
  // Traditional script: 億 and 萬 are 3 bytes each, so a span off by a character would show.
  docs.push_back(make_report_document(
      "trad.txt",
      "\xE7\xBF\xA0\xE7\x81\xA3\xE5\x8D\x80" "2023\xE5\xB9\xB4\xE5\x9C\xB0\xE5\x8D\x80\xE7\x94\x9F\xE7\x94\xA2"
      "\xE7\xB8\xBD\xE5\x80\xBC" "520.3\xE5\x84\x84\xE5\x85\x83\xEF\xBC\x8C\xE5\x90\x8C\xE6\xAF\x94\xE5\xA2\x9E"
      "\xE9\x95\xB7" "6.1%\xE3\x80\x82\n",
      {.doc_date = "2024-01"}));
  docs.push_back(make_report_document(
      "simp.txt",
      "2023\xE5\xB9\xB4\xEF\xBC\x8C\xE5\x85\xA8\xE5\x8C\xBA\xE6\x96\xB0\xE7\xAD\xBE\xE7\xBA\xA6\xE9\xA1\xB9"
      "\xE7\x9B\xAE" "64\xE4\xB8\xAA\xE3\x80\x82",
      {.doc_date = "2024-01"}));
  std::size_t claims = 0;
  for (const auto& d : docs) claims += d.result.claims.size();
  REQUIRE(docs[0].result.claims.size() >= 2);
  REQUIRE(claims >= 3);

  const std::string html = render_report(docs);
  CHECK(count(html, "<mark ") == claims);
  CHECK(count(html, "</mark>") == claims);
  std::size_t n = 0;
  for (const auto& d : docs)
    for (const auto& c : d.result.claims) {
      INFO("claim " << n << " quoted " << c.quote);
      CHECK(count(html, "data-claim=\"" + std::to_string(n) + "\"") == 1);
      // The element shows exactly the bytes of the span, which are the quote.
      CHECK(claim_content(html, n) == html_escape(d.text.substr(c.span.begin, c.span.end - c.span.begin)));
      CHECK(claim_content(html, n) == html_escape(c.quote));
      ++n;
    }
  // Each claim of a growth-and-level pair sits in a sentence; the page has one per sentence.
  CHECK(count(html, "data-sentence=\"0.0\"") == 1);
  CHECK(count(html, "data-sentence=\"1.0\"") == 1);
  // Self-contained: the only URL is the SVG namespace name, which is never fetched.
  CHECK(count(html, "://") == count(html, "http://www.w3.org/2000/svg"));
}

TEST_CASE("numbers not taken are marked with their reason") {
  report_document d;
  d.name = "n.txt";
  d.text = "page 12 of 30.";
  d.result.skipped.push_back({"12", {5, 7}, "a page number <not a figure>"});
  const std::string html = render_report(std::span<const report_document>(&d, 1));
  CHECK(count(html, "data-skipped=\"a page number &lt;not a figure&gt;\"") == 1);
  CHECK(html.find(">12</span>") != std::string::npos);
}

TEST_CASE("identical, crossing and out-of-range spans still give one element per claim") {
  report_document d;
  d.name = "x.txt";
  d.text = "abc 100 and 200 units.";
  d.result.claims.push_back(make_claim("x.txt", "100", 4, 7, 100));
  d.result.claims.push_back(make_claim("x.txt", "100", 4, 7, 100));        // the same span twice
  d.result.claims.push_back(make_claim("x.txt", "100 and", 4, 11, 100));   // contains the first
  d.result.claims.push_back(make_claim("x.txt", "and 200", 8, 15, 200));   // crosses the third
  d.result.claims.push_back(make_claim("x.txt", "??", 40, 44, 1));         // outside the text
  d.result.claims.push_back(make_claim("x.txt", "", 3, 2, 1));             // begin after end
  const std::string html = render_report(std::span<const report_document>(&d, 1));
  CHECK(count(html, "<mark ") == d.result.claims.size());
  CHECK(count(html, "</mark>") == d.result.claims.size());
  for (std::size_t n = 0; n < d.result.claims.size(); ++n)
    CHECK(count(html, "data-claim=\"" + std::to_string(n) + "\"") == 1);
  CHECK(html.find("outside the text") != std::string::npos);
  // The text itself is all there, in order, once the tags are taken out.
  const auto body = html.find("<div class=\"text\">");
  std::string plain;
  bool tag = false;
  for (std::size_t i = body + 18; i < html.find("</div>", body); ++i) {
    if (html[i] == '<') tag = true;
    else if (html[i] == '>') tag = false;
    else if (!tag) plain += html[i];
  }
  CHECK(plain == d.text);
}

TEST_CASE("text that would close the script or start markup stays text") {
  report_document d;
  d.name = "</script><b>.txt";
  d.text = "x <script>alert(1)</script> 5";
  claim c = make_claim(d.name, "5", 28, 29, 5);
  c.entity = "</script><img src=x>";
  d.result.claims.push_back(c);
  const std::string html = render_report(std::span<const report_document>(&d, 1));
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  // Two script elements: the claims' JSON and the page's script.
  CHECK(count(html, "</script>") == 2);
}

TEST_CASE("chart points name the claim they come from") {
  report_document d;
  d.name = "s.txt";
  d.text = "100 then 110.";
  d.result.claims.push_back(make_claim("s.txt", "100", 0, 3, 100e8));
  d.result.claims.push_back(make_claim("s.txt", "110", 9, 12, 110e8));
  d.result.claims[1].period = "2024";
  const std::string html = render_report(std::span<const report_document>(&d, 1));
  // Two levels and one computed growth (2024 over 2023), which links to the 2024 level.
  CHECK(count(html, "data-point=\"") == 3);
  CHECK(count(html, "data-source-claim=\"0\"") == 1);
  CHECK(count(html, "data-source-claim=\"1\"") == 2);
  report_options o;
  o.computed_growth = false;
  CHECK(count(render_report(std::span<const report_document>(&d, 1), o), "data-point=\"") == 2);
}
