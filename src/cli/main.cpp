// econclaims: the command-line tool. Argument parsing and I/O only; the work is in
// the library, reached through its public headers.
#include <cstdio>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "commands.hpp"
#include "econclaims/version.hpp"

namespace {

constexpr std::string_view usage = R"(usage: econclaims COMMAND [ARGS]

commands:
  extract FILE... | -     numeric claims of Chinese texts, as JSON Lines (or --format csv)
  series CLAIMS.jsonl     typed indicator series as long (or --wide) CSV
  growth CLAIMS.jsonl     growth rates: --method yoy|pop|log|cagr
  check CLAIMS.jsonl      reported growth, shares and multiples checked against the levels
  report FILE... -o OUT   an HTML page: claims highlighted in the texts, series charts, the check

run 'econclaims COMMAND --help' for a command's options.
)";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    fmt::print(args.empty() ? stderr : stdout, "{}", usage);
    return args.empty() ? 1 : 0;
  }
  if (args[0] == "--version") {
    fmt::print("econclaims {}\n", econclaims::version_string);
    return 0;
  }
  const std::string_view command = args[0];
  econclaims::cli::args_t rest(args.data() + 1, args.size() - 1);
  if (command == "extract") return econclaims::cli::run_extract(rest);
  if (command == "series") return econclaims::cli::run_series(rest);
  if (command == "growth") return econclaims::cli::run_growth(rest);
  if (command == "check") return econclaims::cli::run_check(rest);
  if (command == "report") return econclaims::cli::run_report(rest);
  fmt::print(stderr, "econclaims: unknown command '{}'\n{}", command, usage);
  return 1;
}
