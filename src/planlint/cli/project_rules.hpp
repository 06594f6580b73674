#pragma once
#include <string>
#include <variant>
#include <vector>

#include "planlint/cli/finding_policy.hpp"
#include "planlint/cli/project_config.hpp"
#include "planlint/config/rule.hpp"
#include "planlint/core/file_error.hpp"

namespace spdlog {
class logger;
}

namespace planlint {

// The rules a run uses: those of the rule sets named by --rules, else by the config, else
// `core`, merged (a later set's rule replaces an earlier one of the same id), without the rules
// the config disables, and the config's policy for their findings.
struct ProjectRules {
  std::vector<std::string> rule_sets;
  std::vector<RulePtr> rules;
  FindingPolicy policy;
};

using ProjectRulesResult = std::variant<ProjectRules, std::vector<FileError>>;

// The rules as a report describes them (SARIF's rule list): their info with the project's
// severity.
std::vector<RuleInfo> described_rules(const ProjectRules& project);

// Every problem of every rule file, and config rule ids that name no rule, are errors; when
// --rules replaced the config's rule sets, such ids are only warnings on `log`, since the
// config was written for other sets, in `language`.
ProjectRulesResult load_project_rules(const std::string& rules_option, const ProjectConfig* config,
                                      spdlog::logger& log, Language language);

}  // namespace planlint
