#pragma once
#include <ostream>

#include "planlint/cli/options.hpp"

namespace planlint {

// `planlint outline`: prints each file's outline; a file that cannot be read or decoded gets
// one error line on `errors` and the others are still processed. Returns the exit code:
// 0, or 2 when any file failed.
int run_outline(const OutlineOptions& options, std::ostream& out, std::ostream& errors);

}  // namespace planlint
