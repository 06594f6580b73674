#include "planlint/config/rule_file_error.hpp"

namespace planlint {

std::string format_rule_file_error(const RuleFileError& error, Language language) {
  std::string text = error.path;
  if (error.line > 0) text += ":" + std::to_string(error.line) + ":" + std::to_string(error.column);
  return text + ": " + error.message.in(language);
}

}  // namespace planlint
