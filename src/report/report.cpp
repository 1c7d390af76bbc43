// The HTML report: each document's text with its claims and the numbers not taken
// marked in place, the series charts, and the consistency check.
//
// Text is written from the original bytes, cut at the claims' byte spans, so what is
// highlighted is exactly what `extract` points at. Spans are aligned outwards to UTF-8
// character boundaries first, so a span that ends inside a character can never split it.
#include "econclaims/report.hpp"
#include "econclaims/text.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "econclaims/claims_io.hpp"
#include "econclaims/series.hpp"
#include "report_detail.hpp"

namespace econclaims {
namespace {

using detail::report::format_value;
using detail::report::source_index;

bool continuation(std::string_view s, std::size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

// The UTF-8 encodings of the few non-ASCII characters the page itself writes. Written as
// escapes: Chinese literals live only in the grammar's lexicon.
constexpr std::string_view full_stop = "\xE3\x80\x82";        // U+3002 ideographic full stop
constexpr std::string_view fw_exclamation = "\xEF\xBC\x81";   // U+FF01
constexpr std::string_view fw_question = "\xEF\xBC\x9F";      // U+FF1F
constexpr std::string_view ideographic_space = "\xE3\x80\x80";  // U+3000
// Closing marks that belong to the sentence they follow: ” 」 』 ） 》.
constexpr std::string_view closers[] = {"\xE2\x80\x9D", "\xE3\x80\x8D", "\xE3\x80\x8F", "\xEF\xBC\x89",
                                        "\xE3\x80\x8B", "\"", ")", "'"};

bool starts_with_at(std::string_view s, std::size_t i, std::string_view w) { return s.substr(i, w.size()) == w; }

std::size_t space_at(std::string_view s, std::size_t i) {
  const char c = s[i];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
  if (starts_with_at(s, i, ideographic_space)) return ideographic_space.size();
  return 0;
}

struct range {
  std::size_t begin, end;
};

// Sentences: from the first non-space character to a terminator (。！？!?) and the
// closing quotes or brackets after it, or to the end of the line. Whitespace between
// sentences belongs to none.
std::vector<range> split_sentences(std::string_view s) {
  std::vector<range> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && space_at(s, i)) i += space_at(s, i);
    if (i >= s.size()) break;
    const std::size_t begin = i;
    std::size_t end = s.size();
    while (i < s.size()) {
      if (s[i] == '\n') {
        end = i;
        break;
      }
      std::size_t term = 0;
      for (auto t : {full_stop, fw_exclamation, fw_question, std::string_view("!"), std::string_view("?")})
        if (starts_with_at(s, i, t)) term = t.size();
      if (term) {
        i += term;
        for (bool more = true; more;) {
          more = false;
          for (auto c : closers)
            if (starts_with_at(s, i, c)) {
              i += c.size();
              more = true;
            }
        }
        end = i;
        break;
      }
      const std::size_t n = utf8_sequence_at(s, i);
      i += n ? n : 1;
    }
    if (i >= s.size()) end = std::min(end, s.size());
    // Trailing spaces (a line ending in blanks) stay outside the sentence.
    std::size_t e = end;
    while (e > begin && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
    out.push_back({begin, e});
    i = std::max(i, end);
  }
  return out;
}

// An element to wrap around a range of the text. Sentences are outermost, then claims,
// then numbers not taken.
struct element {
  std::size_t begin, end;
  int rank;          // 0 sentence, 1 claim, 2 number not taken
  std::string open;  // the start tag
  std::string_view close;
};

// Write `text` with the elements wrapped around their ranges. Elements are properly
// nested by construction: one that starts inside another and ends after it is cut at
// the outer one's end (it still gets its one element).
void write_nested(std::string& out, std::string_view text, std::vector<element> els) {
  std::stable_sort(els.begin(), els.end(), [](const element& a, const element& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.rank < b.rank;
  });
  std::vector<const element*> open;
  std::vector<std::size_t> open_end;
  std::size_t pos = 0;
  auto text_to = [&](std::size_t to) {
    if (to > pos) {
      out += html_escape(text.substr(pos, to - pos));
      pos = to;
    }
  };
  auto close_top = [&] {
    text_to(open_end.back());
    out += open.back()->close;
    open.pop_back();
    open_end.pop_back();
  };
  for (const auto& e : els) {
    while (!open.empty() && open_end.back() <= e.begin) close_top();
    std::size_t end = e.end;
    if (!open.empty() && end > open_end.back()) end = open_end.back();
    text_to(e.begin);
    out += e.open;
    open.push_back(&e);
    open_end.push_back(std::max(end, e.begin));
  }
  while (!open.empty()) close_top();
  text_to(text.size());
}

// The short description in a claim's title attribute (the script shows the full fields).
std::string claim_title(const claim& c) {
  std::string t = fmt::format("{} {}: {}", to_string(c.mode), to_string(c.kind), format_value(c.value, c.unit));
  if (c.value_hi) t += " to " + format_value(*c.value_hi, c.unit);
  if (c.qual != qualifier::exact) t += fmt::format(" ({})", to_string(c.qual));
  if (!c.period.empty()) t += " | period " + c.period;
  if (!c.basis.empty()) t += " | basis " + c.basis;
  if (!c.entity.empty()) t += " | " + c.entity;
  if (!c.indicator.empty()) t += " | " + c.indicator;
  return t;
}

// JSON inside <script>: "</script" or "<!--" in a string would end or confuse the
// element, so every '<' is written as \u003c, which JSON reads back as the same character.
void append_script_json(std::string& out, std::string_view json) {
  for (char ch : json) {
    if (ch == '<') out += "\\u003c";
    else out += ch;
  }
}

struct check_summary {
  std::size_t agree = 0, disagree = 0, not_checkable = 0;
};

}  // namespace

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    switch (c) {
      case '&': out += "&amp;"; ++i; continue;
      case '<': out += "&lt;"; ++i; continue;
      case '>': out += "&gt;"; ++i; continue;
      case '"': out += "&quot;"; ++i; continue;
      case '\'': out += "&#39;"; ++i; continue;
      case '\r': ++i; continue;  // CRLF files: the line feed alone breaks the line
      default: break;
    }
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\n' && c != '\t') || u == 0x7F) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const std::size_t n = utf8_sequence_at(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD for each byte that starts no well-formed sequence
      ++i;
      continue;
    }
    out.append(s.substr(i, n));
    i += n;
  }
  return out;
}

