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

#include <string>
#include <string_view>
#include <vector>

#include "econclaims/claim.hpp"
#include "econclaims/diagnostic.hpp"

namespace econclaims {

struct extract_options {
  std::string doc;        ///< document name written into every claim
  /// The document (publication) date, "YYYY", "YYYY-MM" or "YYYY-MM-DD". Relative
  /// periods (今年, 去年, 截至目前) resolve against it. Empty: the extractor infers it
  /// from a dateline or the latest year the text names, and marks the claims.
  std::string doc_date;
  bool explain = false;   ///< also list the numbers seen but not turned into claims
};

/// A number the extractor saw and did not turn into a claim, with the reason.
struct skipped_number {
  std::string quote;
  byte_span span;
  std::string reason;
};

struct extraction_result {
  std::vector<claim> claims;
  std::vector<skipped_number> skipped;   ///< filled when options.explain is set
  std::vector<diagnostic> diagnostics;
  /// True when the input could be read; claims may still be empty.
  bool ok() const noexcept { return diagnostics.empty(); }
};

/// Extract the claims of one document given as UTF-8 bytes.
extraction_result extract(std::string_view utf8, const extract_options& options = {});

}  // namespace econclaims
