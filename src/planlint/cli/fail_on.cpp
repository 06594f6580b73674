#include "planlint/cli/fail_on.hpp"

namespace planlint {

std::optional<FailOn> fail_on_from_name(std::string_view name) {
  if (name == "never") return FailOn::never;
  const auto severity = severity_from_name(name);
  if (!severity) return std::nullopt;
  switch (*severity) {
    case Severity::error:
      return FailOn::error;
    case Severity::warning:
      return FailOn::warning;
    case Severity::info:
      return FailOn::info;
  }
  return std::nullopt;
}

bool reaches(Severity severity, FailOn gate) {
  switch (gate) {
    case FailOn::never:
      return false;
    case FailOn::error:
      return severity == Severity::error;
    case FailOn::warning:
      return severity != Severity::info;
    case FailOn::info:
      return true;
  }
  return false;
}

std::optional<Severity> least_failing_severity(FailOn gate) {
  switch (gate) {
    case FailOn::never:
      return std::nullopt;
    case FailOn::error:
      return Severity::error;
    case FailOn::warning:
      return Severity::warning;
    case FailOn::info:
      return Severity::info;
  }
  return std::nullopt;
}

}  // namespace planlint
