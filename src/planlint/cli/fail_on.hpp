#pragma once
#include <optional>
#include <string_view>

#include "planlint/core/severity.hpp"

namespace planlint {

// The gate of `--fail-on` and the config's `fail_on`: the least severity that makes a run
// exit with 1.
enum class FailOn { error, warning, info, never };

std::optional<FailOn> fail_on_from_name(std::string_view name);  // error|warning|info|never
bool reaches(Severity severity, FailOn gate);
// The least severity that reaches the gate; none for `never`.
std::optional<Severity> least_failing_severity(FailOn gate);

}  // namespace planlint
