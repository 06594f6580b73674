#pragma once
#include <ostream>

#include "planlint/core/finding.hpp"
#include "planlint/report/check_report.hpp"

namespace planlint {

// The JSON objects the json and jsonl formats share (docs/json-output.md), each on one line.
// A finding: rule, kind, check, severity, message, positions, excerpt, replacement, fix.
void write_finding_json(std::ostream& out, const Finding& finding, Language language);
// `, "fix": {"safety": …, "edits": [{line, column, end_line, end_column, offset, end_offset,
// replacement}…]}`: positions as a finding's (code-point columns, file byte offsets).
void write_fix_json(std::ostream& out, const Fix& fix);
// The counts of a run: files, findings, and findings per severity.
void write_summary_json(std::ostream& out, const CheckSummary& summary);

}  // namespace planlint
