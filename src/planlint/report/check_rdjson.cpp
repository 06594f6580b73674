#include <optional>

#include "planlint/report/check_report.hpp"
#include "planlint/report/column_units.hpp"
#include "planlint/report/json_writer.hpp"
#include "planlint/report/severity_labels.hpp"
#include "planlint/text/document.hpp"

namespace planlint {
namespace {

// reviewdog's Diagnostic Format, rdjson (one DiagnosticResult; github.com/reviewdog/reviewdog,
// proto/rdf/reviewdog.proto), so reviewdog can comment on the changed lines of a review.
// reviewdog counts columns in UTF-8 bytes and takes range ends as exclusive; for a file in
// another encoding the columns count the bytes of its text in UTF-8.

constexpr SeverityLabels kRdjsonSeverities{"ERROR", "WARNING", "INFO"};

// A Range of the format: start and end, each a line and a UTF-8 byte column.
struct Range {
  std::size_t start_line;
  std::size_t start_column;
  std::size_t end_line;
  std::size_t end_column;
};

Range range_of(const Document& document, const Position& start, std::size_t begin,
               const Position& stop, std::size_t end) {
  return {start.line, utf8_byte_column(document, begin), stop.line,
          utf8_byte_column(document, end)};
}

void write_range(JsonWriter& json, const Range& range) {
  json.begin_object();
  json.key("start").begin_object();
  json.member("line", range.start_line).member("column", range.start_column);
  json.end_object();
  json.key("end").begin_object();
  json.member("line", range.end_line).member("column", range.end_column);
  json.end_object();
  json.end_object();
}

class RdjsonReporter final : public CheckReporter {
 public:
  RdjsonReporter(std::ostream& out, const ReportOptions& options)
      : json_(out), language_(options.language) {
    json_.begin_object();
    json_.key("source").begin_object();
    json_.member("name", "planlint");
    json_.end_object();
    json_.key("diagnostics").begin_array(json_lines(2, 0));
  }

  void file(const Document& document, std::span<const Finding> findings,
            const FileDetails& /*details*/) override {
    for (const Finding& finding : findings) {
      write_diagnostic(document, finding);
      if (!highest_ || finding.severity > *highest_) highest_ = finding.severity;
    }
    json_.flush();
  }

  // The result's own severity is the run's overall one, the highest of any diagnostic; a run
  // without diagnostics has none.
  void finish(const CheckSummary& /*summary*/) override {
    json_.end_array();
    if (highest_) json_.member("severity", kRdjsonSeverities(*highest_));
    json_.end_object();
    json_.end_line();
    json_.flush();
  }

 private:
  void write_diagnostic(const Document& document, const Finding& finding) {
    json_.begin_object();
    json_.member("message", message_in(finding, language_));
    json_.key("location").begin_object();
    json_.member("path", document.path());
    write_range(json_.key("range"),
                range_of(document, finding.start, finding.begin, finding.stop, finding.end));
    json_.end_object();
    json_.member("severity", kRdjsonSeverities(finding.severity));
    json_.key("code").begin_object();
    json_.member("value", finding.rule_id);
    json_.end_object();
    // A suggestion is applied to the file's bytes at those byte columns, which are only the
    // file's own in a UTF-8 file: for a GB18030 draft it would land in the wrong place, and
    // in the wrong encoding.
    if (finding.fix && document.decoded().encoding() == "UTF-8") {
      write_suggestions(document, *finding.fix);
    }
    json_.end_object();
  }

  void write_suggestions(const Document& document, const Fix& fix) {
    json_.key("suggestions").begin_array();
    for (const TextEdit& edit : fix.edits) {
      json_.begin_object();
      write_range(json_.key("range"),
                  range_of(document, edit.start, edit.begin, edit.stop, edit.end));
      json_.member("text", edit.replacement);
      json_.end_object();
    }
    json_.end_array();
  }

  JsonWriter json_;
  Language language_;
  std::optional<Severity> highest_;
};

}  // namespace

std::unique_ptr<CheckReporter> make_rdjson_reporter(std::ostream& out,
                                                    const ReportOptions& options) {
  return std::make_unique<RdjsonReporter>(out, options);
}

}  // namespace planlint
