// econclaims extract FILE... | -
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "commands.hpp"
#include "econclaims/claims_io.hpp"
#include "econclaims/corpus.hpp"
#include "econclaims/extract.hpp"

namespace econclaims::cli {
namespace {

constexpr std::string_view extract_usage = R"(usage: econclaims extract [OPTIONS] FILE... | -

Writes the numeric claims of each UTF-8 text as JSON Lines (one claim a line).

options:
  --docs FILE        document dates, JSON Lines {"doc": NAME, "date": YYYY[-MM[-DD]]}
  --date DATE        the document date for every input (YYYY, YYYY-MM or YYYY-MM-DD)
  --format json|csv  output format (default json)
  --explain          list on stderr every number not turned into a claim, with the reason
  --quiet            no summary on stderr
  --jobs N           documents extracted at once (default: one per core); the output
                     is in input order whatever N is
Without --docs or --date the date comes from a dateline in the text, else the latest
year it names, and claims carry "doc_date_inferred": true.
Exit status: 0 success, 1 usage error, 2 unreadable or invalid input.
)";

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return false;
  out = std::move(ss).str();
  return true;
}

}  // namespace

int run_extract(args_t args) {
  std::vector<std::string> files;
  std::string docs_file, date, format = "json";
  bool explain = false, quiet = false;
  unsigned jobs = 0;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view a = args[i];
    auto value = [&](std::string& dst) {
      if (i + 1 >= args.size()) {
        fmt::print(stderr, "econclaims extract: {} needs a value\n", a);
        return false;
      }
      dst = std::string(args[++i]);
      return true;
    };
    if (a == "--help" || a == "-h") { fmt::print("{}", extract_usage); return 0; }
    else if (a == "--docs") { if (!value(docs_file)) return 1; }
    else if (a == "--date") { if (!value(date)) return 1; }
    else if (a == "--format") { if (!value(format)) return 1; }
    else if (a == "--jobs") {
      std::string n;
      if (!value(n)) return 1;
      char* end = nullptr;
      const long v = std::strtol(n.c_str(), &end, 10);
      if (n.empty() || *end != '\0' || v < 1 || v > 1024) {
        fmt::print(stderr, "econclaims extract: --jobs must be a number from 1 to 1024, not '{}'\n", n);
        return 1;
      }
      jobs = static_cast<unsigned>(v);
    }
    else if (a == "--explain") explain = true;
    else if (a == "--quiet") quiet = true;
    else if (a.size() > 1 && a[0] == '-' && a != "-") {
      fmt::print(stderr, "econclaims extract: unknown option '{}'\n{}", a, extract_usage);
      return 1;
    } else files.emplace_back(a);
  }
  if (files.empty()) {
    fmt::print(stderr, "{}", extract_usage);
    return 1;
  }
  if (format != "json" && format != "csv") {
    fmt::print(stderr, "econclaims extract: --format must be json or csv, not '{}'\n", format);
    return 1;
  }
  std::map<std::string, std::string> doc_dates;
  if (!docs_file.empty()) {
    std::string content;
    if (!read_file(docs_file, content)) {
      fmt::print(stderr, "econclaims extract: cannot read docs file {}\n", docs_file);
      return 2;
    }
    try {
      doc_dates = read_doc_dates(content, docs_file);
    } catch (const format_error& e) {
      fmt::print(stderr, "econclaims extract: {}\n", e.what());
      return 2;
    }
  }

  const bool progress = !quiet && isatty(fileno(stderr));
  const auto started = std::chrono::steady_clock::now();
  std::size_t bytes_done = 0, files_done = 0;
  std::map<std::string, std::size_t> by_kind;
  std::size_t total_claims = 0;
  int status = 0;
  std::string out;
  if (format == "csv") {
    out += csv_header();
    out += '\n';
  }
  // Files are read, extracted and written in input order; with several jobs the
  // extraction runs ahead on other threads, a bounded number of documents at a time.
  std::vector<char> readable;  // per document index: could its file be read?
  std::size_t next_file = 0;
  auto source = [&](owned_document& doc) {
    if (next_file == files.size()) return false;
    const std::string& path = files[next_file++];
    doc.text.clear();
    std::string name;
    bool ok = true;
    if (path == "-") {
      doc.text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
      name = "-";
    } else {
      ok = read_file(path, doc.text);
      if (!ok) doc.text.clear();  // nothing to extract; the sink reports it
      name = std::filesystem::path(path).filename().string();
    }
    readable.push_back(ok);
    doc.options = extract_options{};
    doc.options.doc = name;
    doc.options.explain = explain;
    if (auto it = doc_dates.find(name); it != doc_dates.end()) doc.options.doc_date = it->second;
    else doc.options.doc_date = date;
    return true;
  };
  auto sink = [&](std::size_t index, const owned_document& doc, extraction_result&& result) {
    const std::string& name = doc.options.doc;
    if (!readable[index]) {
      fmt::print(stderr, "econclaims extract: {}: cannot read file\n", files[index]);
      status = 2;
      return;
    }
    if (!result.ok()) {
      for (const auto& d : result.diagnostics) fmt::print(stderr, "econclaims extract: {}\n", d.message);
      status = 2;
      return;
    }
    for (const auto& c : result.claims) {
      if (format == "csv") append_csv(out, c);
      else append_json(out, c);
      out += '\n';
      ++by_kind[std::string(to_string(c.kind))];
    }
    total_claims += result.claims.size();
    if (explain) {
      std::string ex;
      for (const auto& s : result.skipped) {
        append_json(ex, name, s);
        ex += '\n';
      }
      std::fwrite(ex.data(), 1, ex.size(), stderr);
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    out.clear();
    bytes_done += doc.text.size();
    ++files_done;
    if (progress) {
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      fmt::print(stderr, "\r{} of {} files, {:.1f} MB/s", files_done, files.size(),
                 secs > 0 ? bytes_done / 1e6 / secs : 0.0);
    }
  };
  corpus_options copts;
  copts.jobs = jobs;
  extract_stream(source, sink, copts);
  std::fflush(stdout);
  if (progress) fmt::print(stderr, "\n");
  if (!quiet) {
    std::string kinds;
    for (const auto& [k, n] : by_kind) kinds += fmt::format(" {} {}", k, n);
    fmt::print(stderr, "econclaims extract: {} documents, {} claims{}{}\n", files_done, total_claims,
               kinds.empty() ? "" : ":", kinds);
  }
  return status;
}

}  // namespace econclaims::cli
