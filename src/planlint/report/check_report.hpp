#pragma once
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "planlint/config/rule.hpp"
#include "planlint/core/finding.hpp"
#include "planlint/core/theme_coverage.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/report/outline_report.hpp"

namespace planlint {

class Document;

// Counts over a whole run.
struct CheckSummary {
  std::size_t files = 0;
  std::size_t findings = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::map<std::string, std::size_t> by_rule;

  void add(std::span<const Finding> file_findings);
};

// What a report may show of a file beyond its findings: its section outline, and whether it
// addresses each required theme (in rule order). Formats that list findings only ignore it.
struct FileDetails {
  const Outline* outline = nullptr;  // null when not known
  std::span<const ThemeCoverage> themes;
};

// A report format for `planlint check`: told the rules of the run, then about each file in input
// order as soon as it is checked, then the summary. Reporters only format; they never decide what
// is a finding. A format writes each file out before the next arrives, unless it needs a view of
// the whole run (SARIF's rules table, the HTML page), and then keeps only what that view needs.
class CheckReporter {
 public:
  virtual ~CheckReporter() = default;
  // The rules the run checks with, in rule-set order; called once, before the first file().
  // Only formats that describe rules (SARIF's tool.driver.rules) use it; a format that needs it
  // and is not told describes each rule from its findings alone.
  virtual void rules(std::span<const RuleInfo> /*rules*/) {}
  // Whether rules() is of use to the format, so a run whose format is not one of those does not
  // gather the rules' descriptions at all.
  virtual bool describes_rules() const { return false; }
  // One file's findings, in order, with what else is known of it (most formats ignore that).
  virtual void file(const Document& document, std::span<const Finding> findings,
                    const FileDetails& details) = 0;
  virtual void finish(const CheckSummary& summary) = 0;
};

// How a report is to be written, beyond its format.
struct ReportOptions {
  Language language = Language::zh;
  bool color = false;  // ANSI colours (text format on a terminal)
  // The least severity that fails the run (`--fail-on`); none: nothing does. A file with a
  // finding this severe is not ready (html format).
  std::optional<Severity> fail_on = Severity::error;
};

// Every format is made the same way: one file in report/ with its factory, and one row in the
// table of report/reporters.cpp (docs/formats.md describes each).
using MakeCheckReporter = std::unique_ptr<CheckReporter> (*)(std::ostream& out,
                                                             const ReportOptions& options);
std::unique_ptr<CheckReporter> make_text_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<CheckReporter> make_json_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<CheckReporter> make_jsonl_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<CheckReporter> make_sarif_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<CheckReporter> make_junit_reporter(std::ostream& out, const ReportOptions& options);
std::unique_ptr<CheckReporter> make_rdjson_reporter(std::ostream& out,
                                                    const ReportOptions& options);
std::unique_ptr<CheckReporter> make_github_reporter(std::ostream& out,
                                                    const ReportOptions& options);
std::unique_ptr<CheckReporter> make_html_reporter(std::ostream& out, const ReportOptions& options);
// --statistics: the number of findings of each rule, most frequent first, instead of the
// findings; as text, or (with --format json) as JSON ({"rules": [{"rule": …, "count": …}],
// "files": …, "findings": …}).
std::unique_ptr<CheckReporter> make_statistics_text_reporter(std::ostream& out,
                                                             const ReportOptions& options);
std::unique_ptr<CheckReporter> make_statistics_json_reporter(std::ostream& out,
                                                             const ReportOptions& options);

// The formats `--format` accepts, in the order `--help` lists them (report/reporters.cpp).
std::span<const std::string_view> check_formats();
// A reporter for one of check_formats(); nullptr for any other name.
std::unique_ptr<CheckReporter> make_check_reporter(std::string_view format, std::ostream& out,
                                                   const ReportOptions& options);
// The reporter of --statistics in `format`: JSON for json, text for any other.
std::unique_ptr<CheckReporter> make_statistics_reporter(std::string_view format, std::ostream& out,
                                                        const ReportOptions& options);

// The finding's message in the language asked for (English falls back to Chinese).
const std::string& message_in(const Finding& finding, Language language);

}  // namespace planlint
