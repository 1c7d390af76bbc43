#include "input.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "econclaims/claims_io.hpp"
#include "econclaims/corpus.hpp"

namespace econclaims::cli {

std::optional<std::vector<std::string>> input_files(const std::vector<std::string>& inputs, std::string_view command) {
  std::vector<std::string> files;
  bool empty_directory = false;
  for (const auto& in : inputs) {
    const std::vector<std::string> found = document_files(std::span(&in, 1));
    std::error_code ec;
    if (found.empty() && std::filesystem::is_directory(in, ec)) {
      fmt::print(stderr, "econclaims {}: {}: no .txt files in this directory\n", command, in);
      empty_directory = true;
    }
    files.insert(files.end(), found.begin(), found.end());
  }
  if (empty_directory) return std::nullopt;
  return files;
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return false;
  out = std::move(ss).str();
  return true;
}

std::optional<std::map<std::string, std::string>> load_doc_dates(const std::string& path, std::string_view command) {
  std::string content;
  if (!read_file(path, content)) {
    fmt::print(stderr, "econclaims {}: cannot read docs file {}\n", command, path);
    return std::nullopt;
  }
  try {
    return read_doc_dates(content, path);
  } catch (const format_error& e) {
    fmt::print(stderr, "econclaims {}: {}\n", command, e.what());
    return std::nullopt;
  }
}

}  // namespace econclaims::cli
