#include "planlint/report/check_report.hpp"
#include "planlint/report/json_string.hpp"
#include "planlint/text/document.hpp"

namespace planlint {
namespace {

class JsonReporter final : public CheckReporter {
 public:
  JsonReporter(std::ostream& out, Language language) : out_(out), language_(language) {
    out_ << "{\"files\": [";
  }

  void file(const Document& document, const std::vector<Finding>& findings) override {
    out_ << (first_file_ ? "\n" : ",\n") << "  {\"path\": " << json_string(document.path())
         << ", \"encoding\": " << json_string(document.decoded().encoding()) << ", \"findings\": [";
    first_file_ = false;
    for (std::size_t i = 0; i < findings.size(); ++i) {
      out_ << (i == 0 ? "\n" : ",\n") << "    ";
      write_finding(findings[i]);
    }
    out_ << (findings.empty() ? "]}" : "\n  ]}");
  }

  void finish(const CheckSummary& summary) override {
    out_ << (first_file_ ? "],\n" : "\n],\n") << " \"summary\": {\"files\": " << summary.files
         << ", \"findings\": " << summary.findings << ", \"error\": " << summary.errors
         << ", \"warning\": " << summary.warnings << ", \"info\": " << summary.infos << "}}\n";
  }

 private:
  void write_finding(const Finding& finding) {
    out_ << "{\"rule\": " << json_string(finding.rule_id)
         << ", \"kind\": " << json_string(finding.kind)
         << ", \"check\": " << (finding.check ? json_string(*finding.check) : "null")
         << ", \"severity\": \"" << severity_name(finding.severity)
         << "\", \"message\": " << json_string(message_in(finding, language_))
         << ", \"line\": " << finding.start.line << ", \"column\": " << finding.start.column
         << ", \"end_line\": " << finding.stop.line << ", \"end_column\": " << finding.stop.column
         << ", \"offset\": " << finding.start.offset << ", \"end_offset\": " << finding.stop.offset
         << ", \"excerpt\": " << json_string(finding.excerpt);
    if (finding.replacement) out_ << ", \"replacement\": " << json_string(*finding.replacement);
    out_ << "}";
  }

  std::ostream& out_;
  Language language_;
  bool first_file_ = true;
};

}  // namespace

std::unique_ptr<CheckReporter> make_json_reporter(std::ostream& out, Language language) {
  return std::make_unique<JsonReporter>(out, language);
}

}  // namespace planlint
