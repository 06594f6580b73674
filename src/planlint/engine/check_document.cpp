#include "planlint/engine/check_document.hpp"

#include <algorithm>
#include <tuple>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"

namespace planlint {
namespace {

void locate(const Document& document, Finding& finding) {
  finding.start = document.position_of(finding.begin);
  finding.stop = document.position_of(finding.end);
  finding.excerpt = std::string(document.text().substr(finding.begin, finding.end - finding.begin));
}

std::vector<Finding> finish(const Document& document, std::vector<Finding> findings) {
  for (Finding& finding : findings) locate(document, finding);
  std::sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.begin, a.rule_id, a.end, a.check, a.message) <
           std::tie(b.begin, b.rule_id, b.end, b.check, b.message);
  });
  return findings;
}

std::vector<const Rule*> pointers_to(std::span<const RulePtr> rules) {
  std::vector<const Rule*> pointers;
  for (const RulePtr& rule : rules) pointers.push_back(rule.get());
  return pointers;
}

}  // namespace

RuleRunner::RuleRunner(std::span<const RulePtr> rules) : rules_(pointers_to(rules)) {
  prefilter_.emplace(rules_);
}

RuleRunner::RuleRunner(const Rule& rule) : rules_{&rule} {}

std::vector<Finding> RuleRunner::check(const Document& document, const Outline& outline) const {
  CheckContext context(document, outline);
  if (prefilter_) prefilter_->assign_ranges(context);
  FindingSink sink(context);
  for (const Rule* rule : rules_) rule->check(context, sink);
  return finish(document, std::move(sink.findings()));
}

std::vector<Finding> check_document(const Document& document, const Outline& outline,
                                    std::span<const RulePtr> rules) {
  return RuleRunner(rules).check(document, outline);
}

std::vector<Finding> check_document(const Document& document, const Outline& outline,
                                    const Rule& rule) {
  return RuleRunner(rule).check(document, outline);
}

}  // namespace planlint
