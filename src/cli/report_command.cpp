// econclaims report FILE... -o report.html
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "commands.hpp"
#include "input.hpp"
#include "econclaims/claims_io.hpp"
#include "econclaims/report.hpp"

namespace econclaims::cli {
namespace {

constexpr std::string_view report_usage = R"(usage: econclaims report [OPTIONS] FILE... -o REPORT.html

Writes one self-contained HTML page: each text with its claims highlighted (hover or
click for the parsed fields) and the numbers not taken marked, a chart of every series
the claims form with each point linked to its sentence, and the consistency check.

options:
  -o, --output FILE  the HTML file to write ('-' or none: standard output)
  --docs FILE        document dates, JSON Lines {"doc": NAME, "date": YYYY[-MM[-DD]]}
  --date DATE        the document date for every input (YYYY, YYYY-MM or YYYY-MM-DD)
  --title TEXT       the page's title
  --no-computed      do not draw growth computed from the levels
Claims are numbered from 0 in the order `econclaims extract` prints them for the same
files and options; data-claim="N" in the page is line N+1 of that output.
Exit status: 0 success, 1 usage error, 2 unreadable or invalid input (the page is still
written for the files that could be read).
)";

}  // namespace

int run_report(args_t args) {
  std::vector<std::string> files;
  std::string output, docs_file, date;
  report_options ro;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string_view a = args[i];
    auto value = [&](std::string& dst) {
      if (i + 1 >= args.size()) {
        fmt::print(stderr, "econclaims report: {} needs a value\n", a);
        return false;
      }
      dst = std::string(args[++i]);
      return true;
    };
    if (a == "--help" || a == "-h") {
      fmt::print("{}", report_usage);
      return 0;
    } else if (a == "-o" || a == "--output") {
      if (!value(output)) return 1;
    } else if (a == "--docs") {
      if (!value(docs_file)) return 1;
    } else if (a == "--date") {
      if (!value(date)) return 1;
    } else if (a == "--title") {
      if (!value(ro.title)) return 1;
    } else if (a == "--no-computed") {
      ro.computed_growth = false;
    } else if (a.size() > 1 && a[0] == '-') {
      fmt::print(stderr, "econclaims report: unknown option '{}'\n{}", a, report_usage);
      return 1;
    } else {
      files.emplace_back(a);
    }
  }
  if (files.empty()) {
    fmt::print(stderr, "econclaims report: no input files\n{}", report_usage);
    return 1;
  }
  std::map<std::string, std::string> doc_dates;
  if (!docs_file.empty()) {
    auto loaded = load_doc_dates(docs_file, "report");
    if (!loaded) return 2;
    doc_dates = std::move(*loaded);
  }

  // The same names and dates as `econclaims extract`, so the claims and their order match.
  int status = 0;
  std::vector<report_document> docs;
  std::size_t claims = 0;
  for (const auto& path : files) {
    std::string content;
    if (!read_file(path, content)) {
      fmt::print(stderr, "econclaims report: {}: cannot read file\n", path);
      status = 2;
      continue;
    }
    std::string name = std::filesystem::path(path).filename().string();
    extract_options opts;
    if (auto it = doc_dates.find(name); it != doc_dates.end()) opts.doc_date = it->second;
    else opts.doc_date = date;
    docs.push_back(make_report_document(std::move(name), std::move(content), opts));
    const auto& r = docs.back().result;
    for (const auto& d : r.diagnostics) fmt::print(stderr, "econclaims report: {}\n", d.message);
    if (!r.ok()) status = 2;
    claims += r.claims.size();
  }

  const std::string html = render_report(docs, ro);
  if (output.empty() || output == "-") {
    std::fwrite(html.data(), 1, html.size(), stdout);
    std::fflush(stdout);
  } else {
    std::ofstream out(output, std::ios::binary | std::ios::trunc);
    out.write(html.data(), static_cast<std::streamsize>(html.size()));
    out.close();
    if (!out) {
      fmt::print(stderr, "econclaims report: cannot write {}\n", output);
      return 2;
    }
    fmt::print(stderr, "econclaims report: {} documents, {} claims -> {}\n", docs.size(), claims, output);
  }
  return status;
}

}  // namespace econclaims::cli
