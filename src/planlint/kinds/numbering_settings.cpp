#include "planlint/kinds/numbering_settings.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

constexpr std::array<std::pair<NumberingCheck, std::string_view>, 12> kCheckNames{{
    {NumberingCheck::bracket_mismatch, "bracket-mismatch"},
    {NumberingCheck::duplicate, "duplicate"},
    {NumberingCheck::gap, "gap"},
    {NumberingCheck::level_order, "level-order"},
    {NumberingCheck::level_skip, "level-skip"},
    {NumberingCheck::missing_separator, "missing-separator"},
    {NumberingCheck::mixed_separator, "mixed-separator"},
    {NumberingCheck::non_canonical, "non-canonical"},
    {NumberingCheck::out_of_order, "out-of-order"},
    {NumberingCheck::restart, "restart"},
    {NumberingCheck::single_child, "single-child"},
    {NumberingCheck::spaced_marker, "spaced-marker"},
}};

constexpr std::string_view kChecksExample = "`checks: {gap: error, restart: warning}`";

std::string quoted(std::string_view text) {
  return "“" + std::string(text) + "”";
}

std::optional<NumberingCheck> check_from_name(std::string_view name) {
  for (const auto& [check, candidate] : kCheckNames) {
    if (candidate == name) return check;
  }
  return std::nullopt;
}

std::string check_names() {
  std::string names;
  for (const auto& [check, name] : kCheckNames)
    names += (names.empty() ? "" : ", ") + std::string(name);
  return names;
}

std::optional<Family> read_family(RuleFields& fields, const YAML::Node& node,
                                  std::string_view key) {
  const std::string name = node.IsScalar() ? node.Scalar() : std::string();
  const auto family = family_from_name(name);
  if (!family) {
    fields.error(node, {"`" + std::string(key) + "` 中的标题序号类别 " + quoted(name) +
                            " 无法识别（可用：" + family_names() + "）",
                        "unknown heading family " + quoted(name) + " in `" + std::string(key) +
                            "` (known: " + family_names() + ")"});
  }
  return family;
}

Hierarchy read_hierarchy(RuleFields& fields) {
  const auto node = fields.node("hierarchy");
  if (!node) return default_hierarchy();
  if (!node->IsSequence() || node->size() == 0) {
    fields.error(*node, {"`hierarchy` 必须是从最高一级往下排列的标题序号类别列表，"
                         "例如 [cn, cn-paren, arabic, arabic-paren]",
                         "`hierarchy` must be a list of heading families from the top level down, "
                         "e.g. [cn, cn-paren, arabic, arabic-paren]"});
    return {};
  }
  Hierarchy hierarchy;
  for (const auto& item : *node) {
    const auto family = read_family(fields, item, "hierarchy");
    if (!family) continue;
    if (std::find(hierarchy.begin(), hierarchy.end(), *family) != hierarchy.end()) {
      fields.error(item,
                   {"标题序号类别 " + quoted(item.Scalar()) + " 在 `hierarchy` 中出现了两次",
                    "heading family " + quoted(item.Scalar()) + " is listed twice in `hierarchy`"});
      continue;
    }
    hierarchy.push_back(*family);
  }
  return hierarchy;
}

Message describe_separators(Family family) {
  Message listed;
  for (const std::string_view separator : family_traits(family).separators) {
    listed.zh += (listed.zh.empty() ? "" : "、") +
                 (separator.empty() ? std::string("\"\"（无）") : quoted(separator));
    listed.en += (listed.en.empty() ? "" : ", ") +
                 (separator.empty() ? std::string("\"\" (nothing)") : quoted(separator));
  }
  return listed;
}

std::optional<MarkerForm> read_canonical_form(RuleFields& fields, Family family,
                                              const YAML::Node& value) {
  const std::string key = "`canonical." + std::string(family_name(family)) + "`";
  const std::string written = value.IsScalar() ? value.Scalar() : std::string();
  const std::string folded = RuleFields::fold_literal(written);
  if (is_bracketed(family)) {
    if (value.IsScalar() && count_code_points(written) == 2 && folded == "()") {
      return MarkerForm{written, ""};
    }
    fields.error(value, {key + " 必须是一对括号，例如“（）”或“()”",
                         key + " must be a pair of brackets, e.g. “（）” or “()”"});
    return std::nullopt;
  }
  const auto accepted = family_traits(family).separators;
  if (value.IsScalar() && std::find(accepted.begin(), accepted.end(), folded) != accepted.end()) {
    return MarkerForm{"", written};
  }
  const Message separators = describe_separators(family);
  const std::string family_text(family_name(family));
  fields.error(value, {key + " 必须是 " + family_text + " 标题可用的分隔符：" + separators.zh +
                           "（或其全角形式）",
                       key + " must be a separator a " + family_text +
                           " heading can have: " + separators.en + " (or their full-width forms)"});
  return std::nullopt;
}

