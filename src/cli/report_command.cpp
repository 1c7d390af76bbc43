// econclaims report FILE... -o report.html
#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "commands.hpp"
#include "input.hpp"
#include "econclaims/corpus.hpp"
#include "econclaims/report.hpp"

namespace econclaims::cli {
namespace {

struct report_args {
  std::vector<std::string> inputs;
  std::string output, docs_file, date;
  report_options report;
};

int run_report(const report_args& a) {
  document_read_options read;
  read.defaults.doc_date = a.date;
  if (!a.docs_file.empty()) {
    auto loaded = load_doc_dates(a.docs_file, "report");
    if (!loaded) return 2;
    read.dates = std::move(*loaded);
  }
  const auto files = input_files(a.inputs, "report");
  if (!files) return 2;
  // The same files, names and dates as `econclaims extract`, so the claims and their order match.
  int status = 0;
  std::vector<report_document> docs;
  std::size_t claims = 0;
  for (auto& f : read_documents(*files, std::move(read))) {
    if (!f.readable) {
      fmt::print(stderr, "econclaims report: {}: cannot read file\n", f.path);
      status = 2;
      continue;
    }
    std::string name = f.document.options.doc;
    docs.push_back(make_report_document(std::move(name), std::move(f.document.text), f.document.options));
    const auto& r = docs.back().result;
    for (const auto& d : r.diagnostics) fmt::print(stderr, "econclaims report: {}\n", d.message);
    if (!r.ok()) status = 2;
    claims += r.claims.size();
  }

  const std::string html = render_report(docs, a.report);
  if (a.output.empty() || a.output == "-") {
    std::fwrite(html.data(), 1, html.size(), stdout);
    std::fflush(stdout);
  } else {
    std::ofstream out(a.output, std::ios::binary | std::ios::trunc);
    out.write(html.data(), static_cast<std::streamsize>(html.size()));
    out.close();
    if (!out) {
      fmt::print(stderr, "econclaims report: cannot write {}\n", a.output);
      return 2;
    }
    fmt::print(stderr, "econclaims report: {} documents, {} claims -> {}\n", docs.size(), claims, a.output);
  }
  return status;
}

}  // namespace

void add_report(CLI::App& app, int& status) {
  auto args = std::make_shared<report_args>();
  CLI::App* cmd = app.add_subcommand(
      "report", "an HTML page: claims highlighted in the texts, series charts, the consistency check");
  cmd->footer("Claims are numbered from 0 in the order `econclaims extract` prints them for the same\n"
              "files and options; data-claim=\"N\" in the page is line N+1 of that output.\n"
              "Exit status: 0 success, 1 usage error, 2 unreadable or invalid input (the page is still\n"
              "written for the files that could be read).");
  cmd->add_option("inputs", args->inputs, "text files or directories (their .txt files, recursively)")->required();
  cmd->add_option("-o,--output", args->output, "the HTML file to write ('-' or none: standard output)");
  cmd->add_option("--docs", args->docs_file, "document dates, JSON Lines {\"doc\": NAME, \"date\": YYYY[-MM[-DD]]}");
  cmd->add_option("--date", args->date, "the document date for every input (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--title", args->report.title, "the page's title");
  cmd->add_flag("!--no-computed", args->report.computed_growth, "do not draw growth computed from the levels");
  cmd->callback([args, &status] { status = run_report(*args); });
}

}  // namespace econclaims::cli
