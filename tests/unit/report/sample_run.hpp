#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planlint/report/check_report.hpp"
#include "planlint/text/document.hpp"

namespace planlint::testing {

// The fixed input of every reporter test (sample_run.cpp): a Traditional draft with full-width
// characters and findings built by hand to exercise every escape and every column unit, then a
// clean GB18030 draft. Reporters only format, so no rule runs here.
struct SampleRun {
  std::vector<std::unique_ptr<Document>> documents;
  std::vector<std::vector<Finding>> findings;  // per document, in document order
  std::vector<RuleInfo> rules;                 // what the command line tells reporters
};

const SampleRun& sample_run();

// One finding to build: what a rule would report, and the text it matched.
struct FindingSpec {
  std::string rule_id;
  std::string kind;
  std::optional<std::string> check;
  Severity severity;
  std::string_view matched;  // the span: the first occurrence at or after the previous span
  std::string message;
  std::string message_en;
  std::optional<std::string> replacement;
};

// A document read from bytes, as planlint reads a file.
std::unique_ptr<Document> load(std::string path, std::string_view bytes);
// Findings as the engine would make them: positions and excerpt from the span.
std::vector<Finding> findings_in(const Document& document, const std::vector<FindingSpec>& specs);

// What the reporter for `format` writes for the sample run: told the rules (unless
// `tell_rules` is false), then each file, then the summary.
std::string render_sample(std::string_view format, const ReportOptions& options = {},
                          bool tell_rules = true);

// The golden file tests/golden/report/<name>.
std::string golden_path(std::string_view name);

}  // namespace planlint::testing
