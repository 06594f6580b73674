#pragma once
#include <string>

#include "planlint/core/language.hpp"
#include "planlint/core/message.hpp"

namespace planlint {

// One problem in a file the user wrote for planlint (a rule set, .planlint.yaml, a baseline):
// where it is and what to write instead.
struct FileError {
  std::string path;
  int line = 0;    // 1-based; 0 when the problem concerns the file as a whole
  int column = 0;  // 1-based
  Message message;
};

// "rules/my.yaml:12:5: message" ("file: message" for the file as a whole), the message in
// `language`
std::string format_file_error(const FileError& error, Language language);

}  // namespace planlint
