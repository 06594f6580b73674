#include "support/suppression_testing.hpp"

#include <catch2/catch.hpp>

#include <memory>

#include "planlint/cli/suppressions.hpp"
#include "planlint/engine/check_document.hpp"
#include "planlint/input/load_document.hpp"
#include "support/rule_testing.hpp"

namespace planlint::testing {
namespace {

std::vector<RulePtr> alpha_beta_rules() {
  std::vector<RulePtr> rules;
  rules.push_back(
      rule_from_yaml("{id: alpha, kind: phrase, severity: warning, message: 甲, phrases: [甲]}"));
  rules.push_back(
      rule_from_yaml("{id: beta, kind: phrase, severity: warning, message: 乙, phrases: [乙]}"));
  return rules;
}

std::string place_of(const Position& start, FindingPlace place) {
  if (place == FindingPlace::paragraph) {
    return "¶" + std::to_string(start.paragraph) + ":" + std::to_string(start.column);
  }
  return std::to_string(start.line) + ":" + std::to_string(start.column);
}

}  // namespace

std::vector<std::string> findings_left(const std::string& name, const std::string& bytes,
                                       bool report_unused, FindingPlace place) {
  const std::vector<RulePtr> rules = alpha_beta_rules();
  const RuleRunner runner(rules);
  auto loaded = load_document_from_bytes(name, bytes);
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  const auto& document = *std::get<std::unique_ptr<Document>>(loaded);
  std::vector<Finding> findings = runner.check(document).findings;
  apply_suppressions(document, runner, report_unused, findings);
  std::vector<std::string> described;
  for (const Finding& finding : findings) {
    described.push_back(finding.rule_id + "@" + place_of(finding.start, place));
  }
  return described;
}

}  // namespace planlint::testing
