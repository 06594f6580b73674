#include "planlint/cli/finding_policy.hpp"

#include <algorithm>

#include "planlint/text/document.hpp"

namespace planlint {
namespace {

// Whether [begin, end) lies within an occurrence of `text` in `document_text`.
bool lies_within(std::string_view document_text, const Finding& finding, std::string_view text) {
  const std::size_t earliest = finding.end > text.size() ? finding.end - text.size() : 0;
  for (std::size_t start = document_text.find(text, earliest);
       start != std::string_view::npos && start <= finding.begin;
       start = document_text.find(text, start + 1)) {
    if (start + text.size() >= finding.end) return true;
  }
  return false;
}

}  // namespace

FindingPolicy::FindingPolicy(std::map<std::string, Severity, std::less<>> severity_overrides,
                             std::vector<IgnoredFinding> ignored)
    : severity_overrides_(std::move(severity_overrides)), ignored_(std::move(ignored)) {}

void FindingPolicy::apply(const Document& document, std::vector<Finding>& findings) const {
  std::erase_if(findings, [&](const Finding& finding) { return ignores(document, finding); });
  if (severity_overrides_.empty()) return;
  for (Finding& finding : findings) {
    const auto configured = severity_overrides_.find(finding.rule_id);
    if (configured != severity_overrides_.end()) finding.severity = configured->second;
  }
}

Severity FindingPolicy::severity_of(const RuleInfo& rule) const {
  const auto configured = severity_overrides_.find(rule.id);
  return configured == severity_overrides_.end() ? rule.severity : configured->second;
}

bool FindingPolicy::ignores(const Document& document, const Finding& finding) const {
  return std::any_of(ignored_.begin(), ignored_.end(), [&](const IgnoredFinding& ignored) {
    return (ignored.rule_id.empty() || ignored.rule_id == finding.rule_id) &&
           (ignored.text.empty() || lies_within(document.text(), finding, ignored.text));
  });
}

}  // namespace planlint
