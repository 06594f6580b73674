#include "planlint/cli/input_error_line.hpp"

namespace planlint {

std::string input_error_line(const InputError& error) {
  std::string line = "planlint: error: " + error.path + ": ";
  if (error.byte_offset) line += "byte " + std::to_string(*error.byte_offset) + ": ";
  return line + error.problem;
}

}  // namespace planlint
