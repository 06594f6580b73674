#pragma once
#include <optional>
#include <string>
#include <vector>

#include "planlint/report/outline_report.hpp"

namespace planlint {

struct OutlineOptions {
  std::vector<std::string> paths;
  std::string format = "text";  // text | json
  std::string encoding;         // empty: detect
  std::string hierarchy;        // empty: default_hierarchy()
  Language language = Language::zh;
};

struct CheckOptions {
  std::vector<std::string> paths;
  std::string rules = "core";  // a rule-set name or a path to a rule file
  std::string format = "text";  // text | json
  std::string encoding;
  Language language = Language::zh;
};

struct CommandLine {
  enum class Command { outline, check };
  Command command = Command::outline;
  OutlineOptions outline;
  CheckOptions check;
};

// Parses argv. When parsing ends the run (help, version, a usage error), returns nullopt and
// sets `exit_code` after printing what CLI11 had to say.
std::optional<CommandLine> parse_command_line(int argc, char** argv, int& exit_code);

}  // namespace planlint
