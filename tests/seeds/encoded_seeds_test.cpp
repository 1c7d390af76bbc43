// Covers: extract() on GB18030 and Big5 copies of the five real articles (read from
// ../shared, encoded here at run time): the same claims as the UTF-8 originals, with
// offsets that point at the quote in the copy's own bytes. Big5 has no simplified
// characters, so the Big5 copy is of the text converted to traditional script (OpenCC
// s2t); its claims carry traditional quotes and otherwise equal the original's.
#include <doctest/doctest.h>

#include <iconv.h>
#include <opencc/opencc.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "econclaims/claims_io.hpp"
#include "econclaims/encoding.hpp"
#include "econclaims/extract.hpp"

namespace fs = std::filesystem;
using namespace econclaims;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot read " << p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Encode with the C library; characters the encoding lacks become '?' (//TRANSLIT).
std::string encode(const std::string& utf8, const char* to) {
  std::string target = std::string(to) + "//TRANSLIT";
  iconv_t cd = iconv_open(target.c_str(), "UTF-8");
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string out(utf8.size() * 4 + 16, '\0');
  char* src = const_cast<char*>(utf8.data());
  std::size_t src_left = utf8.size();
  char* dst = out.data();
  std::size_t dst_left = out.size();
  while (src_left > 0) {
    if (iconv(cd, &src, &src_left, &dst, &dst_left) == static_cast<std::size_t>(-1)) {
      // Skip a character iconv cannot even transliterate.
      *dst++ = '?';
      --dst_left;
      std::size_t len = 1;
      const auto b = static_cast<unsigned char>(*src);
      len = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
      src += len;
      src_left -= std::min(len, src_left);
    }
  }
  out.resize(out.size() - dst_left);
  iconv_close(cd);
  return out;
}

std::string to_traditional(const std::string& utf8) {
  opencc_t cc = opencc_open("s2t.json");
  REQUIRE(cc != reinterpret_cast<opencc_t>(-1));
  char* out = opencc_convert_utf8(cc, utf8.data(), utf8.size());
  std::string s(out);
  opencc_convert_utf8_free(out);
  opencc_close(cc);
  return s;
}

void check_same_claims(const extraction_result& original, const extraction_result& copy, const std::string& copy_bytes,
                       text_encoding enc, bool same_quotes) {
  REQUIRE(copy.ok());
  REQUIRE(copy.claims.size() == original.claims.size());
  for (std::size_t i = 0; i < copy.claims.size(); ++i) {
    claim a = original.claims[i], b = copy.claims[i];
    CAPTURE(a.quote);
    // The span names the quote in the copy's own bytes.
    const std::string raw = copy_bytes.substr(b.span.begin, b.span.end - b.span.begin);
    CHECK(decode(raw, enc).utf8() == b.quote);
    if (same_quotes) CHECK(a.quote == b.quote);
    a.span = b.span = {};
    a.quote = b.quote = "";
    CHECK(a == b);
  }
}

}  // namespace

TEST_CASE("GB18030 and Big5 copies of the seed articles give the claims of the originals") {
  const fs::path corpus = fs::path(ECONCLAIMS_SHARED_DIR) / "corpus" / "seeds";
  const auto dates = read_doc_dates(slurp(corpus / "docs.jsonl"), "docs.jsonl");
  REQUIRE(dates.size() == 5);
  for (const auto& entry : dates) {
    const std::string& doc = entry.first;  // a plain name: CAPTURE cannot take a structured binding
    const std::string& date = entry.second;
    CAPTURE(doc);
    extract_options o;
    o.doc = doc;
    o.doc_date = date;
    const std::string utf8 = slurp(corpus / doc);
    const auto original = extract(utf8, o);
    REQUIRE(original.ok());

    const std::string gb = encode(utf8, "GB18030");
    REQUIRE(detect_encoding(gb) == text_encoding::gb18030);
    check_same_claims(original, extract(gb, o), gb, text_encoding::gb18030, true);

    const std::string traditional = to_traditional(utf8);
    const auto from_traditional = extract(traditional, o);
    const std::string big5 = encode(traditional, "CP950");
    // Characters Big5 lacks (a few symbols) become '?': compare with that same text.
    const std::string big5_text = decode(big5, text_encoding::big5).utf8();
    const auto reference = extract(big5_text, o);
    REQUIRE(detect_encoding(big5) == text_encoding::big5);
    check_same_claims(reference, extract(big5, o), big5, text_encoding::big5, true);
    // And the traditional copy reads as the simplified original does.
    REQUIRE(from_traditional.claims.size() == original.claims.size());
    for (std::size_t i = 0; i < original.claims.size(); ++i) {
      CHECK(from_traditional.claims[i].value == original.claims[i].value);
      CHECK(from_traditional.claims[i].unit == original.claims[i].unit);
      CHECK(from_traditional.claims[i].period == original.claims[i].period);
    }
  }
}
