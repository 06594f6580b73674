#include <catch2/catch.hpp>

#include "planlint/cli/finding_policy.hpp"
#include "planlint/input/load_document.hpp"

using namespace planlint;

namespace {

const std::string kText = "实施X计划，购置X光机，建设X区分校。";

// A finding of `rule` over the first occurrence of `excerpt` in kText.
Finding finding(std::string rule, const std::string& excerpt, std::size_t from = 0) {
  Finding found;
  found.rule_id = std::move(rule);
  found.begin = kText.find(excerpt, from);
  found.end = found.begin + excerpt.size();
  found.excerpt = excerpt;
  return found;
}

std::vector<std::string> kept(const FindingPolicy& policy, std::vector<Finding> findings) {
  const auto document =
      std::move(std::get<std::unique_ptr<Document>>(load_document_from_bytes("plan.txt", kText)));
  policy.apply(*document, findings);
  std::vector<std::string> described;
  for (const Finding& left : findings) {
    described.push_back(left.rule_id + "@" + std::to_string(left.begin) + ":" +
                        std::string(severity_name(left.severity)));
  }
  return described;
}

}  // namespace

TEST_CASE("an ignore entry leaves out findings lying within its text", "[cli][policy]") {
  const std::vector<Finding> findings{
      finding("placeholder-letters", "X"), finding("placeholder-letters", "X", 12),
      finding("placeholder-letters", "X", 24), finding("other", "X计划")};
  const std::string second = std::to_string(kText.find("X", 12));
  const std::string third = std::to_string(kText.find("X", 24));

  CHECK(kept(FindingPolicy({}, {{"placeholder-letters", "X计划"}}), findings) ==
        std::vector<std::string>{"placeholder-letters@" + second + ":error",
                                 "placeholder-letters@" + third + ":error", "other@6:error"});
  CHECK(kept(FindingPolicy({}, {{"", "实施X计划"}}), findings) ==
        std::vector<std::string>{"placeholder-letters@" + second + ":error",
                                 "placeholder-letters@" + third + ":error"});
  CHECK(kept(FindingPolicy({}, {{"other", ""}}), findings).size() == 3);
  // A text that only overlaps the span, or lies elsewhere, excuses nothing.
  CHECK(kept(FindingPolicy({}, {{"", "计划，购置"}, {"", "X光"}}), {findings[0], findings[3]})
            .size() == 2);
}

TEST_CASE("severity overrides apply to the rule's findings and its description", "[cli][policy]") {
  const FindingPolicy policy({{"other", Severity::info}}, {});
  CHECK(kept(policy, {finding("other", "X计划"), finding("placeholder-letters", "X")}) ==
        std::vector<std::string>{"other@6:info", "placeholder-letters@6:error"});
  RuleInfo other;
  other.id = "other";
  CHECK(policy.severity_of(other) == Severity::info);
  RuleInfo unchanged;
  unchanged.id = "placeholder-letters";
  unchanged.severity = Severity::warning;
  CHECK(policy.severity_of(unchanged) == Severity::warning);
}
