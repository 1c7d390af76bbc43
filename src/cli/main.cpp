// econclaims: the command-line tool. Arguments are parsed by CLI11; the work is in the
// library, reached through its public headers.
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "commands.hpp"
#include "econclaims/version.hpp"

namespace econclaims::cli {

CLI::Validator one_of(std::vector<std::string> names) {
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i)
    list += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  return CLI::Validator(
      [names, list](std::string& value) -> std::string {
        for (const auto& n : names)
          if (value == n) return {};
        return fmt::format("must be {}, not '{}'", list, value);
      },
      list);
}

}  // namespace econclaims::cli

int main(int argc, char** argv) {
  CLI::App app{"econclaims: the numeric claims of Chinese economic texts, as typed indicator series", "econclaims"};
  app.set_version_flag("--version", std::string("econclaims ") + econclaims::version_string);
  app.require_subcommand(1);
  app.footer("Run 'econclaims COMMAND --help' for a command's options.\n"
             "Exit status: 0 success, 1 usage error, 2 unreadable or invalid input.");
  int status = 0;
  econclaims::cli::add_extract(app, status);
  econclaims::cli::add_series_commands(app, status);
  econclaims::cli::add_report(app, status);
  // A first word that is no option and no command is named as such.
  if (argc > 1 && argv[1][0] != '-') {
    try {
      app.get_subcommand(argv[1]);
    } catch (const CLI::OptionNotFound&) {
      fmt::print(stderr, "econclaims: unknown command '{}'\n{}", argv[1], app.help());
      return 1;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);  // prints help, the version or the error naming the option
    return rc == 0 ? 0 : 1;
  }
  return status;
}
