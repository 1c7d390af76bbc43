// File: encoding.hpp
// Text in other encodings: detection and decoding to UTF-8 with a map back to the
// original bytes, so claims found in the decoded text still point at the file's bytes.
//
//   auto enc = econclaims::detect_encoding(bytes);               // gb18030, big5, utf-16 …
//   auto text = econclaims::decode(bytes, enc, econclaims::invalid_bytes::error);
//   std::size_t at = text.original_offset(utf8_offset);
//
// Supported: UTF-8, GB18030 (a superset of GBK and GB2312), Big5 (Microsoft code page
// 950), Big5-HKSCS, UTF-16 LE and BE. Decoding uses the C library's iconv.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace econclaims {

enum class text_encoding { utf8, gb18030, big5, big5_hkscs, utf16le, utf16be };

/// What to do with bytes that are not valid in the encoding.
enum class invalid_bytes {
  error,    ///< stop with a decode_error naming the byte offset (the default)
  replace,  ///< decode each bad byte as U+FFFD and count it
};

/// "utf-8", "gb18030" (also "gbk", "gb2312"), "big5" (also "cp950"), "big5-hkscs",
/// "utf-16le", "utf-16be"; case-insensitive. nullopt for any other name.
std::optional<text_encoding> parse_encoding(std::string_view name) noexcept;
std::string_view to_string(text_encoding) noexcept;

/// The most likely encoding of `bytes`: a byte order mark decides; valid UTF-8 is UTF-8;
/// UTF-16 shows as zero bytes in every other position; between GB18030 and Big5 the one
/// that decodes the bytes into common Chinese characters wins.
text_encoding detect_encoding(std::string_view bytes);

/// Thrown on invalid input under invalid_bytes::error.
class decode_error : public std::runtime_error {
 public:
  decode_error(std::size_t offset, const std::string& what) : std::runtime_error(what), offset_(offset) {}
  /// Byte offset of the first invalid byte in the input.
  std::size_t offset() const noexcept { return offset_; }

 private:
  std::size_t offset_;
};

class decoded_text {
 public:
  const std::string& utf8() const noexcept { return utf8_; }
  text_encoding encoding() const noexcept { return encoding_; }
  /// Bytes replaced by U+FFFD under invalid_bytes::replace.
  std::size_t replaced() const noexcept { return replaced_; }
  /// Offset of the first replaced byte, if any.
  std::optional<std::size_t> first_replaced() const noexcept { return first_replaced_; }
  /// The original byte offset of a byte offset in utf8() (a code point boundary, or
  /// utf8().size() for the end).
  std::size_t original_offset(std::size_t utf8_offset) const noexcept;

 private:
  friend decoded_text decode(std::string_view, text_encoding, invalid_bytes);
  std::string utf8_;
  text_encoding encoding_ = text_encoding::utf8;
  std::vector<std::uint32_t> origin_;  // per byte of utf8_ (+1): its original offset; empty = identity
  std::size_t replaced_ = 0;
  std::optional<std::size_t> first_replaced_;
};

/// Decode `bytes` (a byte order mark is skipped; offsets still count it). For UTF-8
/// input the text is validated and copied, and offsets are the identity.
decoded_text decode(std::string_view bytes, text_encoding encoding, invalid_bytes on_invalid = invalid_bytes::error);

}  // namespace econclaims
