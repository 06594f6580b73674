#pragma once
#include <ostream>

#include "planlint/cli/options.hpp"

namespace planlint {

// `planlint check`: loads the rule set (every problem in it on `errors`, exit 2 before any file
// is read), then checks each file and reports. A file that cannot be read is one error line and
// the others are still checked. Exit code: 2 for rule-set or input errors, else 1 when a
// finding is an error, else 0.
int run_check(const CheckOptions& options, std::ostream& out, std::ostream& errors);

}  // namespace planlint
