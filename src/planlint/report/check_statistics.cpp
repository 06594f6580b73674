#include <algorithm>
#include <iomanip>
#include <utility>
#include <vector>

#include "planlint/report/check_report.hpp"
#include "planlint/report/json_string.hpp"

namespace planlint {
namespace {

using RuleCount = std::pair<std::string, std::size_t>;

std::vector<RuleCount> most_frequent_first(const CheckSummary& summary) {
  std::vector<RuleCount> counts(summary.by_rule.begin(), summary.by_rule.end());
  std::stable_sort(counts.begin(), counts.end(),
                   [](const RuleCount& a, const RuleCount& b) { return a.second > b.second; });
  return counts;
}

class StatisticsReporter final : public CheckReporter {
 public:
  StatisticsReporter(std::ostream& out, bool json, Language language)
      : out_(out), json_(json), language_(language) {}

  void file(const Document&, const std::vector<Finding>&) override {}

  void finish(const CheckSummary& summary) override {
    if (json_) {
      write_json(summary);
    } else {
      write_text(summary);
    }
  }

 private:
  void write_text(const CheckSummary& summary) {
    for (const auto& [rule, count] : most_frequent_first(summary)) {
      out_ << std::setw(6) << count << "  " << rule << '\n';
    }
    if (language_ == Language::zh) {
      out_ << "共 " << summary.findings << " 个问题，检查了 " << summary.files << " 个文件\n";
    } else {
      out_ << summary.findings << " problems in " << summary.files << " files\n";
    }
  }

  void write_json(const CheckSummary& summary) {
    out_ << "{\"rules\": [";
    bool first = true;
    for (const auto& [rule, count] : most_frequent_first(summary)) {
      out_ << (first ? "\n" : ",\n") << "  {\"rule\": " << json_string(rule)
           << ", \"count\": " << count << "}";
      first = false;
    }
    out_ << (first ? "]" : "\n]") << ", \"files\": " << summary.files
         << ", \"findings\": " << summary.findings << "}\n";
  }

  std::ostream& out_;
  bool json_;
  Language language_;
};

}  // namespace

std::unique_ptr<CheckReporter> make_statistics_reporter(std::ostream& out, bool json,
                                                        Language language) {
  return std::make_unique<StatisticsReporter>(out, json, language);
}

}  // namespace planlint
