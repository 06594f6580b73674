#include "planlint/report/check_report.hpp"
#include "planlint/report/finding_json.hpp"

namespace planlint {
namespace {

// One JSON document for the whole run: every file with its findings, then the summary. Each
// file is written out as soon as it is done; nothing is kept from one file to the next.
class JsonReporter final : public CheckReporter {
 public:
  JsonReporter(std::ostream& out, const ReportOptions& options)
      : json_(out), language_(options.language) {
    // "files" and "summary" each start a line; every file, and every finding of it, too.
    json_.begin_object({"", ",\n ", ""});
    json_.key("files").begin_array(json_lines(2, 0));
  }

  void file(const Document& document, std::span<const Finding> findings,
            const FileDetails& /*details*/) override {
    write_file_json(json_, document, findings, language_, json_lines(4, 2));
    json_.flush();
  }

  void finish(const CheckSummary& summary) override {
    json_.end_array();
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

std::unique_ptr<CheckReporter> make_json_reporter(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<JsonReporter>(out, options);
}

}  // namespace planlint