report_document make_report_document(std::string name, std::string text, extract_options options) {
  options.doc = name;
  options.explain = true;
  // The page shows UTF-8: a file in another encoding is decoded first (bad bytes as
  // U+FFFD), and the spans then index the decoded text the page shows.
  const text_encoding enc = options.encoding ? *options.encoding : detect_encoding(text);
  if (enc != text_encoding::utf8) {
    try {
      text = decode(text, enc, invalid_bytes::replace).utf8();
      options.encoding = text_encoding::utf8;
    } catch (const decode_error&) {
      // left as it is: extract reports the problem as a diagnostic
    }
  }
  report_document d;
  d.result = extract(text, options);
  d.name = std::move(name);
  d.text = std::move(text);
  return d;
}

namespace {

// What the page shows besides the texts: the claims numbered across documents, the
// store they form, the check's verdicts and the charts.
struct report_model {
  std::size_t total_claims = 0, total_skipped = 0;
  std::map<std::string, std::size_t> by_kind;
  source_index sources;
  store st;
  std::vector<std::string> store_errors;
  std::vector<check_result> checks;
  check_summary cs;
  std::map<std::size_t, verdict> verdict_of;  // claim index → verdict
  std::size_t points = 0, linked = 0;
  std::string charts;
};

report_model build_model(std::span<const report_document> docs, const report_options& options) {
  report_model m;
  auto& [total_claims, total_skipped, by_kind, sources, st, store_errors, checks, cs, verdict_of, points, linked,
         charts] = m;
  // Number the claims across documents, in extract's order, and build the store.
  for (const auto& d : docs) {
    for (const auto& c : d.result.claims) {
      sources.add(c, total_claims);
      ++by_kind[std::string(to_string(c.kind))];
      try {
        // The line number carries the claim's index back out of check results.
        st.add(c, d.name, total_claims + 1);
      } catch (const std::exception& e) {
        store_errors.push_back(fmt::format("claim {} ({}): {}", total_claims, c.quote, e.what()));
      }
      ++total_claims;
    }
    total_skipped += d.result.skipped.size();
  }

  try {
    checks = check(st);
  } catch (const std::exception& e) {
    store_errors.push_back(fmt::format("check: {}", e.what()));
  }
  for (const auto& r : checks) {
    if (r.result == verdict::agree) ++cs.agree;
    else if (r.result == verdict::disagree) ++cs.disagree;
    else ++cs.not_checkable;
    if (r.claim && r.claim->line > 0) verdict_of[r.claim->line - 1] = r.result;
  }

  try {
    charts = detail::report::render_charts(st, sources, options.computed_growth, points, linked);
  } catch (const std::exception& e) {
    store_errors.push_back(fmt::format("charts: {}", e.what()));
  }

  return m;
}

// The page's head and the header with the totals and the legend.
void write_header(std::string& out, std::size_t docs, const report_model& m, const report_options& options) {
  const std::string title = html_escape(options.title);
  out += "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  // Nothing may be fetched: scripts and styles are inline, images are data or inline SVG.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n";
  out += fmt::format("<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n", title,
                     detail::report::style_sheet);

  // Header: totals and the legend.
  out += fmt::format("<header class=\"top\"><h1>{}</h1><p class=\"totals\">", title);
  out += fmt::format("<b data-total-docs=\"{0}\">{0}</b> documents &middot; <b data-total-claims=\"{1}\">{1}</b> claims",
                     docs, m.total_claims);
  if (!m.by_kind.empty()) {
    std::string kinds;
    for (const auto& [k, n] : m.by_kind) kinds += fmt::format("{}{} {}", kinds.empty() ? "" : ", ", n, k);
    out += " (" + kinds + ")";
  }
  out += fmt::format(" &middot; {} numbers not taken &middot; {} chart points &middot; check: "
                     "<span class=\"v-agree\">{} agree</span>, <span class=\"v-disagree\">{} disagree</span>, "
                     "{} not checkable</p>\n",
                     m.total_skipped, m.points, m.cs.agree, m.cs.disagree, m.cs.not_checkable);
  out += "<p class=\"legend\"><span class=\"claim k-level\">level</span> <span class=\"claim k-growth\">growth</span> "
         "<span class=\"claim k-share\">share</span> <span class=\"claim k-multiple\">multiple</span> "
         "<span class=\"claim k-change\">change</span> <span class=\"claim k-level m-target\">target</span> "
         "<span class=\"skipped\">not taken</span> <span class=\"claim k-growth v-bad\">disagrees with levels</span>"
         " &mdash; hover or click a figure for its fields; click a chart point to find its sentence</p>\n";
  out += "</header>\n<main>\n<section class=\"pane docs\" id=\"documents\" aria-label=\"Documents\">\n";

}

// One document: its text with claims, numbers not taken and sentences marked.
void write_document(std::string& out, const report_document& d, std::size_t di, std::size_t& claim_no,
                    const std::map<std::size_t, verdict>& verdict_of) {
  const std::string_view text = d.text;
  std::string date;
  bool inferred = false;
  if (!d.result.claims.empty()) {
    date = d.result.claims.front().doc_date;
    inferred = d.result.claims.front().doc_date_inferred;
  }
  out += fmt::format("<article class=\"doc\" id=\"doc-{}\" data-doc=\"{}\">\n<h2>{}</h2>\n<p class=\"meta\">",
                     di, html_escape(d.name), html_escape(d.name));
  out += fmt::format("{} claims &middot; {} numbers not taken", d.result.claims.size(), d.result.skipped.size());
  if (!date.empty()) out += fmt::format(" &middot; dated {}{}", html_escape(date), inferred ? " (inferred)" : "");
  out += "</p>\n";
  for (const auto& diag : d.result.diagnostics)
    out += fmt::format("<p class=\"diag\">{}</p>\n", html_escape(diag.message));

  // Align a span outwards to character boundaries; nullopt when it is outside the text.
  auto align = [&](byte_span sp) -> std::optional<range> {
    if (sp.begin > sp.end || sp.end > text.size()) return std::nullopt;
    range r{sp.begin, sp.end};
    while (r.begin > 0 && continuation(text, r.begin)) --r.begin;
    while (r.end < text.size() && continuation(text, r.end)) ++r.end;
    return r;
  };

  std::vector<element> els;
  std::vector<std::string> unplaced;  // claims whose span is not in the text
  std::vector<range> marks;           // what must not be cut by a sentence boundary
  for (std::size_t k = 0; k < d.result.claims.size(); ++k, ++claim_no) {
    const claim& c = d.result.claims[k];
    std::string cls = fmt::format("claim k-{} m-{}", to_string(c.kind), to_string(c.mode));
    std::string extra;
    if (auto v = verdict_of.find(claim_no); v != verdict_of.end()) {
      extra = fmt::format(" data-verdict=\"{}\"", v->second == verdict::not_checkable ? "not_checkable"
                                                                                        : to_string(v->second));
      if (v->second == verdict::disagree) cls += " v-bad";
    }
    std::string open = fmt::format(
        "<mark class=\"{}\" id=\"claim-{}\" data-claim=\"{}\" data-kind=\"{}\" data-mode=\"{}\"{} tabindex=\"0\" "
        "title=\"{}\">",
        cls, claim_no, claim_no, to_string(c.kind), to_string(c.mode), extra, html_escape(claim_title(c)));
    if (auto r = align(c.span)) {
      els.push_back({r->begin, r->end, 1, std::move(open), "</mark>"});
      marks.push_back(*r);
    } else {
      unplaced.push_back(open + html_escape(c.quote) +
                         fmt::format("</mark> <span class=\"why\">bytes {}&ndash;{} are outside the text</span>",
                                     c.span.begin, c.span.end));
    }
  }
  for (const auto& s : d.result.skipped) {
    if (auto r = align(s.span)) {
      els.push_back({r->begin, r->end, 2,
                     fmt::format("<span class=\"skipped\" data-skipped=\"{0}\" title=\"not taken: {0}\">",
                                 html_escape(s.reason)),
                     "</span>"});
      marks.push_back(*r);
    }
  }
  // Sentences that a claim straddles are merged, so that every claim sits in one.
  std::vector<range> sents = split_sentences(text);
  for (const auto& m : marks) {
    auto first = std::find_if(sents.begin(), sents.end(), [&](const range& s) { return s.end > m.begin; });
    if (first == sents.end()) continue;
    auto last = first;
    while (std::next(last) != sents.end() && std::next(last)->begin < m.end) ++last;
    if (last != first) {
      first->end = last->end;
      sents.erase(std::next(first), std::next(last));
    }
  }
  for (std::size_t k = 0; k < sents.size(); ++k)
    els.push_back({sents[k].begin, sents[k].end, 0,
                   fmt::format("<span class=\"sent\" id=\"s-{}-{}\" data-sentence=\"{}.{}\">", di, k, di, k),
                   "</span>"});
  out += "<div class=\"text\">";
  write_nested(out, text, std::move(els));
  out += "</div>\n";
  if (!unplaced.empty()) {
    out += "<p class=\"diag\">Claims not located in the text:</p><ul class=\"unplaced\">";
    for (const auto& u : unplaced) out += "<li>" + u + "</li>";
    out += "</ul>\n";
  }
  out += "</article>\n";
}

// The consistency check: disagreements first, then agreements, then what could not be checked.
void write_check(std::string& out, const report_model& m) {
  const auto& checks = m.checks;
  const auto& cs = m.cs;
  out += "<h2 id=\"check\">Consistency check</h2>\n";
  out += fmt::format("<p class=\"meta\">Each reported growth, share, multiple and change recomputed from the "
                     "levels: {} agree, {} disagree, {} not checkable.</p>\n",
                     cs.agree, cs.disagree, cs.not_checkable);
  std::vector<const check_result*> rows;
  for (const auto& r : checks) rows.push_back(&r);
  auto order = [](verdict v) { return v == verdict::disagree ? 0 : v == verdict::agree ? 1 : 2; };
  std::stable_sort(rows.begin(), rows.end(),
                   [&](const check_result* a, const check_result* b) { return order(a->result) < order(b->result); });
  out += "<table class=\"check\"><thead><tr><th>Figure</th><th>Entity / indicator</th><th>Period</th>"
         "<th>Reported</th><th>Implied by levels</th><th>Verdict</th></tr></thead><tbody>\n";
  for (const check_result* r : rows) {
    const claim& c = r->claim->source;
    const std::size_t n = r->claim->line - 1;
    const std::string v = r->result == verdict::not_checkable ? "not_checkable" : std::string(to_string(r->result));
    out += fmt::format("<tr class=\"v-{}\" data-verdict=\"{}\" data-source-claim=\"{}\">", v, v, n);
    out += fmt::format("<td><a href=\"#claim-{}\" data-source-claim=\"{}\">{}</a><br><small>{}</small></td>", n, n,
                       html_escape(c.quote), html_escape(c.doc));
    out += fmt::format("<td>{}<br><small>{}</small></td>", html_escape(c.entity), html_escape(r->claim->indicator));
    out += fmt::format("<td>{}{}</td>", html_escape(c.period),
                       c.basis.empty() ? std::string() : "<br><small>vs " + html_escape(c.basis) + "</small>");
    out += fmt::format("<td>{}<br><small>{}</small></td>", html_escape(format_value(c.value, c.unit)),
                       html_escape(r->reported.to_string()));
    std::string implied = r->implied.empty()
                              ? std::string("&mdash;")
                              : html_escape(format_value(r->implied.mid(), c.unit, 4)) + "<br><small>" +
                                    html_escape(r->implied.to_string()) + "</small>";
    out += fmt::format("<td>{}</td>", implied);
    std::string verdict_cell = r->result == verdict::disagree ? "<b>&#9873; disagrees</b>"
                               : r->result == verdict::agree  ? "agrees"
                                                              : "not checkable";
    if (!r->note.empty()) verdict_cell += "<br><small>" + html_escape(r->note) + "</small>";
    out += fmt::format("<td>{}</td></tr>\n", verdict_cell);
  }
  if (rows.empty()) out += "<tr><td colspan=\"6\">No growth, share, multiple or change claims to check.</td></tr>\n";
  out += "</tbody></table>\n</section>\n</main>\n";

}

// The claims' fields for the info box, as the exchange format writes them, and the script.
void write_claims_data(std::string& out, std::span<const report_document> docs) {
  out += "<div id=\"ec-info\" role=\"dialog\" hidden></div>\n<script type=\"application/json\" id=\"ec-claims\">[";
  bool first = true;
  for (const auto& d : docs)
    for (const auto& c : d.result.claims) {
      std::string j;
      append_json(j, c);
      if (!first) out += ",\n";
      first = false;
      append_script_json(out, j);
    }
  out += fmt::format("]</script>\n<script>{}</script>\n</body>\n</html>\n", detail::report::script);
}

}  // namespace

std::string render_report(std::span<const report_document> docs, const report_options& options) {
  const report_model m = build_model(docs, options);
  std::string out;
  out.reserve(4096 + docs.size() * 8192);
  write_header(out, docs.size(), m, options);

  // Documents.
  std::size_t claim_no = 0;
  for (std::size_t di = 0; di < docs.size(); ++di) write_document(out, docs[di], di, claim_no, m.verdict_of);
  out += "</section>\n<section class=\"pane side\" aria-label=\"Series and check\">\n";

  // Series.
  out += fmt::format("<h2 id=\"series\">Series</h2>\n<p class=\"meta\">{} points drawn, {} linked to their "
                     "sentence. Filled: actual; hollow: target; small squares: year-over-year growth computed "
                     "from the levels.</p>\n",
                     m.points, m.linked);
  for (const auto& e : m.store_errors) out += fmt::format("<p class=\"diag\">{}</p>\n", html_escape(e));
  out += "<div class=\"charts\">\n" + m.charts + "</div>\n";

  write_check(out, m);
  write_claims_data(out, docs);
  return out;
}

}  // namespace econclaims
