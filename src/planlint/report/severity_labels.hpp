#pragma once
#include <string_view>

#include "planlint/core/severity.hpp"

namespace planlint {

// What a format calls each severity, written once beside the rest of its vocabulary.
struct SeverityLabels {
  std::string_view error;
  std::string_view warning;
  std::string_view info;

  constexpr std::string_view operator()(Severity severity) const {
    switch (severity) {
      case Severity::error:
        return error;
      case Severity::warning:
        return warning;
      case Severity::info:
        return info;
    }
    return error;
  }
};

}  // namespace planlint
