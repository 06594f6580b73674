#include "planlint/config/rule_fields.hpp"

#include <algorithm>
#include <re2/re2.h>

#include "planlint/text/normalize.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

std::string describe_type(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null:
      return "nothing";
    case YAML::NodeType::Scalar:
      return "a single value";
    case YAML::NodeType::Sequence:
      return "a list";
    case YAML::NodeType::Map:
      return "a mapping";
    default:
      return "an undefined value";
  }
}

std::string quoted(std::string_view text) { return "“" + std::string(text) + "”"; }

// RE2 holds a regex to linear time; a bound on its memory refuses patterns that would need a
// huge automaton (a{1000}{1000}) instead of letting them eat the machine.
constexpr int64_t kPatternMemoryBudget = 8 << 20;

}  // namespace

RuleFields::RuleFields(YAML::Node entry, std::string path, std::vector<RuleFileError>& errors)
    : entry_(std::move(entry)),
      path_(std::move(path)),
      errors_(errors),
      errors_before_(errors.size()) {}

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

void RuleFields::error(const YAML::Node& at, std::string message) {
  const YAML::Mark mark = at.Mark();
  const bool known = !mark.is_null();
  errors_.push_back(
      {path_, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0, std::move(message)});
}

void RuleFields::error_at_key(std::string_view key, std::string message) {
  for (const auto& item : entry_) {
    if (item.first.IsScalar() && item.first.Scalar() == key) {
      error(item.first, std::move(message));
      return;
    }
  }
  error(entry_, std::move(message));
}

void RuleFields::error_at_value(std::string_view key, std::string message) {
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
    error(*value, "`" + std::string(key) + "` must be a single text value, not " +
                      describe_type(*value) + " (write `" + std::string(key) + ": 文字`)");
    return std::nullopt;
  }
  return value->Scalar();
}

std::string RuleFields::required_string(std::string_view key) {
  if (!has(key)) {
    error(entry_, "missing `" + std::string(key) + "` (every entry of this kind needs one)");
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
    error(*value, "`" + std::string(key) + "` must be a list of texts, not " +
                      describe_type(*value) + " (write `" + std::string(key) + ": [甲, 乙]`)");
    return items;
  }
  for (const auto& item : *value) {
    if (!item.IsScalar()) {
      error(item, "each item of `" + std::string(key) + "` must be a single text value, not " +
                      describe_type(item));
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
    error(*value, "`" + std::string(key) + "` must be true or false");
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
    error(*value, "`" + std::string(key) + "` must be a whole number from " +
                      std::to_string(min) + " to " + std::to_string(max));
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
    error(*value, "`" + std::string(key) + "` must be a number from " + std::to_string(min) +
                      " to " + std::to_string(max));
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
  std::string listed;
  for (const std::string_view candidate : choices) {
    listed += (listed.empty() ? "" : ", ") + std::string(candidate);
  }
  error(*lookup(key), "`" + std::string(key) + "` must be one of: " + listed + " (found " +
                          quoted(*value) + ")");
  return std::nullopt;
}

std::optional<YAML::Node> RuleFields::node(std::string_view key) { return lookup(key); }

std::unique_ptr<re2::RE2> RuleFields::pattern(const YAML::Node& at, const std::string& pattern) {
  for (std::size_t offset = 0; offset < pattern.size();) {
    const char32_t code_point = decode_utf8_at(pattern, offset);
    if (code_point < 0x80) continue;  // ASCII case is handled by matching case-insensitively
    const std::string* folded = fold_code_point(code_point);
    if (folded != nullptr) {
      std::string character;
      append_utf8(character, code_point);
      error(at, "pattern " + quoted(pattern) + " contains " + quoted(character) +
                    ", which the normalized text never holds; write " + quoted(*folded) +
                    " instead (patterns match the text after full-width forms become "
                    "half-width and Traditional characters Simplified)");
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
    error(at, "pattern " + quoted(pattern) + " needs a larger automaton than the " +
                  std::to_string(kPatternMemoryBudget >> 20) +
                  " MB a pattern may take; bound its repetitions or split it into several "
                  "patterns");
    return nullptr;
  }
  if (!compiled->ok()) {
    error(at, "pattern " + quoted(pattern) + " is not a valid regular expression (RE2 syntax): " +
                  compiled->error());
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
    error_at_key(key, "unknown placeholder {" + std::string(name) + "} in `" + std::string(key) +
                          "`; it can use " + listed);
  }
}

void RuleFields::reject_unknown_keys() {
  for (const auto& item : entry_) {
    if (!item.first.IsScalar()) {
      error(item.first, "keys must be plain names");
      continue;
    }
    if (read_keys_.contains(item.first.Scalar())) continue;
    std::string known;
    for (const auto& key : read_keys_) known += (known.empty() ? "" : ", ") + key;
    error(item.first, "unknown key `" + item.first.Scalar() + "` (this entry knows: " + known + ")");
  }
}

}  // namespace planlint
