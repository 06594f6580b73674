#include "planlint/cli/input_error_line.hpp"

namespace planlint {

std::string describe_input_error(const InputError& error, Language language) {
  std::string line = error.path + ": ";
  if (error.byte_offset) {
    const std::string offset = std::to_string(*error.byte_offset);
    line += (language == Language::en ? "byte " : "字节偏移 ") + offset + ": ";
  }
  return line + error.problem.in(language);
}

}  // namespace planlint
