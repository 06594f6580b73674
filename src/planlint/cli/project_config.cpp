#include "planlint/cli/project_config.hpp"
#include "planlint/config/yaml_text.hpp"

#include <yaml-cpp/yaml.h>
#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>

#include "planlint/cli/byte_size.hpp"
#include "planlint/config/rule_fields.hpp"
#include "planlint/core/working_directory.hpp"

namespace planlint {
namespace fs = std::filesystem;
namespace {

// As the rule-set loader decides: a reference with a '/' or a YAML extension is a file,
// anything else the name of a shipped set.
bool names_a_file(const std::string& reference) {
  return reference.find('/') != std::string::npos || reference.ends_with(".yaml") ||
         reference.ends_with(".yml");
}

// `path` as a person in the working directory would type it.
std::string shown_from_working_directory(const fs::path& path) {
  const fs::path relative = path.lexically_relative(working_directory());
  return relative.empty() ? path.string() : relative.string();
}

RuleIdReference reference_at(const YAML::Node& node) {
  const YAML::Mark mark = node.Mark();
  return {node.Scalar(), mark.line + 1, mark.column + 1};
}

class ConfigReader {
 public:
  ConfigReader(const YAML::Node& root, std::vector<FileError>& errors, ProjectConfig& config)
      : fields_(root, config.path, errors), errors_(errors), config_(config) {}

  void read() {
    read_rule_sets();
    read_severity();
    config_.disable = rule_ids("disable");
    read_ignore();
    config_.include = fields_.string_list("include");
    config_.exclude = fields_.string_list("exclude");
    if (const auto gate = fields_.choice("fail_on", {"error", "warning", "info", "never"})) {
      config_.fail_on = fail_on_from_name(*gate);
    }
    read_max_file_size();
    read_document_type();
    fields_.reject_unknown_keys();
  }

 private:
  void read_rule_sets() {
    for (const std::string& reference : fields_.string_list("rules")) {
      const bool relative_file = names_a_file(reference) && fs::path(reference).is_relative();
      config_.rule_sets.push_back(
          relative_file
              ? shown_from_working_directory((config_.directory / reference).lexically_normal())
              : reference);
    }
  }

  void read_severity() {
    const auto severity = fields_.node("severity");
    if (!severity || severity->IsNull()) return;
    if (!severity->IsMap()) {
      fields_.error(*severity, {"`severity` 必须把规则 id 映射到严重程度"
                                "（写成 `severity: {placeholder-letters: warning}`）",
                                "`severity` must map rule ids to severities "
                                "(write `severity: {placeholder-letters: warning}`)"});
      return;
    }
    for (const auto& item : *severity) {
      const auto level =
          item.second.IsScalar() ? severity_from_name(item.second.Scalar()) : std::nullopt;
      if (!item.first.IsScalar() || !level) {
        const bool named = item.first.IsScalar();
        const std::string rule = named ? "“" + item.first.Scalar() + "”" : "";
        fields_.error(item.second, {(named ? "规则" + rule : "规则") +
                                        "的严重程度只能是 error、warning、info 之一",
                                    "the severity of " + (named ? rule : "a rule") +
                                        " must be one of: error, warning, info"});
        continue;
      }
      config_.severity.push_back({reference_at(item.first), *level});
    }
  }

  void read_document_type() {
    const auto text = fields_.string("document_type");
    if (!text) return;
    config_.document_type = parse_document_type(*text);
    if (!config_.document_type) {
      fields_.error_at_value("document_type",
                             {"`document_type` 必须是一种文档类型：工作计划、工作要点、实施方案、"
                              "工作方案、工作总结、通知、意见、办法（或 work-plan 等英文标识）",
                              "`document_type` must be a document type: work-plan, key-points, "
                              "implementation-plan, work-scheme, work-summary, notice, opinion, "
                              "regulation (or its Chinese name)"});
    }
  }

  void read_max_file_size() {
    const auto text = fields_.string("max_file_size");
    if (!text) return;
    config_.max_file_size = parse_byte_size(*text);
    if (!config_.max_file_size) {
      fields_.error_at_value("max_file_size",
                             {"`max_file_size` 必须是 64M、512K 这样的大小，或 0（不限）",
                              "`max_file_size` must be a size such as 64M, 512K or 0 (no limit)"});
    }
  }

  std::vector<RuleIdReference> rule_ids(std::string_view key) {
    std::vector<RuleIdReference> ids;
    const auto list = fields_.node(key);
    if (!list || list->IsNull()) return ids;
    if (list->IsScalar()) return {reference_at(*list)};
    if (!list->IsSequence()) {
      fields_.error(*list, {"`" + std::string(key) + "` 必须是规则 id 列表",
                            "`" + std::string(key) + "` must be a list of rule ids"});
      return ids;
    }
    for (const auto& item : *list) {
      if (item.IsScalar()) {
        ids.push_back(reference_at(item));
      } else {
        fields_.error(item, {"`" + std::string(key) + "` 的每一项都必须是规则 id",
                             "each item of `" + std::string(key) + "` must be a rule id"});
      }
    }
    return ids;
  }

