#include "planlint/report/finding_json.hpp"

#include "planlint/report/json_string.hpp"

namespace planlint {

void write_finding_json(std::ostream& out, const Finding& finding, Language language) {
  out << "{\"rule\": " << json_string(finding.rule_id)
      << ", \"kind\": " << json_string(finding.kind)
      << ", \"check\": " << (finding.check ? json_string(*finding.check) : "null")
      << ", \"severity\": \"" << severity_name(finding.severity)
      << "\", \"message\": " << json_string(message_in(finding, language))
      << ", \"line\": " << finding.start.line << ", \"column\": " << finding.start.column
      << ", \"end_line\": " << finding.stop.line << ", \"end_column\": " << finding.stop.column
      << ", \"offset\": " << finding.start.offset << ", \"end_offset\": " << finding.stop.offset
      << ", \"excerpt\": " << json_string(finding.excerpt);
  // Only paragraph-based inputs (.docx): the paragraph, where `column` counts (docs/docx.md).
  if (finding.start.paragraph != 0) {
    out << ", \"paragraph\": " << finding.start.paragraph
        << ", \"end_paragraph\": " << finding.stop.paragraph;
  }
  if (finding.replacement) out << ", \"replacement\": " << json_string(*finding.replacement);
  if (finding.fix) write_fix_json(out, *finding.fix);
  out << "}";
}

void write_fix_json(std::ostream& out, const Fix& fix) {
  out << ", \"fix\": {\"safety\": \"" << safety_name(fix.safety) << "\", \"edits\": [";
  for (std::size_t index = 0; index < fix.edits.size(); ++index) {
    const TextEdit& edit = fix.edits[index];
    out << (index == 0 ? "" : ", ") << "{\"line\": " << edit.start.line
        << ", \"column\": " << edit.start.column << ", \"end_line\": " << edit.stop.line
        << ", \"end_column\": " << edit.stop.column << ", \"offset\": " << edit.start.offset
        << ", \"end_offset\": " << edit.stop.offset
        << ", \"replacement\": " << json_string(edit.replacement) << "}";
  }
  out << "]}";
}

void write_summary_json(std::ostream& out, const CheckSummary& summary) {
  out << "{\"files\": " << summary.files << ", \"findings\": " << summary.findings
      << ", \"error\": " << summary.errors << ", \"warning\": " << summary.warnings
      << ", \"info\": " << summary.infos << "}";
}

}  // namespace planlint
