#pragma once
#include <ostream>

#include "planlint/core/finding.hpp"
#include "planlint/report/check_report.hpp"

namespace planlint {

// The JSON objects the json and jsonl formats share (docs/json-output.md), each on one line.
// A finding: rule, kind, check, severity, message, positions, excerpt, replacement.
void write_finding_json(std::ostream& out, const Finding& finding, Language language);
// The counts of a run: files, findings, and findings per severity.
void write_summary_json(std::ostream& out, const CheckSummary& summary);

}  // namespace planlint
