// econclaims extract FILE... | DIRECTORY... | -
//
// Files are read in blocks (extract_options::block_size, cut by block_end), so a file of
// any size, or one endless line, is processed in bounded memory; the cuts are the ones
// extract() makes on the whole file in memory, so the claims are the same.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "commands.hpp"
#include "input.hpp"
#include "econclaims/claims_io.hpp"
#include "econclaims/corpus.hpp"
#include "econclaims/extract.hpp"

namespace econclaims::cli {
namespace {

struct extract_args {
  std::vector<std::string> inputs;
  std::string docs_file, date, format = "json", encoding = "auto", on_invalid = "error";
  bool explain = false, quiet = false;
  unsigned jobs = 0;
};

// What a diagnostic's reader can do about it on the command line.
std::string_view remedy(errc code) {
  switch (code) {
    case errc::invalid_utf8:
    case errc::invalid_bytes:
      return " (name the encoding with --encoding, or read bad bytes as U+FFFD with --on-invalid replace)";
    default:
      return "";
  }
}

int run_extract(const extract_args& a) {
  document_read_options read;
  read.defaults.explain = a.explain;
  read.defaults.doc_date = a.date;
  if (a.encoding != "auto") read.defaults.encoding = parse_encoding(a.encoding);
  read.defaults.on_invalid = a.on_invalid == "replace" ? invalid_bytes::replace : invalid_bytes::error;
  if (!a.docs_file.empty()) {
    auto loaded = load_doc_dates(a.docs_file, "extract");
    if (!loaded) return 2;
    read.dates = std::move(*loaded);
  }
  const auto found = input_files(a.inputs, "extract");
  if (!found) return 2;
  const std::vector<std::string>& files = *found;
  const bool quiet = a.quiet, explain = a.explain;
  const std::string& format = a.format;
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
  // Blocks are read, extracted and written in input order; with several jobs the
  // extraction runs ahead on other threads, a bounded number of blocks at a time.
  document_reader reader(files, std::move(read));
  std::vector<document_block> blocks;        // per block index
  std::vector<char> failed(files.size(), 0);  // a file that reported an error
  auto source = [&](owned_document& doc) {
    document_block info;
    if (!reader.next(doc, info)) return false;
    blocks.push_back(info);
    return true;
  };
  auto sink = [&](std::size_t index, const owned_document& doc, extraction_result&& result) {
    const auto& info = blocks[index];
    const std::string& name = doc.options.doc;
    if (!info.readable) {
      fmt::print(stderr, "econclaims extract: {}: cannot read file\n", files[info.file]);
      status = 2;
      return;
    }
    if (failed[info.file]) return;  // the file stopped at an earlier block
    const auto shift = [&](byte_span& s) { s = {s.begin + doc.base_offset, s.end + doc.base_offset}; };
    for (auto d : result.warnings) fmt::print(stderr, "econclaims extract: warning: {}\n", d.message);
    if (!result.ok()) {
      for (const auto& d : result.diagnostics) {
        // The message counts bytes from the block; the file's offset is what a user needs.
        std::string message = d.message + std::string(remedy(d.code));
        if (doc.base_offset > 0)
          message += fmt::format(" (in the block at byte offset {}; file offset {})", doc.base_offset,
                                 doc.base_offset + d.where.begin);
        fmt::print(stderr, "econclaims extract: {}\n", message);
      }
      failed[info.file] = 1;
      status = 2;
      return;
    }
    for (auto& c : result.claims) {
      shift(c.span);
      if (format == "csv") append_csv(out, c);
      else append_json(out, c);
      out += '\n';
      ++by_kind[std::string(to_string(c.kind))];
    }
    total_claims += result.claims.size();
    if (explain) {
      std::string ex;
      for (auto& s : result.skipped) {
        shift(s.span);
        append_json(ex, name, s);
        ex += '\n';
      }
      std::fwrite(ex.data(), 1, ex.size(), stderr);
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    out.clear();
    bytes_done += doc.text.size();
    if (info.last) ++files_done;
    if (progress) {
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      fmt::print(stderr, "\r{} of {} files, {:.1f} MB/s", files_done, files.size(),
                 secs > 0 ? bytes_done / 1e6 / secs : 0.0);
    }
  };
  corpus_options copts;
  copts.jobs = a.jobs;
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

}  // namespace

void add_extract(CLI::App& app, int& status) {
  auto args = std::make_shared<extract_args>();
  CLI::App* cmd = app.add_subcommand("extract", "numeric claims of Chinese texts, as JSON Lines (or --format csv)");
  cmd->footer("Without --docs or --date the date comes from a dateline in the text, else the latest\n"
              "year it names, and claims carry \"doc_date_inferred\": true.\n"
              "Exit status: 0 success, 1 usage error, 2 unreadable or invalid input.");
  cmd->add_option("inputs", args->inputs, "text files, directories (their .txt files, recursively) or - for stdin")
      ->required();
  cmd->add_option("--docs", args->docs_file, "document dates, JSON Lines {\"doc\": NAME, \"date\": YYYY[-MM[-DD]]}");
  cmd->add_option("--date", args->date, "the document date for every input (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--encoding", args->encoding,
                  "utf-8, gb18030 (gbk), big5, big5-hkscs, utf-16le, utf-16be, or auto (default: detected per "
                  "file); offsets count the file's own bytes")
      ->check(CLI::Validator(
          [](std::string& v) -> std::string {
            return v == "auto" || parse_encoding(v)
                       ? std::string()
                       : fmt::format("unknown encoding '{}' (utf-8, gb18030, big5, big5-hkscs, utf-16le, utf-16be, auto)", v);
          },
          "NAME"));
  cmd->add_option("--on-invalid", args->on_invalid,
                  "invalid bytes stop the file with an error naming the byte offset (error, the default), or are "
                  "read as U+FFFD with a warning (replace)")
      ->check(one_of({"error", "replace"}));
  cmd->add_option("--format", args->format, "output format: json (default) or csv")->check(one_of({"json", "csv"}));
  cmd->add_flag("--explain", args->explain, "list on stderr every number not turned into a claim, with the reason");
  cmd->add_flag("--quiet", args->quiet, "no summary on stderr");
  cmd->add_option("--jobs", args->jobs, "blocks extracted at once (default: one per core); the output is in input order whatever N is")
      ->check(CLI::Range(1u, 1024u));
  cmd->callback([args, &status] { status = run_extract(*args); });
}

}  // namespace econclaims::cli
