// Reading the inputs every subcommand shares: whole files and docs files.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace econclaims::cli {

/// The document files of the inputs (corpus.hpp: document_files), each directory walked
/// once. Prints "econclaims COMMAND: DIR: no .txt files …" for each input that is a
/// directory holding no text files and returns nullopt (the caller exits with 2).
std::optional<std::vector<std::string>> input_files(const std::vector<std::string>& inputs, std::string_view command);

/// The whole file as bytes; false when it cannot be opened or read.
bool read_file(const std::string& path, std::string& out);

/// A docs file (`{"doc": …, "date": …}` a line) as doc name → date. On failure prints one
/// line, "econclaims COMMAND: …", and returns nullopt (the caller exits with 2).
std::optional<std::map<std::string, std::string>> load_doc_dates(const std::string& path, std::string_view command);

}  // namespace econclaims::cli
