#include <optional>

#include "planlint/report/check_report.hpp"
#include "planlint/report/column_units.hpp"
#include "planlint/report/json_string.hpp"
#include "planlint/text/document.hpp"

namespace planlint {
namespace {

// reviewdog's Diagnostic Format, rdjson (one DiagnosticResult; github.com/reviewdog/reviewdog,
// proto/rdf/reviewdog.proto), so reviewdog can comment on the changed lines of a review.
// reviewdog counts columns in UTF-8 bytes and takes range ends as exclusive; for a file in
// another encoding the columns count the bytes of its text in UTF-8.

std::string_view rdjson_severity(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "ERROR";
    case Severity::warning:
      return "WARNING";
    case Severity::info:
      return "INFO";
  }
  return "ERROR";
}

class RdjsonReporter final : public CheckReporter {
 public:
  RdjsonReporter(std::ostream& out, Language language) : out_(out), language_(language) {
    out_ << "{\"source\": {\"name\": \"planlint\"}, \"diagnostics\": [";
  }

  void file(const Document& document, const std::vector<Finding>& findings) override {
    for (const Finding& finding : findings) {
      out_ << (first_diagnostic_ ? "\n  " : ",\n  ");
      first_diagnostic_ = false;
      write_diagnostic(document, finding);
      if (!highest_ || finding.severity > *highest_) highest_ = finding.severity;
    }
  }

  // The result's own severity is the run's overall one, the highest of any diagnostic; a run
  // without diagnostics has none.
  void finish(const CheckSummary& /*summary*/) override {
    out_ << (first_diagnostic_ ? "]" : "\n]");
    if (highest_) out_ << ", \"severity\": \"" << rdjson_severity(*highest_) << "\"";
    out_ << "}\n";
  }

 private:
  void write_diagnostic(const Document& document, const Finding& finding) {
    out_ << "{\"message\": " << json_string(message_in(finding, language_))
         << ", \"location\": {\"path\": " << json_string(document.path()) << ", \"range\": ";
    write_range(document, finding);
    out_ << "}, \"severity\": \"" << rdjson_severity(finding.severity)
         << "\", \"code\": {\"value\": " << json_string(finding.rule_id) << "}";
    // A suggestion is applied to the file's bytes at those byte columns, which are only the
    // file's own in a UTF-8 file: for a GB18030 draft it would land in the wrong place, and
    // in the wrong encoding.
    if (finding.fix && document.decoded().encoding() == "UTF-8") {
      write_suggestions(document, *finding.fix);
    }
    out_ << "}";
  }

  void write_suggestions(const Document& document, const Fix& fix) {
    out_ << ", \"suggestions\": [";
    for (std::size_t index = 0; index < fix.edits.size(); ++index) {
      const TextEdit& edit = fix.edits[index];
      out_ << (index == 0 ? "" : ", ") << "{\"range\": {\"start\": {\"line\": " << edit.start.line
           << ", \"column\": " << utf8_byte_column(document, edit.begin)
           << "}, \"end\": {\"line\": " << edit.stop.line
           << ", \"column\": " << utf8_byte_column(document, edit.end)
           << "}}, \"text\": " << json_string(edit.replacement) << "}";
    }
    out_ << "]";
  }

  void write_range(const Document& document, const Finding& finding) {
    out_ << "{\"start\": {\"line\": " << finding.start.line
         << ", \"column\": " << utf8_byte_column(document, finding.begin)
         << "}, \"end\": {\"line\": " << finding.stop.line
         << ", \"column\": " << utf8_byte_column(document, finding.end) << "}}";
  }

  std::ostream& out_;
  Language language_;
  bool first_diagnostic_ = true;
  std::optional<Severity> highest_;
};

}  // namespace

std::unique_ptr<CheckReporter> make_rdjson_reporter(std::ostream& out, Language language) {
  return std::make_unique<RdjsonReporter>(out, language);
}

}  // namespace planlint
