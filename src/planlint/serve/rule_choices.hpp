#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "planlint/cli/project_rules.hpp"
#include "planlint/engine/check_document.hpp"

namespace planlint {

// A rule set a request may ask for by id, loaded once when the server starts and shared
// read-only by every check: a request names an id, never a file, so no request makes the
// server read a file of its choosing.
struct RuleChoice {
  RuleChoice(std::string id, std::string description, ProjectRules project);
  RuleChoice(const RuleChoice&) = delete;
  RuleChoice& operator=(const RuleChoice&) = delete;

  std::string id;
  std::string description;
  ProjectRules project;             // with the policy of the server's config
  std::vector<RuleInfo> described;  // as reports describe the rules
  RuleRunner runner;                // refers to project.rules
};

// The rule sets the server offers: first the default one (what `planlint check` in the
// server's folder uses: --rules, else the config's sets together as `project`, else core),
// then the config's sets one by one, then the shipped sets.
class RuleChoices {
 public:
  using Result = std::variant<RuleChoices, std::vector<FileError>>;
  // Loads every choice; any problem in a rule file or the config is an error, as for check.
  static Result load(const std::string& rules_option, const ProjectConfig* config,
                     spdlog::logger& log, Language language);

  const RuleChoice& default_choice() const { return *choices_.front(); }
  // The choice named `id`; the default for an empty id; nullptr for an unknown one.
  const RuleChoice* find(std::string_view id) const;
  const std::vector<std::unique_ptr<RuleChoice>>& all() const { return choices_; }

 private:
  std::vector<std::unique_ptr<RuleChoice>> choices_;
};

}  // namespace planlint