std::map<Family, MarkerForm> read_canonical(RuleFields& fields) {
  std::map<Family, MarkerForm> canonical;
  const auto node = fields.node("canonical");
  if (!node) return canonical;
  if (!node->IsMap()) {
    fields.error(*node, {"`canonical` 必须是从标题序号类别到其写法的映射，例如 "
                         "`canonical: {cn: \"、\", cn-paren: \"（）\", arabic: \".\"}`",
                         "`canonical` must be a mapping of heading families to their form, e.g. "
                         "`canonical: {cn: \"、\", cn-paren: \"（）\", arabic: \".\"}`"});
    return canonical;
  }
  for (const auto& item : *node) {
    const auto family = read_family(fields, item.first, "canonical");
    if (!family) continue;
    if (auto form = read_canonical_form(fields, *family, item.second)) {
      canonical[*family] = std::move(*form);
    }
  }
  return canonical;
}

std::optional<Severity> read_check_severity(RuleFields& fields, std::string_view check,
                                            const YAML::Node& value, bool& valid) {
  const std::string written = value.IsScalar() ? value.Scalar() : std::string();
  if (written == "off") return std::nullopt;
  const auto severity = severity_from_name(written);
  if (!severity) {
    const std::string name = "`" + std::string(check) + "`";
    fields.error(value,
                 {"检查项 " + name + " 只能是 error、warning、info 或 off（现为" +
                      (value.IsScalar() ? quoted(written) : std::string("非单个值")) + "）",
                  "check " + name + " must be error, warning, info or off (found " +
                      (value.IsScalar() ? quoted(written) : std::string("no single value")) + ")"});
    valid = false;
  }
  return severity;
}

std::map<NumberingCheck, Severity> read_checks(RuleFields& fields) {
  std::map<NumberingCheck, Severity> checks;
  const auto node = fields.node("checks");
  if (!node || !node->IsMap()) {
    const std::string example(kChecksExample);
    const Message problem = node ? Message{"`checks` 必须是", "`checks` must be a mapping"}
                                 : Message{"缺少 `checks`；它应是", "missing `checks`"};
    fields.error(node ? *node : fields.entry(),
                 {problem.zh + "从检查项名称到 error、warning、info 或 off 的映射，例如 " + example,
                  problem.en + " of check names to error, warning, info or off, e.g. " + example});
    return checks;
  }
  bool valid = true;
  for (const auto& item : *node) {
    const std::string name = item.first.IsScalar() ? item.first.Scalar() : std::string();
    const auto check = check_from_name(name);
    if (!check) {
      fields.error(
          item.first,
          {"`checks` 中的检查项 " + quoted(name) + " 无法识别（可用：" + check_names() + "）",
           "unknown check " + quoted(name) + " in `checks` (known: " + check_names() + ")"});
      valid = false;
      continue;
    }
    if (const auto severity = read_check_severity(fields, name, item.second, valid)) {
      checks[*check] = *severity;
    }
  }
  if (valid && checks.empty()) {
    fields.error_at_key("checks", {"`checks` 把所有检查项都关掉了；请至少给一项设为 error、"
                                   "warning 或 info",
                                   "`checks` turns every check off; give at least one check error, "
                                   "warning or info"});
  }
  return checks;
}

}  // namespace

std::string_view check_name(NumberingCheck check) {
  for (const auto& [candidate, name] : kCheckNames) {
    if (candidate == check) return name;
  }
  return "unknown";
}

std::optional<NumberingSettings> read_numbering_settings(RuleFields& fields) {
  NumberingSettings settings{read_hierarchy(fields), read_canonical(fields), read_checks(fields)};
  if (!fields.ok()) return std::nullopt;
  return settings;
}

}  // namespace planlint
