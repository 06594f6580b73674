#include <algorithm>
#include <iomanip>
#include <utility>
#include <vector>

#include "planlint/report/check_report.hpp"
#include "planlint/report/json_writer.hpp"

namespace planlint {
namespace {

using RuleCount = std::pair<std::string, std::size_t>;

std::vector<RuleCount> most_frequent_first(const CheckSummary& summary) {
  std::vector<RuleCount> counts(summary.by_rule.begin(), summary.by_rule.end());
  std::stable_sort(counts.begin(), counts.end(),
                   [](const RuleCount& a, const RuleCount& b) { return a.second > b.second; });
  return counts;
}

// The counts alone: nothing is written before the run's summary, which holds them.
class StatisticsReporter : public CheckReporter {
 public:
  void file(const Document&, std::span<const Finding>, const FileDetails&) override {}
};

class StatisticsTextReporter final : public StatisticsReporter {
 public:
  StatisticsTextReporter(std::ostream& out, const ReportOptions& options)
      : out_(out), language_(options.language) {}

  void finish(const CheckSummary& summary) override {
    for (const auto& [rule, count] : most_frequent_first(summary)) {
      out_ << std::setw(6) << count << "  " << rule << '\n';
    }
    if (language_ == Language::zh) {
      out_ << "共 " << summary.findings << " 个问题，检查了 " << summary.files << " 个文件\n";
    } else {
      out_ << summary.findings << " problems in " << summary.files << " files\n";
    }
  }

 private:
  std::ostream& out_;
  Language language_;
};

class StatisticsJsonReporter final : public StatisticsReporter {
 public:
  StatisticsJsonReporter(std::ostream& out, const ReportOptions& /*options*/) : json_(out) {}

  void finish(const CheckSummary& summary) override {
    json_.begin_object();
    json_.key("rules").begin_array(json_lines(2, 0));
    for (const auto& [rule, count] : most_frequent_first(summary)) {
      json_.begin_object();
      json_.member("rule", rule).member("count", count);
      json_.end_object();
    }
    json_.end_array();
    json_.member("files", summary.files).member("findings", summary.findings);
    json_.end_object();
    json_.end_line();
    json_.flush();
  }

 private:
  JsonWriter json_;
};

}  // namespace

std::unique_ptr<CheckReporter> make_statistics_text_reporter(std::ostream& out,
                                                             const ReportOptions& options) {
  return std::make_unique<StatisticsTextReporter>(out, options);
}

std::unique_ptr<CheckReporter> make_statistics_json_reporter(std::ostream& out,
                                                             const ReportOptions& options) {
  return std::make_unique<StatisticsJsonReporter>(out, options);
}

}  // namespace planlint