  void read_ignore() {
    const auto ignore = fields_.node("ignore");
    if (!ignore || ignore->IsNull()) return;
    if (!ignore->IsSequence()) {
      fields_.error(*ignore, {"`ignore` 必须是条目列表，例如 "
                              "`- {rule: placeholder-letters, text: X光机}`",
                              "`ignore` must be a list of entries such as "
                              "`- {rule: placeholder-letters, text: X光机}`"});
      return;
    }
    for (const auto& item : *ignore) read_ignore_entry(item);
  }

  void read_ignore_entry(const YAML::Node& item) {
    if (!item.IsMap()) {
      fields_.error(item, {"`ignore` 的条目必须是含有 `rule`、`text` 或两者兼有的映射，"
                           "例如 `{rule: placeholder-letters, text: X光机}`",
                           "an `ignore` entry must be a mapping with `rule`, `text` or both, "
                           "such as `{rule: placeholder-letters, text: X光机}`"});
      return;
    }
    RuleFields entry(item, fields_.path(), errors_);
    IgnoreEntry ignored;
    if (const auto rule = entry.node("rule"); rule && entry.string("rule")) {
      ignored.rule = reference_at(*rule);
    }
    ignored.text = entry.string("text");
    if (ignored.text && ignored.text->empty())
      entry.error_at_value("text", {"`text` 是空的", "`text` is empty"});
    if (!entry.has("rule") && !entry.has("text")) {
      entry.error(item, {"`ignore` 的条目需要写 `rule`、`text` 或两者",
                         "an `ignore` entry needs `rule`, `text` or both"});
    }
    entry.reject_unknown_keys();
    if (entry.ok()) config_.ignore.push_back(std::move(ignored));
  }

  RuleFields fields_;
  std::vector<FileError>& errors_;
  ProjectConfig& config_;
};

}  // namespace

std::optional<fs::path> locate_project_config(const ConfigChoice& choice) {
  if (choice.disabled) return std::nullopt;
  if (!choice.path.empty()) return fs::path(choice.path);
  std::error_code error;
  for (fs::path folder = working_directory(); !folder.empty(); folder = folder.parent_path()) {
    const fs::path candidate = folder / kProjectConfigName;
    if (fs::is_regular_file(candidate, error)) return candidate;
    if (folder == folder.root_path()) break;
  }
  return std::nullopt;
}

std::variant<std::optional<ProjectConfig>, std::vector<FileError>> read_chosen_project_config(
    const ConfigChoice& choice) {
  const auto file = locate_project_config(choice);
  if (!file) return std::nullopt;
  ProjectConfigResult loaded = load_project_config(*file);
  if (auto* problems = std::get_if<std::vector<FileError>>(&loaded)) return std::move(*problems);
  return std::move(std::get<ProjectConfig>(loaded));
}

ProjectConfigResult parse_project_config(const std::string& text, const std::string& shown_path,
                                         const fs::path& directory) {
  ProjectConfig config;
  config.path = shown_path;
  config.directory = directory;
  std::vector<FileError> errors;
  const std::optional<YAML::Node> parsed = parse_yaml_text(text, shown_path, "YAML", errors);
  if (!parsed) return errors;
  const YAML::Node& root = *parsed;
  if (!root || root.IsNull()) return config;  // an empty config changes nothing
  if (!root.IsMap()) {
    RuleFields(root, shown_path, errors)
        .error(root, {"配置必须是由 `rules:`、`exclude:` 等键组成的映射",
                      "a config must be a mapping of keys such as `rules:` and `exclude:`"});
    return errors;
  }
  ConfigReader(root, errors, config).read();
  if (errors.empty()) return config;
  // Keys are checked one after the other, unknown ones last: show the file top to bottom.
  std::stable_sort(errors.begin(), errors.end(), [](const auto& a, const auto& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  return errors;
}

ProjectConfigResult load_project_config(const fs::path& file) {
  const std::string shown = file.is_absolute() ? shown_from_working_directory(file) : file.string();
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return std::vector<FileError>{
        {shown, 0, 0, {"无法读取配置文件", "cannot read the config file"}}};
  }
  std::ostringstream text;
  text << in.rdbuf();
  const fs::path directory = (working_directory() / file).lexically_normal().parent_path();
  return parse_project_config(text.str(), shown, directory);
}

}  // namespace planlint
