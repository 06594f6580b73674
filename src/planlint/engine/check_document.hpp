#pragma once
#include <span>
#include <vector>

#include "planlint/config/rule.hpp"
#include "planlint/core/finding.hpp"

namespace planlint {

class Document;
struct Outline;

// Runs the rules over one document and returns their findings with positions and excerpts,
// sorted by position, then rule id.
std::vector<Finding> check_document(const Document& document, const Outline& outline,
                                    std::span<const RulePtr> rules);
// The same for a single rule (rule examples, tests).
std::vector<Finding> check_document(const Document& document, const Outline& outline,
                                    const Rule& rule);

}  // namespace planlint
