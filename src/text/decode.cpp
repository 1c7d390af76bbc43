// Decoding with iconv, one source character at a time in the offset map: each encoding
// here has self-delimiting characters (a lead byte tells the length), so the input is
// cut into characters first and each converts to exactly one code point.
#include "econclaims/encoding.hpp"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>

#include <fmt/format.h>

#include "econclaims/detail/enum_names.hpp"
#include "econclaims/text.hpp"
#include "utf8.hpp"

namespace econclaims {
namespace {

const char* iconv_name(text_encoding e) {
  switch (e) {
    case text_encoding::utf8: return "UTF-8";
    case text_encoding::gb18030: return "GB18030";
    case text_encoding::big5: return "CP950";
    case text_encoding::big5_hkscs: return "BIG5-HKSCS";
    case text_encoding::utf16le: return "UTF-16LE";
    case text_encoding::utf16be: return "UTF-16BE";
  }
  return "UTF-8";
}

// Byte length of the character at p (at least 1), by the encoding's lead-byte rules;
// 0 when the input ends inside it.
std::size_t char_length(text_encoding e, const unsigned char* p, std::size_t left) {
  switch (e) {
    case text_encoding::gb18030:
      if (p[0] < 0x80) return 1;
      if (left >= 2 && p[1] >= 0x30 && p[1] <= 0x39) return left >= 4 ? 4 : 0;  // four-byte form
      return left >= 2 ? 2 : 0;
    case text_encoding::big5:
    case text_encoding::big5_hkscs:
      if (p[0] < 0x81 || p[0] == 0xFF) return 1;
      return left >= 2 ? 2 : 0;
    case text_encoding::utf16le:
    case text_encoding::utf16be: {
      if (left < 2) return 0;
      unsigned hi = e == text_encoding::utf16le ? p[1] : p[0];
      if (hi >= 0xD8 && hi <= 0xDB) return left >= 4 ? 4 : 0;  // a surrogate pair
      return 2;
    }
    case text_encoding::utf8:
      return detail::utf8_length(p[0]);
  }
  return 1;
}

class iconv_handle {
 public:
  explicit iconv_handle(text_encoding e) : cd_(iconv_open("UTF-8", iconv_name(e))) {
    if (cd_ == reinterpret_cast<iconv_t>(-1))
      throw decode_error(0, fmt::format("this system's iconv cannot decode {}", iconv_name(e)));
  }
  ~iconv_handle() { iconv_close(cd_); }
  iconv_handle(const iconv_handle&) = delete;
  iconv_handle& operator=(const iconv_handle&) = delete;

  // Convert one character; false if it is not valid in the encoding.
  bool convert(const unsigned char* in, std::size_t n, std::string& out) {
    char buf[16];
    char* src = const_cast<char*>(reinterpret_cast<const char*>(in));
    std::size_t src_left = n;
    char* dst = buf;
    std::size_t dst_left = sizeof buf;
    iconv(cd_, nullptr, nullptr, nullptr, nullptr);  // reset shift state
    if (iconv(cd_, &src, &src_left, &dst, &dst_left) == static_cast<std::size_t>(-1) || src_left != 0) return false;
    out.append(buf, static_cast<std::size_t>(dst - buf));
    return dst != buf;
  }

