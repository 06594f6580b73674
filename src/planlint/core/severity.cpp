#include "planlint/core/severity.hpp"

namespace planlint {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::info:
      return "info";
    case Severity::warning:
      return "warning";
    case Severity::error:
      return "error";
  }
  return "error";
}

std::optional<Severity> severity_from_name(std::string_view name) {
  if (name == "info") return Severity::info;
  if (name == "warning") return Severity::warning;
  if (name == "error") return Severity::error;
  return std::nullopt;
}

}  // namespace planlint
