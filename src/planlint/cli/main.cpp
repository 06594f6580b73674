#include <unistd.h>
#include <exception>
#include <iostream>
#include <string_view>

#include "planlint/cli/check_command.hpp"
#include "planlint/cli/init_command.hpp"
#include "planlint/cli/options.hpp"
#include "planlint/cli/outline_command.hpp"
#include "planlint/cli/rules_command.hpp"
#include "planlint/config/shipped_files.hpp"
#include "planlint/serve/server.hpp"

namespace {

// The language of the last-resort message. The parsed options may be what failed, so the
// arguments are read as written: --lang en or --lang=en anywhere asks for English.
bool english_requested(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view argument = argv[i];
    if (argument == "--lang=en") return true;
    if (argument == "--lang" && i + 1 < argc && std::string_view(argv[i + 1]) == "en") return true;
  }
  return false;
}

// `what`: the exception's own words, or nullptr for an exception that has none.
void report_internal_error(int argc, char** argv, const char* what) {
  std::cout.flush();
  if (english_requested(argc, argv)) {
    std::cerr << "planlint: error: internal error, the run was stopped: "
              << (what != nullptr ? what : "unknown exception") << '\n';
  } else {
    std::cerr << "planlint: 错误: 内部错误，运行已中止：" << (what != nullptr ? what : "未知异常")
              << '\n';
  }
}

int run(int argc, char** argv) {
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

}  // namespace

// Any exception no command handled (a bug, memory exhausted, the working folder gone) becomes
// one line and exit 2, the code of a run that could not check, instead of std::terminate's
// abort and core dump.
int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  try {
    return run(argc, argv);
  } catch (const std::exception& error) {
    report_internal_error(argc, argv, error.what());
  } catch (...) {
    report_internal_error(argc, argv, nullptr);
  }
  return 2;
}
