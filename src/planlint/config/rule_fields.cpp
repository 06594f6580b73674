#include "planlint/config/rule_fields.hpp"

#include <re2/re2.h>
#include <algorithm>

#include "planlint/text/normalize.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

Message describe_type(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null:
      return {"空值", "nothing"};
    case YAML::NodeType::Scalar:
      return {"单个值", "a single value"};
    case YAML::NodeType::Sequence:
      return {"列表", "a list"};
    case YAML::NodeType::Map:
      return {"映射", "a mapping"};
    default:
      return {"未定义的值", "an undefined value"};
  }
}

std::string ticked(std::string_view key) {
  return "`" + std::string(key) + "`";
}

std::string quoted(std::string_view text) {
  return "“" + std::string(text) + "”";
}

// RE2 holds a regex to linear time; a bound on its memory refuses patterns that would need a
// huge automaton (a{1000}{1000}) instead of letting them eat the machine.
constexpr int64_t kPatternMemoryBudget = 8 << 20;

}  // namespace

RuleFields::RuleFields(YAML::Node entry, std::string path, std::vector<FileError>& errors,
                       bool known_sound)
    : entry_(std::move(entry)),
      path_(std::move(path)),
      errors_(errors),
      errors_before_(errors.size()),
      known_sound_(known_sound) {}

bool RuleFields::has(std::string_view key) const {
  for (const auto& item : entry_) {
    if (item.first.IsScalar() && item.first.Scalar() == key) return true;
  }
  return false;
}

std::optional<YAML::Node> RuleFields::lookup(std::string_view key) {
  read_keys_.emplace(key);
  for (const auto& item : entry_) {
    if (item.first.IsScalar() && item.first.Scalar() == key) return item.second;
  }
  return std::nullopt;
}

void RuleFields::error(const YAML::Node& at, Message message) {
  const YAML::Mark mark = at.Mark();
  const bool known = !mark.is_null();
  errors_.push_back(
      {path_, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0, std::move(message)});
}

void RuleFields::error_at_key(std::string_view key, Message message) {
  for (const auto& item : entry_) {
    if (item.first.IsScalar() && item.first.Scalar() == key) {
      error(item.first, std::move(message));
      return;
    }
  }
  error(entry_, std::move(message));
}

void RuleFields::error_at_value(std::string_view key, Message message) {
  for (const auto& item : entry_) {
    if (item.first.IsScalar() && item.first.Scalar() == key) {
      error(item.second, std::move(message));
      return;
    }
  }
  error(entry_, std::move(message));
}

std::optional<std::string> RuleFields::string(std::string_view key) {
  const auto value = lookup(key);
  if (!value) return std::nullopt;
  if (!value->IsScalar()) {
    const Message type = describe_type(*value);
    error(*value, {ticked(key) + " 必须是单个文字值，而不是" + type.zh + "（写成 `" +
                       std::string(key) + ": 文字`）",
                   ticked(key) + " must be a single text value, not " + type.en + " (write `" +
                       std::string(key) + ": 文字`)"});
    return std::nullopt;
  }
  return value->Scalar();
}

std::string RuleFields::required_string(std::string_view key) {
  if (!has(key)) {
    error(entry_, {"缺少 " + ticked(key) + "（这一类条目都必须写）",
                   "missing " + ticked(key) + " (every entry of this kind needs one)"});
    read_keys_.emplace(key);
    return {};
  }
  return string(key).value_or("");
}

std::vector<std::string> RuleFields::string_list(std::string_view key) {
  std::vector<std::string> items;
  const auto value = lookup(key);
  if (!value || value->IsNull()) return items;
  if (value->IsScalar()) {
    items.push_back(value->Scalar());
    return items;
  }
  if (!value->IsSequence()) {
    const Message type = describe_type(*value);
    error(*value, {ticked(key) + " 必须是文字列表，而不是" + type.zh + "（写成 `" +
                       std::string(key) + ": [甲, 乙]`）",
                   ticked(key) + " must be a list of texts, not " + type.en + " (write `" +
                       std::string(key) + ": [甲, 乙]`)"});
    return items;
  }
  for (const auto& item : *value) {
    if (!item.IsScalar()) {
      const Message type = describe_type(item);
      error(item, {ticked(key) + " 的每一项都必须是单个文字值，而不是" + type.zh,
                   "each item of " + ticked(key) + " must be a single text value, not " + type.en});
      continue;
    }
    items.push_back(item.Scalar());
  }
  return items;
}

std::optional<bool> RuleFields::boolean(std::string_view key) {
  const auto value = lookup(key);
  if (!value) return std::nullopt;
  bool result = false;
  if (!value->IsScalar() || !YAML::convert<bool>::decode(*value, result)) {
    error(*value, {ticked(key) + " 必须是 true 或 false", ticked(key) + " must be true or false"});
    return std::nullopt;
  }
  return result;
}

std::optional<long long> RuleFields::integer(std::string_view key, long long min, long long max) {
  const auto value = lookup(key);
  if (!value) return std::nullopt;
  long long result = 0;
  if (!value->IsScalar() || !YAML::convert<long long>::decode(*value, result) || result < min ||
      result > max) {
    error(*value, {ticked(key) + " 必须是 " + std::to_string(min) + " 到 " + std::to_string(max) +
                       " 之间的整数",
                   ticked(key) + " must be a whole number from " + std::to_string(min) + " to " +
                       std::to_string(max)});
    return std::nullopt;
  }
  return result;
}

