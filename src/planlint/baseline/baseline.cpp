#include "planlint/baseline/baseline.hpp"
#include "planlint/config/yaml_text.hpp"

#include <yaml-cpp/yaml.h>
#include <fstream>
#include <sstream>

#include "planlint/config/rule_fields.hpp"
#include "planlint/core/working_directory.hpp"
#include "planlint/report/json_writer.hpp"

namespace planlint {
namespace fs = std::filesystem;
namespace {

constexpr long long kFormatVersion = 1;

std::string path_below(const fs::path& folder, const std::string& checked_path) {
  const fs::path absolute = (working_directory() / checked_path).lexically_normal();
  // Without a working directory a relative path cannot be placed below the folder.
  if (!absolute.is_absolute()) return absolute.generic_string();
  return absolute.lexically_relative(folder).generic_string();
}

fs::path folder_of(const fs::path& file) {
  return (working_directory() / file).lexically_normal().parent_path();
}

// Reads the baseline JSON (a YAML subset) with the same typed, positioned access as rule files.
class BaselineReader {
 public:
  BaselineReader(std::string shown_path, std::vector<FileError>& errors)
      : path_(std::move(shown_path)), errors_(errors) {}

  void read(const YAML::Node& root, std::map<std::string, std::vector<FindingKey>>& files) {
    RuleFields fields(root, path_, errors_);
    if (fields.integer("planlint_baseline", kFormatVersion, kFormatVersion) != kFormatVersion) {
      if (fields.ok())
        fields.error(root, {"缺少 `planlint_baseline: 1`：这不是 planlint 基线文件",
                            "missing `planlint_baseline: 1`: not a planlint baseline"});
    }
    const auto listed = fields.node("files");
    fields.reject_unknown_keys();
    if (!listed || !listed->IsSequence()) {
      fields.error(listed ? *listed : root, {"`files` 必须是 {path, findings} 的列表",
                                             "`files` must be a list of {path, findings}"});
      return;
    }
    for (const YAML::Node& file : *listed) read_file(file, files);
  }

 private:
  void read_file(const YAML::Node& file, std::map<std::string, std::vector<FindingKey>>& files) {
    RuleFields fields(file, path_, errors_);
    if (!file.IsMap()) {
      fields.error(file, {"`files` 的每一项都必须是含有 `path` 和 `findings` 的映射",
                          "each item of `files` must be a mapping with `path` and `findings`"});
      return;
    }
    const std::string path = fields.required_string("path");
    const auto findings = fields.node("findings");
    fields.reject_unknown_keys();
    if (!findings || !findings->IsSequence()) {
      fields.error(findings ? *findings : file,
                   {"`findings` 必须是列表", "`findings` must be a list"});
      return;
    }
    std::vector<FindingKey>& keys = files[path];
    for (const YAML::Node& finding : *findings) {
      if (auto key = read_key(finding)) keys.push_back(std::move(*key));
    }
  }

  std::optional<FindingKey> read_key(const YAML::Node& finding) {
    RuleFields fields(finding, path_, errors_);
    if (!finding.IsMap()) {
      fields.error(finding, {"每个问题都必须是含有 rule、excerpt、section 和 occurrence 的映射",
                             "each finding must be a mapping with rule, excerpt, section and "
                             "occurrence"});
      return std::nullopt;
    }
    FindingKey key;
    key.rule_id = fields.required_string("rule");
    key.excerpt = fields.required_string("excerpt");
    key.section = fields.required_string("section");
    const auto occurrence = fields.integer("occurrence", 0, 1LL << 40);
    if (!occurrence) fields.error(finding, {"缺少 `occurrence`", "missing `occurrence`"});
    fields.reject_unknown_keys();
    if (!fields.ok()) return std::nullopt;
    key.occurrence = static_cast<std::size_t>(*occurrence);
    return key;
  }

  std::string path_;
  std::vector<FileError>& errors_;
};

void write_key(JsonWriter& json, const FindingKey& key) {
  json.begin_object();
  json.member("rule", key.rule_id).member("excerpt", key.excerpt);
  json.member("section", key.section).member("occurrence", key.occurrence);
  json.end_object();
}

}  // namespace

BaselineResult Baseline::load(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    return std::vector<FileError>{
        {file.string(), 0, 0, {"无法读取基线文件", "cannot read the baseline"}}};
  }
  std::ostringstream text;
  text << in.rdbuf();
  return parse(text.str(), file.string(), folder_of(file));
}

BaselineResult Baseline::parse(const std::string& text, const std::string& shown_path,
                               const fs::path& folder) {
  std::vector<FileError> errors;
  const std::optional<YAML::Node> root = parse_yaml_text(text, shown_path, "JSON", errors);
  if (!root) return errors;
  std::map<std::string, std::vector<FindingKey>> files;
  BaselineReader(shown_path, errors).read(*root, files);
  if (!errors.empty()) return errors;
  Baseline baseline;
  baseline.folder_ = folder;
  for (auto& [path, keys] : files) {
    baseline.files_[path].unmatched.insert(keys.begin(), keys.end());
  }
  return baseline;
}

std::string Baseline::recorded_path(const std::string& checked_path) const {
  return path_below(folder_, checked_path);
}

std::size_t Baseline::suppress(const std::string& checked_path, std::vector<Finding>& findings,
                               std::vector<FindingKey>& keys) {
  const auto file = files_.find(recorded_path(checked_path));
  if (file == files_.end()) return 0;
  file->second.checked = true;
  std::multiset<FindingKey>& unmatched = file->second.unmatched;
  std::size_t kept = 0;
  for (std::size_t index = 0; index < findings.size(); ++index) {
    const auto recorded = unmatched.find(keys[index]);
    if (recorded != unmatched.end()) {
      unmatched.erase(recorded);
      continue;
    }
    findings[kept] = std::move(findings[index]);
    keys[kept] = std::move(keys[index]);
    ++kept;
  }
  const std::size_t suppressed = findings.size() - kept;
  findings.resize(kept);
  keys.resize(kept);
  return suppressed;
}

std::vector<StaleEntry> Baseline::stale() const {
  std::vector<StaleEntry> entries;
  for (const auto& [path, file] : files_) {
    if (!file.checked) continue;
    for (const FindingKey& key : file.unmatched) entries.push_back({path, key});
  }
  return entries;
}

BaselineRecorder::BaselineRecorder(const fs::path& file) : folder_(folder_of(file)) {}

void BaselineRecorder::add(const std::string& checked_path, const std::vector<FindingKey>& keys) {
  if (keys.empty()) return;
  std::vector<FindingKey>& recorded = files_[path_below(folder_, checked_path)];
  recorded.insert(recorded.end(), keys.begin(), keys.end());
  size_ += keys.size();
}

std::string BaselineRecorder::json() const {
  JsonWriter json;
  // The version, then "files" on a line of its own, each file and each key of it too.
  json.begin_object({"", ",\n ", ""});
  json.member("planlint_baseline", kFormatVersion);
  json.key("files").begin_array(json_lines(2, 0));
  for (const auto& [path, keys] : files_) {
    json.begin_object();
    json.member("path", path);
    json.key("findings").begin_array(json_lines(4, 2));
    for (const FindingKey& key : keys) write_key(json, key);
    json.end_array();
    json.end_object();
  }
  json.end_array();
  json.end_object();
  json.end_line();
  return json.take_text();
}

}  // namespace planlint
