#include <iostream>

#include "planlint/cli/check_command.hpp"
#include "planlint/cli/options.hpp"
#include "planlint/cli/outline_command.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  int exit_code = 0;
  const auto command_line = planlint::parse_command_line(argc, argv, exit_code);
  if (!command_line) return exit_code;
  switch (command_line->command) {
    case planlint::CommandLine::Command::check:
      return planlint::run_check(command_line->check, std::cout, std::cerr);
    case planlint::CommandLine::Command::outline:
      break;
  }
  return planlint::run_outline(command_line->outline, std::cout, std::cerr);
}
