#pragma once
#include <span>
#include <vector>

#include "planlint/config/rule.hpp"
#include "planlint/core/file_error.hpp"

namespace planlint {

// The self-test of rules: each must fire on every `hit` example and stay silent on every
// `miss`, so a rule that can never match (or always does) is caught when it is written. Each
// example is checked as a document of its own, as planlint would check a file holding it. The
// problems point at the example in its rule file. Whether a set needs it again is
// verified_rule_set.hpp's business.
std::vector<FileError> example_errors(const Rule& rule);
std::vector<FileError> example_errors(std::span<const RulePtr> rules);

}  // namespace planlint
