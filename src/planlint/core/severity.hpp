#pragma once
#include <optional>
#include <string_view>

namespace planlint {

enum class Severity { info, warning, error };

std::string_view severity_name(Severity severity);  // "info" | "warning" | "error"
std::optional<Severity> severity_from_name(std::string_view name);

}  // namespace planlint
