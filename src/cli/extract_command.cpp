// econclaims extract FILE... | -
//
// Files are read in blocks (extract_options::block_size, cut by block_end), so a file of
// any size, or one endless line, is processed in bounded memory; the cuts are the ones
// extract() makes on the whole file in memory, so the claims are the same.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "commands.hpp"
#include "input.hpp"
#include "econclaims/claims_io.hpp"
#include "econclaims/corpus.hpp"
#include "econclaims/extract.hpp"

namespace econclaims::cli {
namespace {

constexpr std::string_view extract_usage = R"(usage: econclaims extract [OPTIONS] FILE... | -

Writes the numeric claims of each text as JSON Lines (one claim a line).

options:
  --docs FILE          document dates, JSON Lines {"doc": NAME, "date": YYYY[-MM[-DD]]}
  --date DATE          the document date for every input (YYYY, YYYY-MM or YYYY-MM-DD)
  --encoding NAME      utf-8, gb18030 (gbk), big5, big5-hkscs, utf-16le, utf-16be, or auto
                       (default: detected per file); offsets count the file's own bytes
  --on-invalid error|replace
                       invalid bytes stop the file with an error naming the byte offset
                       (default), or are read as U+FFFD with a warning
  --format json|csv    output format (default json)
  --explain            list on stderr every number not turned into a claim, with the reason
  --quiet              no summary on stderr
  --jobs N             blocks extracted at once (default: one per core); the output
                       is in input order whatever N is
Without --docs or --date the date comes from a dateline in the text, else the latest
year it names, and claims carry "doc_date_inferred": true.
Exit status: 0 success, 1 usage error, 2 unreadable or invalid input.
)";

// Reads the inputs one block at a time, in order.
class block_reader {
 public:
  block_reader(const std::vector<std::string>& files, extract_options defaults,
               const std::map<std::string, std::string>& doc_dates, bool encoding_given)
      : files_(files), defaults_(std::move(defaults)), doc_dates_(doc_dates), encoding_given_(encoding_given) {}

  struct block_info {
    std::size_t file = 0;   // index into files
    bool readable = true;
    bool last = true;       // the file's last block
  };

  // Fill `doc` with the next block; false when every file is done.
  bool next(owned_document& doc, block_info& info) {
    while (true) {
      if (!in_) {
        if (next_file_ == files_.size()) return false;
        if (!open(next_file_++)) {
          info = {next_file_ - 1, false, true};
          doc.text.clear();
          doc.options = options_;
          doc.base_offset = 0;
          return true;
        }
      }
      fill();
      const std::size_t block = options_.block_size;
      const bool at_end = eof_ && pending_.size() <= block;
      if (pending_.empty() && started_) {  // the file is done
        in_ = nullptr;
        file_.reset();
        continue;
      }
      std::string_view window(pending_.data(), std::min(pending_.size(), block));
      // (Without an encoding the file is one block, which ends where the file does.)
      const std::size_t n = options_.encoding ? block_end(window, *options_.encoding, at_end) : window.size();
      doc.text.assign(pending_, 0, n);
      pending_.erase(0, n);
      doc.options = options_;
      doc.base_offset = offset_;
      offset_ += n;
      started_ = true;
      info = {next_file_ - 1, true, at_end};
      if (at_end) {
        in_ = nullptr;
        file_.reset();
      }
      return true;
    }
  }

 private:
  bool open(std::size_t index) {
    const std::string& path = files_[index];
    options_ = defaults_;
    pending_.clear();
    offset_ = 0;
    eof_ = false;
    started_ = false;
    if (path == "-") {
      in_ = &std::cin;
      options_.doc = "-";
    } else {
      file_ = std::make_unique<std::ifstream>(path, std::ios::binary);
      options_.doc = std::filesystem::path(path).filename().string();
      if (!*file_) {
        file_.reset();
        return false;
      }
      in_ = file_.get();
    }
    if (auto it = doc_dates_.find(options_.doc); it != doc_dates_.end()) options_.doc_date = it->second;
    // What extract() would decide from the whole file, decided from its head: the
    // encoding from the first 64 KiB, the date from the first block. A file of one block
    // is handed over whole, and extract() decides both from the same bytes itself (so
    // they are read once, not twice).
    fill(std::max<std::size_t>(options_.block_size, 1 << 16));
    if (eof_ && pending_.size() <= options_.block_size) return true;
    if (!encoding_given_) options_.encoding = detect_encoding(std::string_view(pending_).substr(0, 1 << 16));
    if (options_.doc_date.empty()) {
      const bool at_end = eof_ && pending_.size() <= options_.block_size;
      std::string_view window(pending_.data(), std::min(pending_.size(), options_.block_size));
      options_.doc_date = infer_document_date(window.substr(0, block_end(window, *options_.encoding, at_end)),
                                              *options_.encoding);
      options_.doc_date_inferred = !options_.doc_date.empty();
    }
    return true;
  }

  // Read until `want` bytes are pending (default: a block) or the input ends.
  void fill(std::size_t want = 0) {
    if (want == 0) want = options_.block_size;
    char buf[1 << 16];
    while (!eof_ && pending_.size() < want) {
      in_->read(buf, sizeof buf);
      pending_.append(buf, static_cast<std::size_t>(in_->gcount()));
      if (!*in_) eof_ = true;
    }
  }

  const std::vector<std::string>& files_;
  const extract_options defaults_;
  const std::map<std::string, std::string>& doc_dates_;
  const bool encoding_given_;
  std::size_t next_file_ = 0;
  std::unique_ptr<std::ifstream> file_;
  std::istream* in_ = nullptr;
  extract_options options_;
  std::string pending_;
  std::size_t offset_ = 0;
  bool eof_ = false;
  bool started_ = false;
};

}  // namespace

int run_extract(args_t args) {
  std::vector<std::string> files;
  std::string docs_file, date, format = "json", encoding_name = "auto", on_invalid = "error";
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
    else if (a == "--encoding") { if (!value(encoding_name)) return 1; }
    else if (a == "--on-invalid") { if (!value(on_invalid)) return 1; }
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
  extract_options defaults;
  defaults.explain = explain;
  defaults.doc_date = date;
  const bool encoding_given = encoding_name != "auto";
  if (encoding_given) {
    defaults.encoding = parse_encoding(encoding_name);
    if (!defaults.encoding) {
      fmt::print(stderr, "econclaims extract: unknown --encoding '{}' (utf-8, gb18030, big5, big5-hkscs, utf-16le, utf-16be, auto)\n",
                 encoding_name);
      return 1;
    }
  }
  if (on_invalid != "error" && on_invalid != "replace") {
    fmt::print(stderr, "econclaims extract: --on-invalid must be error or replace, not '{}'\n", on_invalid);
    return 1;
  }
  defaults.on_invalid = on_invalid == "replace" ? invalid_bytes::replace : invalid_bytes::error;
  std::map<std::string, std::string> doc_dates;
  if (!docs_file.empty()) {
    auto loaded = load_doc_dates(docs_file, "extract");
    if (!loaded) return 2;
    doc_dates = std::move(*loaded);
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
  // Blocks are read, extracted and written in input order; with several jobs the
  // extraction runs ahead on other threads, a bounded number of blocks at a time.
  block_reader reader(files, defaults, doc_dates, encoding_given);
  std::vector<block_reader::block_info> blocks;  // per block index
  std::vector<char> failed(files.size(), 0);      // a file that reported an error
  auto source = [&](owned_document& doc) {
    block_reader::block_info info;
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
        std::string message = d.message;
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
