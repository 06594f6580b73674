#pragma once
#include <yaml-cpp/yaml.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planlint/config/rule_file_error.hpp"

namespace planlint {

// Parses YAML text (rule sets, .planlint.yaml, baselines, which are JSON and so YAML). Aliases
// that would expand past kAliasExpansionBudget values are refused (yaml_alias_budget.hpp). A syntax
// error becomes one RuleFileError at its line and column, "not valid <format>: …", and nullopt.
std::optional<YAML::Node> parse_yaml_text(const std::string& text, const std::string& path,
                                          std::string_view format,
                                          std::vector<RuleFileError>& errors);

}  // namespace planlint
