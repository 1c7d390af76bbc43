// The subcommands of the econclaims tool, on CLI11. Each add_* function declares a
// subcommand, its options and their checks on `app`; when that subcommand is the one
// given, its run sets `status` to the process exit code: 0 success, 2 bad input (usage
// errors, 1, are CLI11's to report before any run).
#pragma once

#include <CLI/CLI.hpp>

namespace econclaims::cli {

void add_extract(CLI::App& app, int& status);
void add_report(CLI::App& app, int& status);
void add_series_commands(CLI::App& app, int& status);  // series, growth, check

/// A check that accepts one of `names` and otherwise says so: "must be A or B, not 'x'".
CLI::Validator one_of(std::vector<std::string> names);

}  // namespace econclaims::cli
