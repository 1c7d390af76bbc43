// The subcommands of the econclaims tool. Each takes its arguments after the
// subcommand name and returns the process exit code: 0 success, 1 usage, 2 bad input.
#pragma once

#include <span>
#include <string_view>

namespace econclaims::cli {

using args_t = std::span<const std::string_view>;

int run_extract(args_t args);
int run_series(args_t args);
int run_growth(args_t args);
int run_check(args_t args);
int run_report(args_t args);

}  // namespace econclaims::cli
