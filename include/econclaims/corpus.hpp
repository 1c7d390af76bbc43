// File: corpus.hpp
// Many documents at once: extract() over a corpus on several threads, with the results
// in input order.
//
//   std::vector<econclaims::document_input> docs = …;        // views of texts you hold
//   auto results = econclaims::extract_all(docs, {.jobs = 4});  // results[i] is docs[i]'s
//
// For a corpus too large to hold, extract_stream() pulls documents from a source and
// hands each result to a sink, in input order, with a bounded number of documents in
// memory at any time:
//
//   econclaims::extract_stream(
//       [&](econclaims::owned_document& d) { return read_next_file(d.text, d.options.doc); },
//       [&](std::size_t i, const econclaims::owned_document& d, econclaims::extraction_result&& r) { write(r); },
//       {.jobs = 0});  // 0: one thread per core
//
// Each document is extracted exactly as extract() would on its own; the threads share
// nothing but read-only tables, so the output does not depend on `jobs`.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "econclaims/extract.hpp"

namespace econclaims {

/// One document of a corpus held by the caller: its bytes and its options.
struct document_input {
  std::string_view text;
  extract_options options;
};

/// One document of a streamed corpus, owned by the stream while it is being extracted.
struct owned_document {
  std::string text;
  extract_options options;
  /// Where `text` starts in its file when the file comes in blocks (see block_end);
  /// add it to the spans of the result.
  std::size_t base_offset = 0;
};

struct corpus_options {
  /// Worker threads, the calling thread included; 0 means one per core
  /// (std::thread::hardware_concurrency()).
  unsigned jobs = 0;
  /// Streaming: at most this many documents read and waiting for the sink, per job (so
  /// extract_stream holds at most jobs × window_per_job documents, and the one in the sink).
  unsigned window_per_job = 4;
};

/// The number of threads `options.jobs` asks for (at least 1).
unsigned resolved_jobs(const corpus_options& options) noexcept;

/// Extract every document; result i belongs to docs[i].
std::vector<extraction_result> extract_all(std::span<const document_input> docs,
                                           const corpus_options& options = {});

/// Fills the document and returns true, or returns false when there are no more.
/// Called from one thread at a time, never while the sink runs.
using document_source = std::function<bool(owned_document&)>;
/// Receives each document's result with its index, in input order (0, 1, 2, …).
/// Called from one thread at a time, never while the source runs, so the two may share
/// state without locks.
using result_sink = std::function<void(std::size_t index, const owned_document&, extraction_result&&)>;

/// Extract the documents `source` yields and pass the results to `sink` in input order.
/// At most jobs × window_per_job documents wait at once, besides the one in the sink. An exception thrown by the
/// source or the sink stops the stream and is rethrown here.
void extract_stream(const document_source& source, const result_sink& sink, const corpus_options& options = {});

// --- files as documents ---------------------------------------------------------------

/// The document files `paths` name: a file as given; a directory, its `.txt` files at
/// any depth, in path order; "-" (standard input) as given.
std::vector<std::string> document_files(std::span<const std::string> paths);

/// How files are read as documents.
struct document_read_options {
  /// Every document's options: explain, encoding (unset: detected per file from its first
  /// 64 KiB), on_invalid, block_size, and doc_date for files `dates` does not name.
  extract_options defaults;
  /// Document dates by document name (a file's base name).
  std::map<std::string, std::string> dates;
};

/// Where a block handed over by document_reader comes from.
struct document_block {
  std::size_t file = 0;   ///< index into the reader's files
  bool readable = true;   ///< false: the file could not be opened (the block is empty)
  bool last = true;       ///< the file's last block
};

/// Reads files as documents, one block at a time (extract_options::block_size, cut by
/// block_end), in order, in bounded memory. Each document is named by its file's base
/// name ("-" for standard input) and dated from `dates`, else the default date, else
/// from its first block; a file of several blocks has its encoding detected once.
class document_reader {
 public:
  document_reader(std::vector<std::string> files, document_read_options options);
  ~document_reader();
  document_reader(const document_reader&) = delete;
  document_reader& operator=(const document_reader&) = delete;

  /// Fill `doc` with the next block and say where it is from; false when all are read.
  bool next(owned_document& doc, document_block& block);
  const std::vector<std::string>& files() const noexcept;

 private:
  struct state;
  std::unique_ptr<state> s_;
};

/// One file read whole as a document.
struct file_document {
  std::string path;
  owned_document document;
  bool readable = true;  ///< false: the file could not be opened
};

/// Every document file of `paths` (directories expanded), read whole, named and dated as
/// document_reader does.
std::vector<file_document> read_documents(std::span<const std::string> paths, document_read_options options);

}  // namespace econclaims
