#include "support/rule_testing.hpp"

#include <catch2/catch.hpp>
#include <yaml-cpp/yaml.h>

#include "planlint/config/rule_builder.hpp"
#include "planlint/engine/check_document.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/text/document.hpp"

namespace planlint::testing {

std::vector<std::string> rule_errors(const std::string& yaml) {
  std::vector<RuleFileError> errors;
  build_rule(YAML::Load(yaml), "test.yaml", errors);
  std::vector<std::string> messages;
  for (const auto& error : errors) messages.push_back(format_rule_file_error(error));
  return messages;
}

RulePtr rule_from_yaml(const std::string& yaml) {
  std::vector<RuleFileError> errors;
  RulePtr rule = build_rule(YAML::Load(yaml), "test.yaml", errors);
  for (const auto& error : errors) UNSCOPED_INFO(format_rule_file_error(error));
  REQUIRE(errors.empty());
  REQUIRE(rule != nullptr);
  return rule;
}

std::vector<Finding> run_rule(const Rule& rule, const std::string& text) {
  auto loaded = load_document_from_bytes("test.txt", text);
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  const Document& document = *std::get<std::unique_ptr<Document>>(loaded);
  return check_document(document, build_outline(document), rule);
}

std::vector<std::string> spans(const std::vector<Finding>& findings) {
  std::vector<std::string> result;
  for (const Finding& finding : findings) {
    result.push_back(std::to_string(finding.start.line) + ":" +
                     std::to_string(finding.start.column) + "-" +
                     std::to_string(finding.stop.line) + ":" +
                     std::to_string(finding.stop.column) + " " + finding.excerpt);
  }
  return result;
}

}  // namespace planlint::testing
