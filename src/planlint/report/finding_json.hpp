#pragma once
#include "planlint/core/finding.hpp"
#include "planlint/report/check_report.hpp"
#include "planlint/report/json_writer.hpp"

namespace planlint {

// The JSON objects the json and jsonl formats share (docs/json-output.md), each on one line.
// A finding: rule, kind, check, severity, message, positions, excerpt, replacement, fix (its
// safety and edits, positions as a finding's: code-point columns, file byte offsets).
void write_finding_json(JsonWriter& json, const Finding& finding, Language language);
// The counts of a run: files, findings, and findings per severity.
void write_summary_json(JsonWriter& json, const CheckSummary& summary);

}  // namespace planlint
