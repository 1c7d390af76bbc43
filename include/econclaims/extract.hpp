// File: extract.hpp
// The extractor: bytes of one document in, claims out.
//
//   auto result = econclaims::extract(text, {.doc = "report.txt", .doc_date = "2019-01"});
//   for (const auto& c : result.claims) …
//
// Text flows one way: bytes → normalized text (text.hpp) → quantity tokens → claims.
// Text without claims is the normal case; bad input (invalid UTF-8) is reported in
// `diagnostics`, never thrown.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "econclaims/claim.hpp"
#include "econclaims/diagnostic.hpp"
#include "econclaims/encoding.hpp"

namespace econclaims {

struct extract_options {
  std::string doc;        ///< document name written into every claim
  /// The document (publication) date, "YYYY", "YYYY-MM" or "YYYY-MM-DD". Relative
  /// periods (今年, 去年, 截至目前) resolve against it. Empty: the extractor infers it
  /// from a dateline or the latest year the text names, and marks the claims.
  std::string doc_date;
  bool explain = false;   ///< also list the numbers seen but not turned into claims
  /// The input's encoding; unset: detected (UTF-8, GB18030, Big5, UTF-16). Offsets in
  /// claims always count the input's own bytes.
  std::optional<text_encoding> encoding;
  /// Invalid bytes: a diagnostic naming the offset (default), or U+FFFD and a warning.
  invalid_bytes on_invalid = invalid_bytes::error;
  /// Set with doc_date when that date was itself inferred (claims say so).
  bool doc_date_inferred = false;
  /// Input longer than this is extracted block by block, cut at a paragraph, else a
  /// sentence, else a clause end (see block_end), so memory stays bounded; the cut
  /// depends only on the bytes, so streaming a file gives the same claims.
  std::size_t block_size = std::size_t{1} << 20;
};


struct extraction_result {
  std::vector<claim> claims;
  std::vector<skipped_number> skipped;   ///< filled when options.explain is set
  std::vector<diagnostic> diagnostics;
  std::vector<diagnostic> warnings;      ///< e.g. invalid bytes replaced
  /// True when the input could be read; claims may still be empty.
  bool ok() const noexcept { return diagnostics.empty(); }
};

/// Extract the claims of one document given as bytes (UTF-8 unless options say or
/// detection finds otherwise).
extraction_result extract(std::string_view bytes, const extract_options& options = {});

/// Where the block that starts at the beginning of `window` ends (an offset in it):
/// after its last line break; else after its last sentence end (。！？); else after its
/// last clause break (，；); else at its last character boundary that does not split a
/// number. `window` holds at most `block_size` bytes of the input from the block's start;
/// `at_end` says whether the input ends with it (then the block is all of it).
std::size_t block_end(std::string_view window, text_encoding encoding, bool at_end);

/// The document date extract() infers from a document's first block (a dateline, else
/// the latest year named), as "YYYY", "YYYY-MM-DD"; empty when there is none.
std::string infer_document_date(std::string_view first_block, text_encoding encoding);

}  // namespace econclaims
