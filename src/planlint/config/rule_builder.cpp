#include "planlint/config/rule_builder.hpp"

#include <algorithm>
#include <array>

#include "planlint/config/kind_table.hpp"
#include "planlint/config/rule_fields.hpp"

namespace planlint {
namespace {

// [a-z0-9]+(-[a-z0-9]+)*
bool is_kebab_case(std::string_view id) {
  const auto is_word_character = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  };
  if (id.empty() || id.front() == '-' || id.back() == '-') return false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    if (id[i] == '-' ? id[i + 1] == '-' : !is_word_character(id[i])) return false;
  }
  return true;
}

std::string known_kinds() {
  std::string names;
  for (const KindEntry& kind : rule_kinds())
    names += (names.empty() ? "" : ", ") + std::string(kind.name);
  return names;
}

// Every {name} in a message must be {match} or one the kind fills in.
void check_placeholders(RuleFields& fields, std::string_view key, const std::string& message,
                        const KindEntry& kind) {
  std::vector<std::string_view> allowed{"match"};
  allowed.insert(allowed.end(), kind.message_args.begin(), kind.message_args.end());
  fields.check_placeholders(key, message, allowed);
}

struct Examples {
  std::vector<RuleExample> hit;
  std::vector<RuleExample> miss;
};

std::vector<RuleExample> read_example_list(RuleFields& fields, std::string_view key) {
  std::vector<RuleExample> examples;
  const auto list = fields.node(key);
  if (!list) return examples;
  const auto add = [&](const YAML::Node& item) {
    const YAML::Mark mark = item.Mark();
    const bool known = !mark.is_null();
    examples.push_back({item.Scalar(), known ? mark.line + 1 : 0, known ? mark.column + 1 : 0});
  };
  if (list->IsScalar()) {
    add(*list);
    return examples;
  }
  if (!list->IsSequence()) {
    fields.error(*list, {"`" + std::string(key) + "` 必须是示例文字列表",
                         "`" + std::string(key) + "` must be a list of example texts"});
    return examples;
  }
  for (const auto& item : *list) {
    if (item.IsScalar()) {
      add(item);
    } else {
      fields.error(item, {"`" + std::string(key) + "` 的每个示例都必须是文字",
                          "each `" + std::string(key) + "` example must be a text"});
    }
  }
  return examples;
}

Examples read_examples(RuleFields& fields, std::vector<FileError>& errors) {
  Examples examples;
  const auto node = fields.node("examples");
  if (!node) return examples;
  if (!node->IsMap()) {
    fields.error(*node, {"`examples` 必须是映射：`examples: {hit: [...], miss: [...]}`",
                         "`examples` must be a mapping: `examples: {hit: [...], miss: [...]}`"});
    return examples;
  }
  RuleFields example_fields(*node, fields.path(), errors);
  examples.hit = read_example_list(example_fields, "hit");
  examples.miss = read_example_list(example_fields, "miss");
  example_fields.reject_unknown_keys();
  return examples;
}

RuleInfo read_common_fields(RuleFields& fields) {
  RuleInfo info;
  info.id = fields.required_string("id");
  if (!info.id.empty() && !is_kebab_case(info.id)) {
    fields.error_at_value(
        "id",
        {"规则 id“" + info.id +
             "”必须是短横线连接的小写形式：只用小写字母、数字和连字符，例如 placeholder-letters",
         "rule id “" + info.id +
             "” must be kebab-case: lower-case letters, digits and hyphens, "
             "e.g. placeholder-letters"});
  }
  info.kind = fields.required_string("kind");
  if (!fields.has("severity")) {
    fields.error(fields.entry(), {"缺少 `severity`（error、warning 或 info）",
                                  "missing `severity` (error, warning or info)"});
  } else if (const auto severity = fields.choice("severity", {"error", "warning", "info"})) {
    info.severity = *severity_from_name(*severity);
  }
  info.message = fields.required_string("message");
  info.message_en = fields.string("message_en").value_or("");
  info.description = fields.string("description").value_or("");
  info.source = fields.string("source").value_or("");
  fields.boolean("enabled");  // merging the rule sets has already acted on it
  return info;
}

}  // namespace

RulePtr build_rule(const YAML::Node& entry, const std::string& path, std::vector<FileError>& errors,
                   bool known_sound) {
  RuleFields fields(entry, path, errors, known_sound);
  if (!entry.IsMap()) {
    fields.error(entry, {"每条规则都必须是含有 id、kind、severity 和 message 的映射",
                         "each rule must be a mapping with id, kind, severity and message"});
    return nullptr;
  }
  RuleInfo info = read_common_fields(fields);
  Examples examples = read_examples(fields, errors);
  info.path = path;
  info.hit_examples = std::move(examples.hit);
  info.miss_examples = std::move(examples.miss);
  const KindEntry* kind = info.kind.empty() ? nullptr : find_kind(info.kind);
  if (kind == nullptr) {
    if (!info.kind.empty()) {
      const std::string kinds = known_kinds();
      fields.error_at_value("kind",
                            {"无法识别的规则类型“" + info.kind + "”；可用的类型有：" + kinds,
                             "unknown kind “" + info.kind + "”; the kinds are: " + kinds});
    }
    return nullptr;
  }
  check_placeholders(fields, "message", info.message, *kind);
  check_placeholders(fields, "message_en", info.message_en, *kind);
  info.traits = kind->traits;
  RulePtr rule = kind->make(std::move(info), fields);
  fields.reject_unknown_keys();
  if (rule == nullptr || !fields.ok()) return nullptr;
  return rule;
}

}  // namespace planlint
