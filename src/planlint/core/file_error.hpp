#pragma once
#include <string>

#include "planlint/core/language.hpp"
#include "planlint/core/message.hpp"

namespace planlint {

// One problem in a rule file: where it is and what to write instead.
struct RuleFileError {
  std::string path;
  int line = 0;    // 1-based; 0 when the problem concerns the file as a whole
  int column = 0;  // 1-based
  Message message;
};

// "rules/my.yaml:12:5: message", the message in `language`
std::string format_rule_file_error(const RuleFileError& error, Language language);

}  // namespace planlint
