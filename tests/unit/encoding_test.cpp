// Covers: econclaims/encoding.hpp — parse_encoding, detect_encoding, decode for GB18030,
// Big5, UTF-16 and UTF-8 (BOM, invalid bytes as error or replacement), and the map back
// to original byte offsets.
#include <doctest/doctest.h>

#include <iconv.h>

#include <string>

#include "econclaims/encoding.hpp"

using namespace econclaims;

namespace {
// Encode UTF-8 text with the C library, as a file in that encoding would hold it.
std::string encode(const std::string& utf8, const char* to) {
  iconv_t cd = iconv_open(to, "UTF-8");
  REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
  std::string out(utf8.size() * 4 + 8, '\0');
  char* src = const_cast<char*>(utf8.data());
  std::size_t src_left = utf8.size();
  char* dst = out.data();
  std::size_t dst_left = out.size();
  REQUIRE(iconv(cd, &src, &src_left, &dst, &dst_left) != static_cast<std::size_t>(-1));
  out.resize(out.size() - dst_left);
  iconv_close(cd);
  return out;
}
}  // namespace

TEST_CASE("encoding names") {
  CHECK(parse_encoding("GBK") == text_encoding::gb18030);
  CHECK(parse_encoding("gb18030") == text_encoding::gb18030);
  CHECK(parse_encoding("Big5") == text_encoding::big5);
  CHECK(parse_encoding("UTF-16LE") == text_encoding::utf16le);
  CHECK(parse_encoding("utf-8") == text_encoding::utf8);
  CHECK_FALSE(parse_encoding("latin1"));
}

TEST_CASE("GB18030 decodes with offsets into its own bytes") {
  const std::string utf8 = "全年完成投资46.2亿元，同比增长15.3%。";
  const std::string gb = encode(utf8, "GB18030");
  CHECK(detect_encoding(gb) == text_encoding::gb18030);
  const auto d = decode(gb, text_encoding::gb18030);
  CHECK(d.utf8() == utf8);
  // "46.2" starts after six Han characters: 18 bytes in UTF-8, 12 in GB18030.
  const std::size_t at = utf8.find("46.2");
  CHECK(d.original_offset(at) == 12);
  CHECK(d.original_offset(utf8.size()) == gb.size());
}

TEST_CASE("Big5 text is detected and decoded") {
  const std::string utf8 = "鳴灣開發區規模以上工業總產值612億元，同比增長9.6%。";
  const std::string big5 = encode(utf8, "CP950");
  CHECK(detect_encoding(big5) == text_encoding::big5);
  const auto d = decode(big5, text_encoding::big5);
  CHECK(d.utf8() == utf8);
  CHECK(d.original_offset(utf8.find("612")) == big5.find("612"));
}

TEST_CASE("UTF-16 with a byte order mark") {
  const std::string le = std::string("\xFF\xFE") + encode("增长16%", "UTF-16LE");
  CHECK(detect_encoding(le) == text_encoding::utf16le);
  const auto d = decode(le, text_encoding::utf16le);
  CHECK(d.utf8() == "增长16%");
  CHECK(d.original_offset(0) == 2);                      // after the mark
  CHECK(d.original_offset(std::string("增长").size()) == 6);  // 2 + two UTF-16 units
  const std::string be = std::string("\xFE\xFF") + encode("增长16%", "UTF-16BE");
  CHECK(detect_encoding(be) == text_encoding::utf16be);
  CHECK(decode(be, text_encoding::utf16be).utf8() == "增长16%");
}

TEST_CASE("invalid bytes: an error naming the offset, or replacement counted") {
  const std::string gb = encode("增长", "GB18030") + "\xFF" + "16%";
  CHECK_THROWS_AS(decode(gb, text_encoding::gb18030), decode_error);
  try {
    (void)decode(gb, text_encoding::gb18030);
  } catch (const decode_error& e) {
    CHECK(e.offset() == 4);
    CHECK(std::string(e.what()) == "invalid gb18030 at byte offset 4");
  }
  const auto d = decode(gb, text_encoding::gb18030, invalid_bytes::replace);
  CHECK(d.utf8() == "增长\xEF\xBF\xBD" "16%");
  CHECK(d.replaced() == 1);
  CHECK(d.first_replaced() == 4);
  CHECK(d.original_offset(d.utf8().find("16")) == 5);
}

TEST_CASE("UTF-8 passes through; a BOM is skipped but counted") {
  const auto d = decode("\xEF\xBB\xBF增长", text_encoding::utf8);
  CHECK(d.utf8() == "增长");
  CHECK(d.original_offset(0) == 3);
  CHECK(decode("abc", text_encoding::utf8).original_offset(2) == 2);
  CHECK_THROWS_AS(decode("ab\xC0", text_encoding::utf8), decode_error);
}
