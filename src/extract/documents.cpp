// Files as documents: which files a list of paths names, and each file read block by
// block with its name, date and encoding decided once, the same way for the command
// line, the report and Python.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <memory>

#include "econclaims/corpus.hpp"

namespace econclaims {

std::vector<std::string> document_files(std::span<const std::string> paths) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const auto& path : paths) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".txt" && it->is_regular_file(ec)) found.push_back(it->path().string());
      std::sort(found.begin(), found.end());  // a stable order, whatever the file system's
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(path);  // a file, "-", or a path that does not exist (its read fails)
    }
  }
  return out;
}

struct document_reader::state {
  std::vector<std::string> files;
  document_read_options options;
  std::size_t next_file = 0;
  std::unique_ptr<std::ifstream> file;
  std::istream* in = nullptr;
  extract_options current;  // the options of the file being read
  std::string pending;
  std::size_t offset = 0;
  bool eof = false;
  bool started = false;

  // Read until `want` bytes are pending (default: a block) or the input ends.
  void fill(std::size_t want = 0) {
    if (want == 0) want = current.block_size;
    char buf[1 << 16];
    while (!eof && pending.size() < want) {
      in->read(buf, sizeof buf);
      pending.append(buf, static_cast<std::size_t>(in->gcount()));
      if (!*in) eof = true;
    }
  }

  bool open(std::size_t index) {
    const std::string& path = files[index];
    current = options.defaults;
    pending.clear();
    offset = 0;
    eof = false;
    started = false;
    if (path == "-") {
      in = &std::cin;
      current.doc = "-";
    } else {
      file = std::make_unique<std::ifstream>(path, std::ios::binary);
      current.doc = std::filesystem::path(path).filename().string();
      if (!*file) {
        file.reset();
        return false;
      }
      in = file.get();
    }
    if (auto it = options.dates.find(current.doc); it != options.dates.end()) current.doc_date = it->second;
    // What extract() would decide from the whole file, decided from its head: the
    // encoding from the first 64 KiB, the date from the first block. A file of one block
    // is handed over whole, and extract() decides both from the same bytes itself (so
    // they are read once, not twice).
    fill(std::max<std::size_t>(current.block_size, 1 << 16));
    if (eof && pending.size() <= current.block_size) return true;
    if (!options.defaults.encoding) current.encoding = detect_encoding(std::string_view(pending).substr(0, 1 << 16));
    if (current.doc_date.empty()) {
      const bool at_end = eof && pending.size() <= current.block_size;
      std::string_view window(pending.data(), std::min(pending.size(), current.block_size));
      current.doc_date = infer_document_date(window.substr(0, block_end(window, *current.encoding, at_end)),
                                             *current.encoding);
      current.doc_date_inferred = !current.doc_date.empty();
    }
    return true;
  }
};

document_reader::document_reader(std::vector<std::string> files, document_read_options options)
    : s_(std::make_unique<state>()) {
  s_->files = std::move(files);
  s_->options = std::move(options);
}

document_reader::~document_reader() = default;

const std::vector<std::string>& document_reader::files() const noexcept { return s_->files; }

bool document_reader::next(owned_document& doc, document_block& block) {
  state& s = *s_;
  while (true) {
    if (!s.in) {
      if (s.next_file == s.files.size()) return false;
      if (!s.open(s.next_file++)) {
        block = {s.next_file - 1, false, true};
        doc.text.clear();
        doc.options = s.current;
        doc.base_offset = 0;
        return true;
      }
    }
    s.fill();
    const std::size_t size = s.current.block_size;
    const bool at_end = s.eof && s.pending.size() <= size;
    if (s.pending.empty() && s.started) {  // the file is done
      s.in = nullptr;
      s.file.reset();
      continue;
    }
    std::string_view window(s.pending.data(), std::min(s.pending.size(), size));
    // (Without an encoding the file is one block, which ends where the file does.)
    const std::size_t n = s.current.encoding ? block_end(window, *s.current.encoding, at_end) : window.size();
    doc.text.assign(s.pending, 0, n);
    s.pending.erase(0, n);
    doc.options = s.current;
    doc.base_offset = s.offset;
    s.offset += n;
    s.started = true;
    block = {s.next_file - 1, true, at_end};
    if (at_end) {
      s.in = nullptr;
      s.file.reset();
    }
    return true;
  }
}

std::vector<file_document> read_documents(std::span<const std::string> paths, document_read_options options) {
  // Whole files: blocks as large as any file.
  options.defaults.block_size = std::numeric_limits<std::size_t>::max() / 2;
  document_reader reader(document_files(paths), std::move(options));
  std::vector<file_document> out;
  owned_document doc;
  document_block block;
  while (reader.next(doc, block)) out.push_back({reader.files()[block.file], std::move(doc), block.readable});
  return out;
}

}  // namespace econclaims
