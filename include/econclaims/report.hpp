// File: report.hpp
// The HTML report: documents with their claims highlighted in the text, the series the
// claims form drawn as charts, and the consistency check, in one self-contained HTML
// file (inline CSS, JavaScript and SVG; nothing is loaded from the network).
//
//   std::vector<econclaims::report_document> docs;
//   docs.push_back(econclaims::make_report_document("a.txt", bytes, {.doc_date = "2024-01"}));
//   std::string html = econclaims::render_report(docs);
//
// What a tool can rely on in the page:
// - every claim is exactly one element with `data-claim="N"`, N its 0-based index in the
//   order `extract` gives the claims, document after document (so the line number of
//   the claim in `econclaims extract` output for the same files is N + 1); no other
//   element carries `data-claim`. Its kind is in `data-kind`, its modality in
//   `data-mode`, and `id="claim-N"`;
// - every number seen but not taken is one element with `data-skipped="REASON"`;
// - every sentence is an element with `data-sentence`; the sentence of the last chart
//   point or table row followed gets the class `marked`;
// - every chart point is an element with `data-point` and `data-source-claim="N"`, the
//   claim its value was taken from (for a computed growth, the claim of the later level);
// - every row of the check table has `data-verdict` and `data-source-claim`.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "econclaims/extract.hpp"

namespace econclaims {

/// One document of a report: its name, its original bytes and what `extract` made of them.
struct report_document {
  std::string name;           ///< document name, as in claim.doc
  std::string text;           ///< the original file's bytes (spans index into these)
  extraction_result result;   ///< claims, numbers not taken (explain) and diagnostics
};

/// Run `extract` on the bytes with `options.explain` forced on, so that the numbers not
/// taken can be shown; `options.doc` is set to `name`.
report_document make_report_document(std::string name, std::string text, extract_options options = {});

struct report_options {
  std::string title = "econclaims report";  ///< the page's title and heading
  /// Draw the year-over-year growth computed from each level series beside the growth
  /// the texts report.
  bool computed_growth = true;
};

/// The report as one HTML document (UTF-8). Never throws for bad spans or invalid UTF-8
/// in a text: out-of-range spans are listed under their document, invalid bytes show as
/// U+FFFD.
std::string render_report(std::span<const report_document> docs, const report_options& options = {});

/// `s` with &, <, >, " and ' replaced by character references and every byte that is not
/// part of a well-formed UTF-8 sequence (and every control character but tab and line
/// feed) replaced by U+FFFD, so the result is safe in element content and quoted
/// attribute values.
std::string html_escape(std::string_view s);

}  // namespace econclaims
