#include "planlint/report/finding_json.hpp"

#include "planlint/text/document.hpp"

namespace planlint {
namespace {

void write_fix_json(JsonWriter& json, const Fix& fix) {
  json.begin_object();
  json.member("safety", safety_name(fix.safety));
  json.key("edits").begin_array();
  for (const TextEdit& edit : fix.edits) {
    json.begin_object();
    json.member("line", edit.start.line).member("column", edit.start.column);
    json.member("end_line", edit.stop.line).member("end_column", edit.stop.column);
    json.member("offset", edit.start.offset).member("end_offset", edit.stop.offset);
    json.member("replacement", edit.replacement);
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

}  // namespace

void write_finding_json(JsonWriter& json, const Finding& finding, Language language) {
  json.begin_object();
  json.member("rule", finding.rule_id).member("kind", finding.kind);
  json.member("check", finding.check);
  json.member("severity", severity_name(finding.severity));
  json.member("message", message_in(finding, language));
  json.member("line", finding.start.line).member("column", finding.start.column);
  json.member("end_line", finding.stop.line).member("end_column", finding.stop.column);
  json.member("offset", finding.start.offset).member("end_offset", finding.stop.offset);
  json.member("excerpt", finding.excerpt);
  // Only paragraph-based inputs (.docx): the paragraph, where `column` counts (docs/docx.md).
  if (finding.start.paragraph != 0) {
    json.member("paragraph", finding.start.paragraph);
    json.member("end_paragraph", finding.stop.paragraph);
  }
  if (finding.replacement) json.member("replacement", *finding.replacement);
  if (finding.fix) write_fix_json(json.key("fix"), *finding.fix);
  json.end_object();
}

void write_file_json(JsonWriter& json, const Document& document, std::span<const Finding> findings,
                     Language language, JsonLayout findings_layout) {
  json.begin_object();
  json.member("path", document.path()).member("encoding", document.decoded().encoding());
  json.key("findings").begin_array(findings_layout);
  for (const Finding& finding : findings) write_finding_json(json, finding, language);
  json.end_array();
  json.end_object();
}

void write_summary_json(JsonWriter& json, const CheckSummary& summary) {
  json.begin_object();
  json.member("files", summary.files).member("findings", summary.findings);
  json.member("error", summary.errors).member("warning", summary.warnings);
  json.member("info", summary.infos);
  json.end_object();
}

}  // namespace planlint