std::optional<double> RuleFields::number(std::string_view key, double min, double max) {
  const auto value = lookup(key);
  if (!value) return std::nullopt;
  double result = 0;
  if (!value->IsScalar() || !YAML::convert<double>::decode(*value, result) || result < min ||
      result > max) {
    error(*value, {ticked(key) + " 必须是 " + std::to_string(min) + " 到 " + std::to_string(max) +
                       " 之间的数",
                   ticked(key) + " must be a number from " + std::to_string(min) + " to " +
                       std::to_string(max)});
    return std::nullopt;
  }
  return result;
}

std::optional<std::string> RuleFields::choice(std::string_view key,
                                              std::initializer_list<std::string_view> choices) {
  const auto value = string(key);
  if (!value) return std::nullopt;
  for (const std::string_view candidate : choices) {
    if (*value == candidate) return value;
  }
  Message listed;
  for (const std::string_view candidate : choices) {
    listed.zh += (listed.zh.empty() ? "" : "、") + std::string(candidate);
    listed.en += (listed.en.empty() ? "" : ", ") + std::string(candidate);
  }
  error(*lookup(key),
        {ticked(key) + " 只能是以下之一：" + listed.zh + "（现为" + quoted(*value) + "）",
         ticked(key) + " must be one of: " + listed.en + " (found " + quoted(*value) + ")"});
  return std::nullopt;
}

std::optional<YAML::Node> RuleFields::node(std::string_view key) {
  return lookup(key);
}

void RuleFields::append_patterns(std::string& alternation) {
  const auto patterns_node = node("patterns");
  std::size_t index = 0;
  for (const std::string& written : string_list("patterns")) {
    const YAML::Node at = patterns_node->IsSequence() ? (*patterns_node)[index] : *patterns_node;
    ++index;
    if (!sound_pattern(at, written)) continue;
    alternation += (alternation.empty() ? "" : "|") + ("(?:" + written + ")");
  }
}

bool RuleFields::sound_pattern(const YAML::Node& at, const std::string& pattern) {
  return known_sound_ || this->pattern(at, pattern) != nullptr;
}

std::unique_ptr<re2::RE2> RuleFields::pattern(const YAML::Node& at, const std::string& pattern) {
  for (std::size_t offset = 0; offset < pattern.size();) {
    const char32_t code_point = decode_utf8_at(pattern, offset);
    if (code_point < 0x80) continue;  // ASCII case is handled by matching case-insensitively
    const std::string* folded = fold_code_point(code_point);
    if (folded != nullptr) {
      std::string character;
      append_utf8(character, code_point);
      error(at, {"模式 " + quoted(pattern) + " 含有 " + quoted(character) +
                     "，而规范化后的文本中不会出现这个字符；请改写为 " + quoted(*folded) +
                     "（模式匹配的是全角转为半角、繁体转为简体之后的文本）",
                 "pattern " + quoted(pattern) + " contains " + quoted(character) +
                     ", which the normalized text never holds; write " + quoted(*folded) +
                     " instead (patterns match the text after full-width forms become "
                     "half-width and Traditional characters Simplified)"});
      return nullptr;
    }
  }
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_case_sensitive(false);
  options.set_never_nl(true);
  options.set_log_errors(false);
  options.set_max_mem(kPatternMemoryBudget);
  auto compiled = std::make_unique<re2::RE2>(pattern, options);
  if (compiled->error_code() == re2::RE2::ErrorPatternTooLarge) {
    const std::string budget = std::to_string(kPatternMemoryBudget >> 20);
    error(at, {"模式 " + quoted(pattern) + " 所需的自动机超过单个模式允许的 " + budget +
                   " MB；请限制其重复次数，或拆成几个模式",
               "pattern " + quoted(pattern) + " needs a larger automaton than the " + budget +
                   " MB a pattern may take; bound its repetitions or split it into several "
                   "patterns"});
    return nullptr;
  }
  if (!compiled->ok()) {
    error(at,
          {"模式 " + quoted(pattern) + " 不是有效的正则表达式（RE2 语法）：" + compiled->error(),
           "pattern " + quoted(pattern) +
               " is not a valid regular expression (RE2 syntax): " + compiled->error()});
    return nullptr;
  }
  return compiled;
}

std::string RuleFields::fold_literal(std::string_view literal) {
  return normalize(literal).view();
}

void RuleFields::check_placeholders(std::string_view key, std::string_view message,
                                    std::span<const std::string_view> allowed) {
  for (std::size_t open = message.find('{'); open != std::string_view::npos;
       open = message.find('{', open + 1)) {
    const std::size_t close = message.find('}', open);
    if (close == std::string_view::npos) break;
    const std::string_view name = message.substr(open + 1, close - open - 1);
    if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
    std::string listed;
    for (const std::string_view arg : allowed) {
      listed += (listed.empty() ? "{" : ", {") + std::string(arg) + "}";
    }
    const std::string placeholder = "{" + std::string(name) + "}";
    error_at_key(key, {ticked(key) + " 中的占位符 " + placeholder + " 无法识别；可用的有 " + listed,
                       "unknown placeholder " + placeholder + " in " + ticked(key) +
                           "; it can use " + listed});
  }
}

void RuleFields::reject_unknown_keys() {
  for (const auto& item : entry_) {
    if (!item.first.IsScalar()) {
      error(item.first, {"键必须是普通名称", "keys must be plain names"});
      continue;
    }
    if (read_keys_.contains(item.first.Scalar())) continue;
    std::string known;
    for (const auto& key : read_keys_) known += (known.empty() ? "" : ", ") + key;
    error(item.first,
          {"无法识别的键 " + ticked(item.first.Scalar()) + "（此条目可用的键：" + known + "）",
           "unknown key " + ticked(item.first.Scalar()) + " (this entry knows: " + known + ")"});
  }
}

}  // namespace planlint
