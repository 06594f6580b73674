#include "planlint/core/file_error.hpp"

namespace planlint {

std::string format_file_error(const FileError& error, Language language) {
  std::string text = error.path;
  if (error.line > 0) text += ":" + std::to_string(error.line) + ":" + std::to_string(error.column);
  return text + ": " + error.message.in(language);
}

}  // namespace planlint
