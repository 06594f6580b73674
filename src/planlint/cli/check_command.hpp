#pragma once
#include "planlint/cli/console.hpp"
#include "planlint/cli/options.hpp"

namespace planlint {

// `planlint check`: reads the project config and the rule sets (any problem in them: exit 2
// before a draft is read), then checks every input and reports in input order. An input that
// cannot be read is one error line and the others are still checked. Exit code: 2 for config,
// rule-set, baseline, output or input errors, else 1 when a finding reaches --fail-on, else 0.
int run_check(const CheckOptions& options, const Console& console);

}  // namespace planlint
