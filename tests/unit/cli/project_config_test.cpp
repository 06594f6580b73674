// .planlint.yaml: every key read, every problem reported at its place.
#include <catch2/catch.hpp>
#include <regex>

#include "planlint/cli/init_command.hpp"
#include "planlint/cli/profile_options.hpp"
#include "planlint/cli/project_config.hpp"

using namespace planlint;
namespace fs = std::filesystem;
using Strings = std::vector<std::string>;

namespace {

const fs::path kFolder = fs::current_path() / "project";

ProjectConfigResult parse(const std::string& yaml) {
  return parse_project_config(yaml, "project/.planlint.yaml", kFolder);
}

Strings errors_of(const std::string& yaml) {
  Strings messages;
  const ProjectConfigResult result = parse(yaml);
  if (const auto* errors = std::get_if<std::vector<FileError>>(&result)) {
    for (const auto& error : *errors) messages.push_back(format_file_error(error, Language::en));
  }
  return messages;
}

ProjectConfig config_of(const std::string& yaml) {
  ProjectConfigResult result = parse(yaml);
  INFO((errors_of(yaml).empty() ? "" : errors_of(yaml).front()));
  REQUIRE(std::holds_alternative<ProjectConfig>(result));
  return std::get<ProjectConfig>(std::move(result));
}

}  // namespace

TEST_CASE("every key of a config is read", "[cli][config]") {
  const ProjectConfig config =
      config_of(R"(rules: [education-plan, rules/office.yaml, /abs/set.yaml]
severity: {residue-url: error, wording-jiezhi: info}
disable: [script-mixed]
ignore:
  - {rule: placeholder-letters, text: X光机}
  - {text: 某某小学}
  - {rule: residue-url}
include: ["*.txt"]
exclude: [archive, "drafts/2019/**"]
fail_on: warning
)");
  CHECK(config.rule_sets ==
        Strings{"education-plan", "project/rules/office.yaml", "/abs/set.yaml"});
  REQUIRE(config.severity.size() == 2);
  CHECK(config.severity[0].rule.id == "residue-url");
  CHECK(config.severity[0].severity == Severity::error);
  CHECK(config.severity[1].severity == Severity::info);
  REQUIRE(config.disable.size() == 1);
  CHECK(config.disable[0].id == "script-mixed");
  CHECK(config.disable[0].line == 3);
  CHECK(config.disable[0].column == 11);
  REQUIRE(config.ignore.size() == 3);
  CHECK(config.ignore[0].rule->id == "placeholder-letters");
  CHECK(config.ignore[0].text == "X光机");
  CHECK_FALSE(config.ignore[1].rule);
  CHECK(config.ignore[1].text == "某某小学");
  CHECK_FALSE(config.ignore[2].text);
  CHECK(config.include == Strings{"*.txt"});
  CHECK(config.exclude == Strings{"archive", "drafts/2019/**"});
  CHECK(config.fail_on == FailOn::warning);
}

TEST_CASE("an empty config changes nothing", "[cli][config]") {
  const ProjectConfig config = config_of("# nothing yet\n");
  CHECK(config.rule_sets.empty());
  CHECK_FALSE(config.fail_on);
}

TEST_CASE("config problems are reported top to bottom with their positions", "[cli][config]") {
  CHECK(
      errors_of("rules: core\nfail_on: sometimes\nexlude: [archive]\n") ==
      Strings{"project/.planlint.yaml:2:10: `fail_on` must be one of: error, warning, info, "
              "never (found “sometimes”)",
              "project/.planlint.yaml:3:1: unknown key `exlude` (this entry knows: disable, "
              "document_type, exclude, fail_on, ignore, include, max_file_size, rules, severity)"});
  CHECK(errors_of("severity:\n  residue-url: fatal\n") ==
        Strings{"project/.planlint.yaml:2:16: the severity of “residue-url” must be one of: "
                "error, warning, info"});
  CHECK(errors_of("severity: [residue-url]\n") ==
        Strings{"project/.planlint.yaml:1:11: `severity` must map rule ids to severities (write "
                "`severity: {placeholder-letters: warning}`)"});
  CHECK(
      errors_of("ignore:\n  - {rule: placeholder-letters, txt: X光机}\n  - {}\n  - {text: ''}\n") ==
      Strings{"project/.planlint.yaml:2:33: unknown key `txt` (this entry knows: rule, text)",
              "project/.planlint.yaml:3:5: an `ignore` entry needs `rule`, `text` or both",
              "project/.planlint.yaml:4:12: `text` is empty"});
  CHECK(errors_of("disable: [[a]]\n") ==
        Strings{"project/.planlint.yaml:1:11: each item of `disable` must be a rule id"});
  CHECK(errors_of("rules: [core\n") ==
        Strings{"project/.planlint.yaml:2:1: not valid YAML: end of sequence flow not found"});
  CHECK(errors_of("- core\n") ==
        Strings{"project/.planlint.yaml:1:1: a config must be a mapping of keys such as `rules:` "
                "and `exclude:`"});
}

TEST_CASE("the starter config of planlint init is valid, and so is every example in it",
          "[cli][config][init]") {
  const std::string starter(starter_config());
  CHECK(config_of(starter).rule_sets == Strings{"core"});
  // Uncomment the examples: "# key: …" and "#   …" lines (the prose never starts that way).
  const std::string examples =
      std::regex_replace(starter, std::regex("^# ([a-z_]+:|  )", std::regex::multiline), "$1");
  const ProjectConfig config = config_of(examples);
  CHECK(config.severity.size() == 2);
  CHECK(config.disable.size() == 1);
  CHECK(config.ignore.size() == 2);
  CHECK(config.include.size() == 3);
  CHECK(config.exclude.size() == 2);
  CHECK(config.fail_on == FailOn::error);
}

TEST_CASE("document_type sets the type of every document, by name or id", "[cli][config]") {
  CHECK(config_of("document_type: 实施方案\n").document_type ==
        planlint::DocumentType::implementation_plan);
  CHECK(config_of("document_type: work-summary\n").document_type ==
        planlint::DocumentType::work_summary);
  CHECK_FALSE(config_of("rules: core\n").document_type);
  const Strings errors = errors_of("document_type: 报告\n");
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::StartsWith("project/.planlint.yaml:1:16: `document_type` must be a "
                                          "document type"));
  // --type wins over the config; --date is read as given.
  planlint::ProfileChoice choice{"工作总结", "2024-03"};
  const auto overrides =
      planlint::profile_overrides(choice, planlint::DocumentType::implementation_plan);
  CHECK(overrides.type == planlint::DocumentType::work_summary);
  CHECK(overrides.type_source == planlint::ProfileSource::option);
  CHECK(overrides.date == planlint::CalendarDate{2024, 3, 0});
  const auto from_config = planlint::profile_overrides({}, planlint::DocumentType::notice);
  CHECK(from_config.type_source == planlint::ProfileSource::config);
}
