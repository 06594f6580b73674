#include "planlint/cli/project_rules.hpp"

#include <spdlog/logger.h>
#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "planlint/cli/verified_rules.hpp"
#include "planlint/config/rule_set.hpp"

namespace planlint {
namespace {

std::vector<std::string> chosen_rule_sets(const std::string& rules_option,
                                          const ProjectConfig* config) {
  if (!rules_option.empty()) return {rules_option};
  if (config != nullptr && !config->rule_sets.empty()) return config->rule_sets;
  return {"core"};
}

void merge(std::vector<RulePtr>& merged, std::vector<RulePtr> rules) {
  // By id, so that merging sets of many thousand rules stays linear.
  std::unordered_map<std::string, std::size_t> index_of_id;
  for (std::size_t i = 0; i < merged.size(); ++i) index_of_id.emplace(merged[i]->info().id, i);
  for (RulePtr& rule : rules) {
    const auto [at, added] = index_of_id.emplace(rule->info().id, merged.size());
    if (added) {
      merged.push_back(std::move(rule));
    } else {
      merged[at->second] = std::move(rule);
    }
  }
}

// Checks the config's rule ids against the rules loaded, collecting the ids that name none.
class RuleIdCheck {
 public:
  RuleIdCheck(const std::vector<RulePtr>& rules, const ProjectConfig& config)
      : rules_(rules), config_(config) {}

  bool known(const RuleIdReference& reference) {
    const bool found = std::any_of(rules_.begin(), rules_.end(), [&](const RulePtr& rule) {
      return rule->info().id == reference.id;
    });
    if (!found) {
      unknown_.push_back({config_.path,
                          reference.line,
                          reference.column,
                          {"所用的规则集中没有规则“" + reference.id + "”",
                           "no rule “" + reference.id + "” in the rule sets used"}});
    }
    return found;
  }

  // The unknown ids, top to bottom.
  std::vector<FileError> unknown() {
    std::stable_sort(unknown_.begin(), unknown_.end(), [](const auto& a, const auto& b) {
      return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return std::move(unknown_);
  }

 private:
  const std::vector<RulePtr>& rules_;
  const ProjectConfig& config_;
  std::vector<FileError> unknown_;
};

FindingPolicy policy_of(const ProjectConfig& config, RuleIdCheck& check) {
  std::map<std::string, Severity, std::less<>> severity;
  for (const SeverityOverride& entry : config.severity) {
    if (check.known(entry.rule)) severity[entry.rule.id] = entry.severity;
  }
  std::vector<IgnoredFinding> ignored;
  for (const IgnoreEntry& entry : config.ignore) {
    if (entry.rule && !check.known(*entry.rule)) continue;
    ignored.push_back({entry.rule ? entry.rule->id : "", entry.text.value_or("")});
  }
  return FindingPolicy(std::move(severity), std::move(ignored));
}

void remove_disabled(std::vector<RulePtr>& rules, const ProjectConfig& config, RuleIdCheck& check) {
  std::vector<std::string> disabled_ids;
  for (const RuleIdReference& disabled : config.disable) {
    if (check.known(disabled)) disabled_ids.push_back(disabled.id);
  }
  std::erase_if(rules, [&](const RulePtr& rule) {
    return std::find(disabled_ids.begin(), disabled_ids.end(), rule->info().id) !=
           disabled_ids.end();
  });
}

}  // namespace

std::vector<RuleInfo> described_rules(const ProjectRules& project) {
  std::vector<RuleInfo> infos;
  infos.reserve(project.rules.size());
  for (const RulePtr& rule : project.rules) {
    infos.push_back(rule->info());
    infos.back().severity = project.policy.severity_of(rule->info());
  }
  return infos;
}

ProjectRulesResult load_project_rules(const std::string& rules_option, const ProjectConfig* config,
                                      spdlog::logger& log, Language language) {
  ProjectRules project;
  project.rule_sets = chosen_rule_sets(rules_option, config);
  std::vector<FileError> errors;
  for (const std::string& name : project.rule_sets) {
    RuleSetResult loaded = load_verified_rule_set(name, example_verification());
    if (auto* problems = std::get_if<std::vector<FileError>>(&loaded)) {
      errors.insert(errors.end(), problems->begin(), problems->end());
      continue;
    }
    merge(project.rules, std::move(std::get<RuleSet>(loaded).rules));
  }
  if (!errors.empty()) return errors;
  if (config == nullptr) return project;
  RuleIdCheck check(project.rules, *config);
  project.policy = policy_of(*config, check);
  remove_disabled(project.rules, *config, check);
  std::vector<FileError> unknown = check.unknown();
  if (unknown.empty()) return project;
  if (rules_option.empty()) return unknown;
  for (const FileError& problem : unknown) log.warn(format_file_error(problem, language));
  return project;
}

}  // namespace planlint
