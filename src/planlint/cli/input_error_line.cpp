#include "planlint/cli/input_error_line.hpp"

namespace planlint {

std::string describe_input_error(const InputError& error) {
  std::string line = error.path + ": ";
  if (error.byte_offset) line += "byte " + std::to_string(*error.byte_offset) + ": ";
  return line + error.problem;
}

}  // namespace planlint
