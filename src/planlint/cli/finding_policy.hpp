#pragma once
#include <map>
#include <string>
#include <vector>

#include "planlint/config/rule.hpp"
#include "planlint/core/finding.hpp"

namespace planlint {

class Document;

// A finding the project leaves out: of rule `rule_id` (empty: any) lying within an occurrence of
// `text` as written (empty: anywhere).
struct IgnoredFinding {
  std::string rule_id;
  std::string text;
};

// What a project's config changes in the findings of its rules: their severity, and which are
// left out. Shared read-only by the threads checking files.
class FindingPolicy {
 public:
  FindingPolicy() = default;
  FindingPolicy(std::map<std::string, Severity, std::less<>> severity_overrides,
                std::vector<IgnoredFinding> ignored);

  // Drops the ignored findings and gives the others their project severity.
  void apply(const Document& document, std::vector<Finding>& findings) const;
  // The severity a rule's findings get in this project.
  Severity severity_of(const RuleInfo& rule) const;

 private:
  bool ignores(const Document& document, const Finding& finding) const;

  std::map<std::string, Severity, std::less<>> severity_overrides_;
  std::vector<IgnoredFinding> ignored_;
};

}  // namespace planlint