 private:
  iconv_t cd_;
};

bool equals_ci(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Characters that make up a large part of any Chinese economic text (simplified forms).
// A wrong decoding scatters text over rare characters and misses these.
constexpr std::string_view common_chars =
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
    "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性"
    "好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第"
    "向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管"
    "特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处"
    "队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单"
    "风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土"
    "许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省"
    "列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置"
    "派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严项目投资企业园区增长亿元同比区域签约招引";

double common_share(std::string_view utf8) {
  std::size_t han = 0, common = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    std::size_t len = 0;
    char32_t c = detail::decode_at(utf8, i, len);
    if (detail::is_han(c)) {
      ++han;
      std::string simple;
      detail::append_utf8(simple, to_simplified(c));
      if (common_chars.find(simple) != std::string_view::npos) ++common;
    }
    i += len;
  }
  return han ? static_cast<double>(common) / static_cast<double>(han) : 0.0;
}

}  // namespace

// The canonical name of each encoding first, then the other names it is known by.
constexpr detail::enum_name<text_encoding> encoding_names[] = {
    {text_encoding::utf8, "utf-8"},           {text_encoding::gb18030, "gb18030"},
    {text_encoding::big5, "big5"},            {text_encoding::big5_hkscs, "big5-hkscs"},
    {text_encoding::utf16le, "utf-16le"},     {text_encoding::utf16be, "utf-16be"},
    {text_encoding::utf8, "utf8"},            {text_encoding::gb18030, "gbk"},
    {text_encoding::gb18030, "gb2312"},       {text_encoding::big5, "cp950"}};

std::optional<text_encoding> parse_encoding(std::string_view n) noexcept {
  for (const auto& [e, name] : encoding_names)
    if (equals_ci(n, name)) return e;
  return std::nullopt;
}

std::string_view to_string(text_encoding e) noexcept { return detail::name_of(encoding_names, e, "utf-8"); }

text_encoding detect_encoding(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return text_encoding::utf8;
  if (bytes.starts_with("\xFF\xFE")) return text_encoding::utf16le;
  if (bytes.starts_with("\xFE\xFF")) return text_encoding::utf16be;
  if (!find_invalid_utf8(bytes)) return text_encoding::utf8;
  // UTF-8 with a few bad bytes (a broken scrape) is still UTF-8: most of its non-ASCII
  // bytes form valid sequences, which GB18030 or Big5 text almost never does.
  {
    const std::string_view sample = bytes.substr(0, std::min<std::size_t>(bytes.size(), 64 * 1024));
    std::size_t valid = 0, invalid = 0;
    for (std::size_t i = 0; i < sample.size();) {
      const auto b = static_cast<unsigned char>(sample[i]);
      if (b < 0x80) { ++i; continue; }
      const std::size_t len = detail::utf8_length(b);
      if (len > 1 && i + len <= sample.size() && !find_invalid_utf8(sample.substr(i, len))) {
        valid += len;
        i += len;
      } else {
        ++invalid;
        ++i;
      }
    }
    if (valid > 0 && invalid * 4 <= valid) return text_encoding::utf8;
  }
  // UTF-16 without a mark: zero bytes in every other position of a sample.
  const std::size_t sample = std::min<std::size_t>(bytes.size() & ~std::size_t{1}, 4096);
  std::size_t zero_even = 0, zero_odd = 0;
  for (std::size_t i = 0; i < sample; ++i)
    if (bytes[i] == 0) ++(i % 2 ? zero_odd : zero_even);
  if (sample >= 8 && zero_odd > sample / 8 && zero_even == 0) return text_encoding::utf16le;
  if (sample >= 8 && zero_even > sample / 8 && zero_odd == 0) return text_encoding::utf16be;
  // GB18030 or Big5: decode a sample both ways; the one that fails or reads as rare
  // characters loses.
  const std::string_view head = bytes.substr(0, std::min<std::size_t>(bytes.size(), 64 * 1024));
  double gb = -1, big5 = -1;
  try { gb = common_share(decode(head, text_encoding::gb18030, invalid_bytes::replace).utf8()); } catch (...) {}
  try { big5 = common_share(decode(head, text_encoding::big5, invalid_bytes::replace).utf8()); } catch (...) {}
  return big5 > gb ? text_encoding::big5 : text_encoding::gb18030;
}

decoded_text decode(std::string_view bytes, text_encoding encoding, invalid_bytes on_invalid) {
  decoded_text out;
  out.encoding_ = encoding;
  std::size_t start = 0;
  if (encoding == text_encoding::utf8 && bytes.starts_with("\xEF\xBB\xBF")) start = 3;
  if (encoding == text_encoding::utf16le && bytes.starts_with("\xFF\xFE")) start = 2;
  if (encoding == text_encoding::utf16be && bytes.starts_with("\xFE\xFF")) start = 2;

  if (encoding == text_encoding::utf8) {
    std::string_view body = bytes.substr(start);
    if (auto bad = find_invalid_utf8(body)) {
      if (on_invalid == invalid_bytes::error)
        throw decode_error(start + *bad, fmt::format("invalid UTF-8 at byte offset {}", start + *bad));
      // Replace each bad byte, keeping the map.
      for (std::size_t i = 0; i < body.size();) {
        auto rest = find_invalid_utf8(body.substr(i));
        std::size_t good = rest ? *rest : body.size() - i;
        for (std::size_t k = 0; k < good; ++k) {
          out.utf8_ += body[i + k];
          out.origin_.push_back(static_cast<std::uint32_t>(start + i + k));
        }
        i += good;
        if (i < body.size()) {
          if (!out.first_replaced_) out.first_replaced_ = start + i;
          ++out.replaced_;
          detail::append_utf8(out.utf8_, 0xFFFD);
          out.origin_.insert(out.origin_.end(), 3, static_cast<std::uint32_t>(start + i));
          ++i;
        }
      }
      out.origin_.push_back(static_cast<std::uint32_t>(bytes.size()));
      return out;
    }
    out.utf8_.assign(body);
    if (start) {
      out.origin_.resize(out.utf8_.size() + 1);
      for (std::size_t i = 0; i <= out.utf8_.size(); ++i) out.origin_[i] = static_cast<std::uint32_t>(i + start);
    }
    return out;
  }

  iconv_handle cd(encoding);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  out.utf8_.reserve(bytes.size() * 3 / 2);
  out.origin_.reserve(bytes.size() * 3 / 2 + 1);
  for (std::size_t i = start; i < bytes.size();) {
    const std::size_t left = bytes.size() - i;
    // ASCII is itself in every encoding here but UTF-16.
    if (p[i] < 0x80 && encoding != text_encoding::utf16le && encoding != text_encoding::utf16be) {
      out.utf8_ += static_cast<char>(p[i]);
      out.origin_.push_back(static_cast<std::uint32_t>(i));
      ++i;
      continue;
    }
    std::size_t n = char_length(encoding, p + i, left);
    const std::size_t before = out.utf8_.size();
    if (n == 0 || !cd.convert(p + i, n, out.utf8_)) {
      if (on_invalid == invalid_bytes::error)
        throw decode_error(i, fmt::format("invalid {} at byte offset {}", to_string(encoding), i));
      if (!out.first_replaced_) out.first_replaced_ = i;
      ++out.replaced_;
      out.utf8_.resize(before);
      detail::append_utf8(out.utf8_, 0xFFFD);
      n = 1;
    }
    out.origin_.insert(out.origin_.end(), out.utf8_.size() - before, static_cast<std::uint32_t>(i));
    i += n;
  }
  out.origin_.push_back(static_cast<std::uint32_t>(bytes.size()));
  return out;
}

std::size_t decoded_text::original_offset(std::size_t utf8_offset) const noexcept {
  if (origin_.empty()) return utf8_offset;
  return origin_[std::min(utf8_offset, origin_.size() - 1)];
}

}  // namespace econclaims
