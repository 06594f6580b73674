#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "planlint/cli/fail_on.hpp"
#include "planlint/cli/options.hpp"
#include "planlint/core/file_error.hpp"
#include "planlint/core/severity.hpp"
#include "planlint/parse/document_profile.hpp"

namespace planlint {

// A rule id as written in the config, with its place, so that an id naming no rule can be
// reported there once the rule sets are loaded.
struct RuleIdReference {
  std::string id;
  int line = 0;
  int column = 0;
};

struct SeverityOverride {
  RuleIdReference rule;
  Severity severity = Severity::error;
};

// A finding to leave out: of this rule, and/or lying within this text as written (`X光机`
// excuses the `X` a placeholder rule finds in it).
struct IgnoreEntry {
  std::optional<RuleIdReference> rule;  // nullopt: any rule
  std::optional<std::string> text;      // nullopt: anywhere
};

// .planlint.yaml: a project's choices, read and validated (docs in README.md).
struct ProjectConfig {
  std::string path;                    // as shown in messages
  std::filesystem::path directory;     // absolute: its relative paths and globs start here
  std::vector<std::string> rule_sets;  // names, or paths already resolved against `directory`
  std::vector<SeverityOverride> severity;
  std::vector<RuleIdReference> disable;
  std::vector<IgnoreEntry> ignore;
  std::vector<std::string> include;
  std::vector<std::string> exclude;
  std::optional<FailOn> fail_on;
  std::optional<std::uint64_t> max_file_size;  // bytes, 0: no limit
  std::optional<DocumentType> document_type;   // the type of every document checked
};

using ProjectConfigResult = std::variant<ProjectConfig, std::vector<FileError>>;

inline constexpr const char* kProjectConfigName = ".planlint.yaml";

// The config a command reads: --config's file, else .planlint.yaml in the working directory or
// the nearest parent that has one; nullopt with --no-config or when there is none.
std::optional<std::filesystem::path> locate_project_config(const ConfigChoice& choice);

// The config `choice` leads to (locate_project_config), read: nullopt when there is none, every
// problem of its file when it cannot be used.
std::variant<std::optional<ProjectConfig>, std::vector<FileError>> read_chosen_project_config(
    const ConfigChoice& choice);

// Reads a config file; every problem is reported with its line and column.
ProjectConfigResult load_project_config(const std::filesystem::path& file);
// The same for text in memory: `shown_path` names it in messages, `directory` (absolute) is
// where its relative paths start.
ProjectConfigResult parse_project_config(const std::string& text, const std::string& shown_path,
                                         const std::filesystem::path& directory);

}  // namespace planlint
