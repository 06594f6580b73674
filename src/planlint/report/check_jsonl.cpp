#include "planlint/report/check_report.hpp"
#include "planlint/report/finding_json.hpp"

namespace planlint {
namespace {

// JSON Lines: one object per file, written and flushed as soon as that file is done, so a
// consumer (a batch job, Spark's RDD.pipe) sees each file at once and planlint keeps nothing
// from one file to the next; the summary is the last line.
class JsonlReporter final : public CheckReporter {
 public:
  JsonlReporter(std::ostream& out, const ReportOptions& options)
      : json_(out), language_(options.language) {}

  void file(const Document& document, std::span<const Finding> findings,
            const FileDetails& /*details*/) override {
    write_file_json(json_, document, findings, language_);
    json_.end_line();
    json_.flush();
  }

  void finish(const CheckSummary& summary) override {
    json_.begin_object();
    write_summary_json(json_.key("summary"), summary);
    json_.end_object();
    json_.end_line();
    json_.flush();
  }

 private:
  JsonWriter json_;
  Language language_;
};

}  // namespace

std::unique_ptr<CheckReporter> make_jsonl_reporter(std::ostream& out,
                                                   const ReportOptions& options) {
  return std::make_unique<JsonlReporter>(out, options);
}

}  // namespace planlint
