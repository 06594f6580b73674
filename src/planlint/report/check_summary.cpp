#include "planlint/report/check_report.hpp"

namespace planlint {

void CheckSummary::add(std::span<const Finding> file_findings) {
  ++files;
  findings += file_findings.size();
  for (const Finding& finding : file_findings) {
    switch (finding.severity) {
      case Severity::error:
        ++errors;
        break;
      case Severity::warning:
        ++warnings;
        break;
      case Severity::info:
        ++infos;
        break;
    }
    ++by_rule[finding.rule_id];
  }
}

const std::string& message_in(const Finding& finding, Language language) {
  return language == Language::en && !finding.message_en.empty() ? finding.message_en
                                                                 : finding.message;
}

}  // namespace planlint
