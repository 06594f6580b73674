#include "planlint/report/check_report.hpp"
#include "planlint/report/severity_labels.hpp"
#include "planlint/text/document.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

// GitHub Actions workflow commands: each finding becomes an annotation on the file, shown in
// the run's summary and beside the pull request's diff. Columns are planlint's own (code
// points), the end column exclusive; GitHub accepts columns only within one line.

// The workflow command of each severity.
constexpr SeverityLabels kCommands{"error", "warning", "notice"};

enum class CommandPart { message, property };

// Escaped as GitHub's own toolkit (@actions/core) escapes: '%', CR and LF everywhere, and ':'
// and ',' in a property value, where they would end the value. Bytes that are not UTF-8
// become U+FFFD.
std::string escaped(std::string_view text, CommandPart part) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t start = at;
    const char32_t code_point = decode_utf8_at(text, at);
    const bool in_property = part == CommandPart::property;
    if (code_point == U'%') {
      out += "%25";
    } else if (code_point == U'\r') {
      out += "%0D";
    } else if (code_point == U'\n') {
      out += "%0A";
    } else if (code_point == U':' && in_property) {
      out += "%3A";
    } else if (code_point == U',' && in_property) {
      out += "%2C";
    } else if (code_point == 0xFFFD) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(text.substr(start, at - start));
    }
  }
  return out;
}

class GithubReporter final : public CheckReporter {
 public:
  GithubReporter(std::ostream& out, const ReportOptions& options)
      : out_(out), language_(options.language) {}

  void file(const Document& document, std::span<const Finding> findings,
            const FileDetails& /*details*/) override {
    const std::string path = escaped(document.path(), CommandPart::property);
    for (const Finding& finding : findings) {
      const bool one_line = finding.start.line == finding.stop.line;
      out_ << "::" << kCommands(finding.severity) << " file=" << path
           << ",line=" << finding.start.line;
      if (one_line) out_ << ",col=" << finding.start.column;
      out_ << ",endLine=" << finding.stop.line;
      if (one_line) out_ << ",endColumn=" << finding.stop.column;
      out_ << ",title=" << escaped(finding.rule_id, CommandPart::property)
           << "::" << escaped(message_in(finding, language_), CommandPart::message) << '\n';
    }
  }

  void finish(const CheckSummary& /*summary*/) override {}

 private:
  std::ostream& out_;
  Language language_;
};

}  // namespace

std::unique_ptr<CheckReporter> make_github_reporter(std::ostream& out,
                                                    const ReportOptions& options) {
  return std::make_unique<GithubReporter>(out, options);
}

}  // namespace planlint
