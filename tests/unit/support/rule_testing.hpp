#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "planlint/config/rule.hpp"
#include "planlint/config/rule_set.hpp"
#include "planlint/core/finding.hpp"

namespace planlint::testing {

// Builds one rule from the YAML of a single rule entry, as a rule file would hold it; a test
// that gives a broken entry fails with the loader's messages.
RulePtr rule_from_yaml(const std::string& yaml);
// The loader's messages ("test.yaml:L:C: …") for a rule entry expected to be refused.
std::vector<std::string> rule_errors(const std::string& yaml);
// The problems of a rule set that did not load, as "set.yaml:L:C: …" in English; none when it did.
std::vector<std::string> errors_of(const RuleSetResult& result);
// Runs one rule over a text as planlint would over a file.
std::vector<Finding> run_rule(const Rule& rule, const std::string& text);
// The rules shown in the YAML blocks of docs/rules/<kind>.md, built as the loader would, their
// examples included, so a page's recommendations cannot drift from what the kind does. A
// failure names the line of the page.
RulePtr documented_rule(const std::string& kind, const std::string& id);
std::vector<std::string> documented_rule_ids(const std::string& kind);

// The `.txt` fixtures under `root`, in every subfolder, sorted (one Catch2 GENERATE over them).
std::vector<std::string> fixture_files(const std::filesystem::path& root);
// The rule set a fixture's `%% rules:` line names: a shipped set, or a rule file beside the
// fixture. A set that does not load fails the test.
RuleSet fixture_rule_set(const std::filesystem::path& fixture, const std::string& rules);

// "L:C-L:C excerpt" for each finding, to compare spans at a glance.
std::vector<std::string> spans(const std::vector<Finding>& findings);

}  // namespace planlint::testing
