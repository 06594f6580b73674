#include <unistd.h>
#include <iostream>

#include "planlint/cli/check_command.hpp"
#include "planlint/cli/init_command.hpp"
#include "planlint/cli/options.hpp"
#include "planlint/cli/outline_command.hpp"
#include "planlint/cli/rules_command.hpp"
#include "planlint/config/shipped_files.hpp"
#include "planlint/serve/server.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  planlint::remember_invocation_name(argc > 0 ? argv[0] : nullptr);
  int exit_code = 0;
  const auto command_line = planlint::parse_command_line(argc, argv, exit_code);
  if (!command_line) return exit_code;
  const planlint::Console console{std::cout, std::cerr, isatty(STDOUT_FILENO) == 1,
                                  isatty(STDERR_FILENO) == 1};
  using Command = planlint::CommandLine::Command;
  switch (command_line->command) {
    case Command::check:
      return planlint::run_check(command_line->check, console);
    case Command::outline:
      return planlint::run_outline(command_line->outline, std::cout, std::cerr);
    case Command::rules_list:
      return planlint::run_rules_list(command_line->rules, console);
    case Command::rules_show:
      return planlint::run_rules_show(command_line->rules, console);
    case Command::rules_check:
      return planlint::run_rules_check(command_line->rules, console);
    case Command::serve:
      return planlint::run_serve(command_line->serve, console);
    case Command::init:
      break;
  }
  return planlint::run_init(command_line->init, std::cout, std::cerr);
}
