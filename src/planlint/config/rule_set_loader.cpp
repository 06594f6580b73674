// Loads rule sets: YAML → validated rules. Extended sets are merged first, in order; a later
// set may redefine a rule (same id, with `kind`), patch its severity, messages or `enabled`
// (same id, without `kind`), or switch it off (`enabled: false`).
#include <yaml-cpp/yaml.h>
#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "planlint/config/content_hash.hpp"
#include "planlint/config/rule_builder.hpp"
#include "planlint/config/rule_fields.hpp"
#include "planlint/config/rule_set.hpp"
#include "planlint/config/shipped_files.hpp"
#include "planlint/config/shipped_yaml_trees.hpp"
#include "planlint/config/yaml_text.hpp"

namespace planlint {
namespace fs = std::filesystem;

namespace {

// The keys a set may change of a rule it extends without redefining the rule.
constexpr std::array<std::string_view, 7> kPatchableKeys{
    "id", "severity", "enabled", "message", "message_en", "description", "source"};

struct Entry {
  YAML::Node node;
  std::string path;
  std::string id;
};

struct Header {
  std::string name;
  std::string description;
};

bool looks_like_path(const std::string& reference) {
  return reference.find('/') != std::string::npos || reference.ends_with(".yaml") ||
         reference.ends_with(".yml");
}

bool is_enabled(const YAML::Node& node) {
  if (!node.IsMap()) return true;  // the rule builder refuses it with a message
  const YAML::Node enabled = node["enabled"];
  bool value = true;
  return !(enabled && enabled.IsScalar() && YAML::convert<bool>::decode(enabled, value) && !value);
}

// The file as extends cycles are compared: its canonical path, or where that cannot be had (a
// folder that may not be read) the path as given, normalized.
fs::path identity_of(const fs::path& file) {
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(file, error);
  return error ? file.lexically_normal() : canonical;
}

// Whether `path` names something; a path that cannot be looked at names nothing.
bool path_exists(const fs::path& path) {
  std::error_code error;
  return fs::exists(path, error);
}

std::optional<std::string> read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class Loader {
 public:
  Loader(const std::vector<fs::path>& directories, std::vector<FileError>& errors,
         bool extends_by_path = true, bool read_shipped_trees = false)
      : directories_(directories),
        errors_(errors),
        extends_by_path_(extends_by_path),
        read_shipped_trees_(read_shipped_trees) {}

  void load_text(const std::string& text, const std::string& path, std::vector<Entry>& entries,
                 Header& header) {
    content_.add(text);
    const std::optional<YAML::Node> parsed = parse(text, path);
    if (!parsed) return;
    const YAML::Node& root = *parsed;
    if (!root || root.IsNull()) {
      errors_.push_back({path,
                         0,
                         0,
                         {"文件是空的；规则集需要 `name:` 和 `rules:`",
                          "the file is empty; a rule set needs `name:` and `rules:`"}});
      return;
    }
    RuleFields fields(root, path, errors_);
    if (!root.IsMap()) {
      fields.error(root, {"规则集必须是含有 `name`、`description`、`extends` 和 `rules` 的映射",
                          "a rule set must be a mapping with `name`, `description`, `extends` "
                          "and `rules`"});
      return;
    }
    header.name = fields.required_string("name");
    header.description = fields.string("description").value_or("");
    load_extended_sets(fields, path, entries);
    merge_rules(fields, entries);
    fields.reject_unknown_keys();
  }

  void load_file(const fs::path& file, const YAML::Node& referenced_at,
                 const std::string& referenced_from, std::vector<Entry>& entries) {
    const fs::path canonical = identity_of(file);
    if (std::find(loading_.begin(), loading_.end(), canonical) != loading_.end()) {
      std::string chain;
      for (const auto& loading : loading_) chain += loading.filename().string() + " → ";
      const std::string cycle = chain + canonical.filename().string();
      report(referenced_at, referenced_from,
             {"`extends` 形成了循环引用：" + cycle, "`extends` makes a cycle: " + cycle});
      return;
    }
    const auto text = read_text(file);
    if (!text) {
      report(referenced_at, referenced_from,
             {"无法读取规则集 " + file.string(), "cannot read rule set " + file.string()});
      return;
    }
    loading_.push_back(canonical);
    Header ignored;
    load_text(*text, file.string(), entries, ignored);
    loading_.pop_back();
  }

  void begin(const fs::path& file) { loading_.push_back(identity_of(file)); }

  std::optional<fs::path> resolve(const std::string& reference, const fs::path& relative_to) const {
    if (looks_like_path(reference)) {
      const fs::path path = fs::path(reference).is_absolute() || relative_to.empty()
                                ? fs::path(reference)
                                : relative_to / reference;
      return path_exists(path) ? std::optional(path) : std::nullopt;
    }
    for (const fs::path& directory : directories_) {
      const fs::path candidate = directory / (reference + ".yaml");
      if (path_exists(candidate)) return candidate;
    }
    return std::nullopt;
  }

  std::string searched() const {
    std::string list;
    for (const auto& directory : directories_)
      list += (list.empty() ? "" : ", ") + directory.string();
    return list;
  }

  // Of every text read, in order: the set's identity for verified examples.
  std::string content_hash() const { return content_.hex(); }

 private:
  std::optional<YAML::Node> parse(const std::string& text, const std::string& path) {
    if (read_shipped_trees_)
      if (auto tree = shipped_yaml_tree(text)) return tree;
    return parse_yaml_text(text, path, "YAML", errors_);
  }

  void report(const YAML::Node& at, const std::string& path, Message message) {
    const YAML::Mark mark = at.Mark();
    const bool known = at && !mark.is_null();
    errors_.push_back(
        {path, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0, std::move(message)});
  }

  void load_extended_sets(RuleFields& fields, const std::string& path,
                          std::vector<Entry>& entries) {
    const auto extends = fields.node("extends");
    if (!extends) return;
    const std::vector<std::string> references = fields.string_list("extends");
    const fs::path directory = fs::path(path).parent_path();
    for (std::size_t i = 0; i < references.size(); ++i) {
      const YAML::Node at = extends->IsSequence() ? (*extends)[i] : *extends;
      if (!extends_by_path_ && looks_like_path(references[i])) {
        report(at, path,
               {"此处的 `extends` 只能写规则集名称（" + references[i] + " 是文件路径）",
                "`extends` may only name a rule set here (" + references[i] +
                    " is a path to a file)"});
        continue;
      }
      const auto file = resolve(references[i], directory);
      if (!file) {
        report(
            at, path,
            {"找不到规则集“" + references[i] + "”（名称会在以下目录中查找 " + references[i] +
                 ".yaml：" + searched() + "；路径则相对于本文件）",
             "rule set “" + references[i] + "” not found (a name is looked up as " + references[i] +
                 ".yaml in: " + searched() + "; a path is taken relative to this file)"});
        continue;
      }
      load_file(*file, at, path, entries);
    }
  }

  void merge_rules(RuleFields& fields, std::vector<Entry>& entries) {
    const auto rules = fields.node("rules");
    if (!rules || rules->IsNull()) return;
    if (!rules->IsSequence()) {
      fields.error(*rules, {"`rules` 必须是规则列表，每条规则以 `- id:` 开头",
                            "`rules` must be a list of rules, each starting with `- id:`"});
      return;
    }
    std::unordered_set<std::string> ids_in_this_file;
    for (const auto& rule : *rules) {
      const YAML::Node id = rule.IsMap() ? rule["id"] : YAML::Node();
      if (!id || !id.IsScalar()) {
        // Let the rule builder say what is missing.
        entries.push_back({rule, fields.path(), ""});
        continue;
      }
      if (!ids_in_this_file.insert(id.Scalar()).second) {
        fields.error(id, {"本文件中规则 id“" + id.Scalar() + "”重复",
                          "duplicate rule id “" + id.Scalar() + "” in this file"});
        continue;
      }
      merge_rule(fields, rule, id.Scalar(), entries);
    }
  }

  void merge_rule(RuleFields& fields, const YAML::Node& rule, const std::string& id,
                  std::vector<Entry>& entries) {
    // An index by id keeps a set of many thousand rules linear to merge.
    const auto indexed = entry_of_id_.find(id);
    const auto existing =
        indexed == entry_of_id_.end() ? entries.end() : entries.begin() + indexed->second;
    if (rule["kind"]) {
      if (existing != entries.end()) {
        *existing = {rule, fields.path(), id};  // redefined
      } else {
        entry_of_id_.emplace(id, entries.size());
        entries.push_back({rule, fields.path(), id});
      }
      return;
    }
    if (existing == entries.end()) {
      fields.error(rule, {"规则“" + id + "”在所继承的规则集中没有定义；新规则需要写 `kind:`",
                          "rule “" + id +
                              "” is not defined in the sets this one extends; a new "
                              "rule needs `kind:`"});
      return;
    }
    YAML::Node patched = YAML::Clone(existing->node);
    for (const auto& item : rule) {
      const std::string key = item.first.Scalar();
      if (std::find(kPatchableKeys.begin(), kPatchableKeys.end(), key) == kPatchableKeys.end()) {
        fields.error(item.first,
                     {"规则“" + id + "”的 `" + key +
                          "` 只能通过连同 `kind` 重新定义整条规则来修改；不写 `kind` 时只能修改 "
                          "severity、enabled、message、message_en、description、source",
                      "`" + key + "` of rule “" + id +
                          "” can only be changed by "
                          "redefining the rule with its `kind`; without `kind` a set may "
                          "change severity, enabled, message, message_en, description, "
                          "source"});
        continue;
      }
      patched[key] = item.second;
    }
    existing->node = patched;
  }

  const std::vector<fs::path>& directories_;
  std::vector<FileError>& errors_;
  ContentHash content_;
  const bool extends_by_path_;
  // Whether a shipped file's text as it was at build time is read from its prebuilt tree.
  const bool read_shipped_trees_;
  std::vector<fs::path> loading_;  // the chain of files being loaded, for cycles
  std::unordered_map<std::string, std::size_t> entry_of_id_;  // into the entries being merged
};

RuleSetResult build(std::vector<Entry> entries, Header header, std::string path,
                    std::string content_hash, bool known_sound, std::vector<FileError> errors) {
  RuleSet set{std::move(header.name),
              std::move(header.description),
              std::move(path),
              {},
              std::move(content_hash)};
  for (const Entry& entry : entries) {
    if (!is_enabled(entry.node)) continue;
    if (RulePtr rule = build_rule(entry.node, entry.path, errors, known_sound))
      set.rules.push_back(std::move(rule));
  }
  if (!errors.empty()) {
    // Kinds report while reading their fields, the builder after: show each file top to bottom.
    std::stable_sort(errors.begin(), errors.end(), [](const auto& a, const auto& b) {
      return std::tie(a.path, a.line, a.column) < std::tie(b.path, b.line, b.column);
    });
    return errors;
  }
  return set;
}

void append_directories(std::vector<fs::path>& directories, const char* colon_separated) {
  if (colon_separated == nullptr) return;
  std::string_view rest = colon_separated;
  while (!rest.empty()) {
    const std::size_t colon = rest.find(':');
    if (colon != 0) directories.emplace_back(rest.substr(0, colon));
    rest = colon == std::string_view::npos ? "" : rest.substr(colon + 1);
  }
}

RuleSetResult load(const std::string& text, const std::string& path,
                   const std::vector<fs::path>& directories, bool extends_by_path,
                   const KnownSound& known_sound, bool read_shipped_trees) {
  std::vector<FileError> errors;
  Loader loader(directories, errors, extends_by_path, read_shipped_trees);
  loader.begin(path);
  std::vector<Entry> entries;
  Header header;
  loader.load_text(text, path, entries, header);
  std::string content_hash = loader.content_hash();
  const bool sound = errors.empty() && known_sound && known_sound(content_hash);
  return build(std::move(entries), std::move(header), path, std::move(content_hash), sound,
               std::move(errors));
}

}  // namespace

std::vector<fs::path> default_rule_directories() {
  std::vector<fs::path> directories;
  append_directories(directories, std::getenv("PLANLINT_RULES_PATH"));
  for (fs::path& directory : shipped_rule_directories())
    directories.push_back(std::move(directory));
  return directories;
}

RuleSetResult load_rule_set_from_text(const std::string& text, const std::string& path,
                                      const std::vector<fs::path>& directories,
                                      const KnownSound& known_sound, bool read_shipped_trees) {
  return load(text, path, directories, true, known_sound, read_shipped_trees);
}

RuleSetResult load_self_contained_rule_set(const std::string& text, const std::string& path,
                                           const std::vector<fs::path>& directories) {
  return load(text, path, directories, false, {}, false);
}

RuleSetResult load_rule_set(const std::string& name_or_path,
                            const std::vector<fs::path>& directories, const KnownSound& known_sound,
                            bool read_shipped_trees) {
  std::vector<FileError> errors;
  Loader loader(directories, errors);
  const auto file = loader.resolve(name_or_path, {});
  if (!file) {
    const std::string searched = loader.searched();
    errors.push_back({name_or_path, 0, 0,
                      looks_like_path(name_or_path)
                          ? Message{"没有这个规则文件", "no such rule file"}
                          : Message{"没有这个名称的规则集（已在以下目录中查找 " + name_or_path +
                                        ".yaml：" + searched + "）",
                                    "no rule set of that name (looked for " + name_or_path +
                                        ".yaml in: " + searched + ")"}});
    return errors;
  }
  const auto text = read_text(*file);
  if (!text) {
    errors.push_back({file->string(), 0, 0, {"无法读取规则文件", "cannot read the rule file"}});
    return errors;
  }
  return load_rule_set_from_text(*text, file->string(), directories, known_sound,
                                 read_shipped_trees);
}

}  // namespace planlint
