#pragma once
#include <yaml-cpp/yaml.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planlint/core/file_error.hpp"

namespace planlint {

// Parses YAML text (rule sets, .planlint.yaml, baselines, which are JSON and so YAML). Aliases
// that would expand past kAliasExpansionBudget values are refused (yaml_alias_budget.hpp). A syntax
// error becomes one FileError at its line and column, "not valid <format>: …", and nullopt.
std::optional<YAML::Node> parse_yaml_text(const std::string& text, const std::string& path,
                                          std::string_view format, std::vector<FileError>& errors);

}  // namespace planlint
