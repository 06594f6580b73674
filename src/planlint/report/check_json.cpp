#include "planlint/report/check_report.hpp"
#include "planlint/report/finding_json.hpp"
#include "planlint/report/json_string.hpp"
#include "planlint/text/document.hpp"

namespace planlint {
namespace {

// One JSON document for the whole run: every file with its findings, then the summary.
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
      write_finding_json(out_, findings[i], language_);
    }
    out_ << (findings.empty() ? "]}" : "\n  ]}");
  }

  void finish(const CheckSummary& summary) override {
    out_ << (first_file_ ? "],\n" : "\n],\n") << " \"summary\": ";
    write_summary_json(out_, summary);
    out_ << "}\n";
  }

 private:
  std::ostream& out_;
  Language language_;
  bool first_file_ = true;
};

}  // namespace

std::unique_ptr<CheckReporter> make_json_reporter(std::ostream& out, Language language) {
  return std::make_unique<JsonReporter>(out, language);
}

}  // namespace planlint
