#include "planlint/core/fix.hpp"

namespace planlint {

std::string_view safety_name(FixSafety safety) {
  return safety == FixSafety::safe ? "safe" : "unsafe";
}

}  // namespace planlint
