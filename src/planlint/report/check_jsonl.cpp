#include "planlint/report/check_report.hpp"
#include "planlint/report/finding_json.hpp"
#include "planlint/report/json_string.hpp"
#include "planlint/text/document.hpp"

namespace planlint {
namespace {

// JSON Lines: one object per file, written and flushed as soon as that file is done, so a
// consumer (a batch job, Spark's RDD.pipe) sees each file at once and planlint keeps nothing
// from one file to the next; the summary is the last line.
class JsonlReporter final : public CheckReporter {
 public:
  JsonlReporter(std::ostream& out, Language language) : out_(out), language_(language) {}

  void file(const Document& document, const std::vector<Finding>& findings) override {
    out_ << "{\"path\": " << json_string(document.path())
         << ", \"encoding\": " << json_string(document.decoded().encoding()) << ", \"findings\": [";
    for (std::size_t i = 0; i < findings.size(); ++i) {
      if (i > 0) out_ << ", ";
      write_finding_json(out_, findings[i], language_);
    }
    out_ << "]}\n" << std::flush;
  }

  void finish(const CheckSummary& summary) override {
    out_ << "{\"summary\": ";
    write_summary_json(out_, summary);
    out_ << "}\n" << std::flush;
  }

 private:
  std::ostream& out_;
  Language language_;
};

}  // namespace

std::unique_ptr<CheckReporter> make_jsonl_reporter(std::ostream& out, Language language) {
  return std::make_unique<JsonlReporter>(out, language);
}

}  // namespace planlint
