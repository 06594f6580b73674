#pragma once
#include <span>

#include "planlint/core/finding.hpp"
#include "planlint/report/check_report.hpp"
#include "planlint/report/json_writer.hpp"

namespace planlint {

// The JSON objects the json and jsonl formats share (docs/json-output.md), each on one line.
// A finding: rule, kind, check, severity, message, positions, excerpt, replacement, fix (its
// safety and edits, positions as a finding's: code-point columns, file byte offsets).
void write_finding_json(JsonWriter& json, const Finding& finding, Language language);
// A checked file: path, encoding and its findings, the findings' array laid out as `findings`.
void write_file_json(JsonWriter& json, const Document& document, std::span<const Finding> findings,
                     Language language, JsonLayout findings_layout = kJsonInline);
// The counts of a run: files, findings, and findings per severity.
void write_summary_json(JsonWriter& json, const CheckSummary& summary);

}  // namespace planlint
