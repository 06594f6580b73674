#pragma once
#include <ostream>

namespace planlint {

// Where a command writes: the report stream, the diagnostics stream, and whether each is a
// terminal (colours, progress line).
struct Console {
  std::ostream& out;
  std::ostream& errors;
  bool out_is_terminal = false;
  bool errors_is_terminal = false;
};

}  // namespace planlint
