#pragma once
#include <ostream>
#include <string_view>

#include "planlint/cli/options.hpp"

namespace planlint {

// The commented .planlint.yaml `planlint init` writes: every key, explained, with examples
// commented out, so that it changes nothing until edited.
std::string_view starter_config();

// `planlint init`: writes starter_config() to .planlint.yaml in the working directory; refuses
// (exit 2) to replace an existing one without --force.
int run_init(const InitOptions& options, std::ostream& out, std::ostream& errors);

}  // namespace planlint
