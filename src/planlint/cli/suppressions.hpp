#pragma once
#include <vector>

#include "planlint/core/finding.hpp"

namespace planlint {

class Document;
class RuleRunner;

// The rule ids of what suppressions report themselves.
inline constexpr std::string_view kUnusedSuppressionRule = "unused-suppression";
inline constexpr std::string_view kUnknownSuppressionRule = "unknown-suppression-rule";

// Drops the findings the document's suppression comments silence (docs/suppressing.md). A
// suppression naming a rule `runner` does not run is reported as a warning instead of applied;
// with `report_unused`, so is each that silences nothing. `findings` stays sorted by position.
void apply_suppressions(const Document& document, const RuleRunner& runner, bool report_unused,
                        std::vector<Finding>& findings);

}  // namespace planlint
