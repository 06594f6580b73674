#include "planlint/serve/rule_choices.hpp"

#include <spdlog/logger.h>
#include <algorithm>
#include <filesystem>
#include <set>

#include "planlint/config/rule_set.hpp"

namespace planlint {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kProjectId = "project";

// The sets found by name: every *.yaml of the rule directories, in name order.
std::vector<std::string> shipped_rule_sets() {
  std::set<std::string> names;
  for (const fs::path& directory : default_rule_directories()) {
    std::error_code error;
    for (fs::directory_iterator entry(directory, error), end; !error && entry != end;
         entry.increment(error)) {
      if (entry->path().extension() == ".yaml") names.insert(entry->path().stem().string());
    }
  }
  return {names.begin(), names.end()};
}

std::string id_of(const std::string& name_or_path) {
  return fs::path(name_or_path).stem().string();
}

std::string description_of(const std::string& name_or_path) {
  RuleSetResult loaded = load_rule_set(name_or_path);
  if (const auto* set = std::get_if<RuleSet>(&loaded)) return set->description;
  return {};
}

std::string joined(const std::vector<std::string>& names) {
  std::string text;
  for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
  return text;
}

}  // namespace

RuleChoice::RuleChoice(std::string id, std::string description, ProjectRules project)
    : id(std::move(id)),
      description(std::move(description)),
      project(std::move(project)),
      described(described_rules(this->project)),
      runner(this->project.rules) {}

RuleChoices::Result RuleChoices::load(const std::string& rules_option, const ProjectConfig* config,
                                      spdlog::logger& log, Language language) {
  // (option for load_project_rules, id, description), the default first.
  struct Wanted {
    std::string option;
    std::string id;
    std::string description;
  };
  std::vector<Wanted> wanted;
  const bool project_sets = config != nullptr && !config->rule_sets.empty();
  if (!rules_option.empty()) {
    wanted.push_back({rules_option, id_of(rules_option), description_of(rules_option)});
  }
  if (project_sets) {
    const std::string sets = joined(config->rule_sets);
    wanted.push_back(
        {"", std::string(kProjectId), "本项目配置的规则集 / the project's rule sets: " + sets});
    for (const std::string& set : config->rule_sets) {
      wanted.push_back({set, id_of(set), description_of(set)});
    }
  }
  if (wanted.empty()) wanted.push_back({"core", "core", description_of("core")});
  for (const std::string& name : shipped_rule_sets()) {
    wanted.push_back({name, name, description_of(name)});
  }

  RuleChoices choices;
  std::vector<FileError> errors;
  std::set<std::string> ids;
  // Only the default choice's warnings concern the operator: the config was written for it.
  auto quiet = std::make_shared<spdlog::logger>("planlint-serve-quiet");
  for (Wanted& choice : wanted) {
    if (!ids.insert(choice.id).second) continue;
    spdlog::logger& choice_log = choices.choices_.empty() && errors.empty() ? log : *quiet;
    ProjectRulesResult loaded = load_project_rules(choice.option, config, choice_log, language);
    if (auto* problems = std::get_if<std::vector<FileError>>(&loaded)) {
      errors.insert(errors.end(), problems->begin(), problems->end());
      continue;
    }
    choices.choices_.push_back(
        std::make_unique<RuleChoice>(std::move(choice.id), std::move(choice.description),
                                     std::move(std::get<ProjectRules>(loaded))));
  }
  if (!errors.empty()) return errors;
  return choices;
}

const RuleChoice* RuleChoices::find(std::string_view id) const {
  if (id.empty()) return &default_choice();
  const auto found = std::find_if(choices_.begin(), choices_.end(),
                                  [&](const auto& choice) { return choice->id == id; });
  return found == choices_.end() ? nullptr : found->get();
}

}  // namespace planlint
