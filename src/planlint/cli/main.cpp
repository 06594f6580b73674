#include <iostream>

#include "planlint/cli/options.hpp"
#include "planlint/cli/outline_command.hpp"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  int exit_code = 0;
  const auto command_line = planlint::parse_command_line(argc, argv, exit_code);
  if (!command_line) return exit_code;
  return planlint::run_outline(command_line->outline, std::cout, std::cerr);
}
