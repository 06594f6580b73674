#include "support/rule_testing.hpp"

#include <yaml-cpp/yaml.h>
#include <algorithm>
#include <catch2/catch.hpp>

#include "planlint/config/rule_builder.hpp"
#include "planlint/engine/check_document.hpp"
#include "planlint/engine/rule_examples.hpp"
#include "planlint/input/load_document.hpp"
#include "planlint/parse/outline.hpp"
#include "support/golden.hpp"

namespace planlint::testing {

namespace {

// As a rule set is loaded and verified: the entry's problems, else its examples'.
RulePtr built_and_verified(const YAML::Node& entry, const std::string& path,
                           std::vector<FileError>& errors) {
  RulePtr rule = build_rule(entry, path, errors);
  if (rule == nullptr) return rule;
  std::vector<FileError> example_problems = example_errors(*rule);
  if (example_problems.empty()) return rule;
  errors.insert(errors.end(), example_problems.begin(), example_problems.end());
  return nullptr;
}

}  // namespace

std::vector<std::string> rule_errors(const std::string& yaml) {
  std::vector<FileError> errors;
  built_and_verified(YAML::Load(yaml), "test.yaml", errors);
  std::vector<std::string> messages;
  for (const auto& error : errors) messages.push_back(format_file_error(error, Language::en));
  return messages;
}

RulePtr rule_from_yaml(const std::string& yaml) {
  std::vector<FileError> errors;
  RulePtr rule = built_and_verified(YAML::Load(yaml), "test.yaml", errors);
  for (const auto& error : errors) UNSCOPED_INFO(format_file_error(error, Language::en));
  REQUIRE(errors.empty());
  REQUIRE(rule != nullptr);
  return rule;
}

std::vector<std::string> errors_of(const RuleSetResult& result) {
  std::vector<std::string> messages;
  if (const auto* errors = std::get_if<std::vector<FileError>>(&result)) {
    for (const auto& error : *errors) messages.push_back(format_file_error(error, Language::en));
  }
  return messages;
}

std::vector<Finding> run_rule(const Rule& rule, const std::string& text) {
  auto loaded = load_document_from_bytes("test.txt", text);
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  const Document& document = *std::get<std::unique_ptr<Document>>(loaded);
  return check_document(document, build_outline(document), rule);
}

namespace {

struct DocumentedEntry {
  YAML::Node node;
  int line_offset;  // lines of the page before the block the entry stands in
};

std::string page_path(const std::string& kind) {
  return std::string(PLANLINT_SOURCE_DIR) + "/docs/rules/" + kind + ".md";
}

// Every rule entry of the page's YAML blocks: a block holds a list of rules, a rule set with
// `rules:`, or a single rule.
std::vector<DocumentedEntry> documented_entries(const std::string& kind) {
  const std::string text = read_file(page_path(kind));
  REQUIRE_FALSE(text.empty());
  std::vector<DocumentedEntry> entries;
  const std::string fence = "```yaml\n";
  for (std::size_t open = text.find(fence); open != std::string::npos;
       open = text.find(fence, open + 1)) {
    const std::size_t begin = open + fence.size();
    const std::size_t close = text.find("```", begin);
    REQUIRE(close != std::string::npos);
    const auto offset =
        static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(begin), '\n'));
    YAML::Node block = YAML::Load(text.substr(begin, close - begin));
    if (block.IsMap() && block["rules"]) block = block["rules"];
    if (block.IsMap()) {
      entries.push_back({block, offset});
    } else if (block.IsSequence()) {
      for (const auto& entry : block) entries.push_back({entry, offset});
    }
  }
  return entries;
}

}  // namespace

RulePtr documented_rule(const std::string& kind, const std::string& id) {
  for (const DocumentedEntry& entry : documented_entries(kind)) {
    if (!entry.node["id"] || entry.node["id"].as<std::string>() != id) continue;
    std::vector<FileError> errors;
    RulePtr rule = built_and_verified(entry.node, page_path(kind), errors);
    for (auto& error : errors) {
      error.line += entry.line_offset;
      UNSCOPED_INFO(format_file_error(error, Language::en));
    }
    REQUIRE(errors.empty());
    REQUIRE(rule != nullptr);
    return rule;
  }
  FAIL("docs/rules/" << kind << ".md has no rule " << id);
  return nullptr;
}

std::vector<std::string> documented_rule_ids(const std::string& kind) {
  std::vector<std::string> ids;
  for (const DocumentedEntry& entry : documented_entries(kind)) {
    if (entry.node["id"]) ids.push_back(entry.node["id"].as<std::string>());
  }
  return ids;
}

std::vector<std::string> spans(const std::vector<Finding>& findings) {
  std::vector<std::string> result;
  for (const Finding& finding : findings) {
    result.push_back(std::to_string(finding.start.line) + ":" +
                     std::to_string(finding.start.column) + "-" +
                     std::to_string(finding.stop.line) + ":" + std::to_string(finding.stop.column) +
                     " " + finding.excerpt);
  }
  return result;
}

std::vector<std::string> fixture_files(const std::filesystem::path& root) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

RuleSet fixture_rule_set(const std::filesystem::path& fixture, const std::string& rules) {
  const std::filesystem::path rule_file = fixture.parent_path() / rules;
  RuleSetResult loaded = load_rule_set(rules.ends_with(".yaml") ? rule_file.string() : rules,
                                       {source_dir() / "rules"});
  CHECK(errors_of(loaded) == std::vector<std::string>{});
  REQUIRE(std::holds_alternative<RuleSet>(loaded));
  return std::move(std::get<RuleSet>(loaded));
}

}  // namespace planlint::testing
