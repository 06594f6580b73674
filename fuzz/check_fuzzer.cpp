// Text → findings: a whole `planlint check --rules education-plan` of one file, as the command
// line runs it (decode, normalize, outline, every rule of the set and core, which it extends,
// through the shared line prefilter once enough text has gone by), then the baseline keys and
// every report format, told the outline and theme coverage as the command line tells them.
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>

#include "fuzz/fuzz_expect.hpp"
#include "planlint/baseline/finding_key.hpp"
#include "planlint/config/rule_set.hpp"
#include "planlint/engine/check_document.hpp"
#include "planlint/input/load_document.hpp"
#include "planlint/report/check_report.hpp"

using namespace planlint;

namespace {

const RuleSet& education_plan() {
  static const RuleSet set = [] {
    RuleSetResult loaded = load_rule_set("education-plan", {PLANLINT_FUZZ_SOURCE_DIR "/rules"});
    FUZZ_EXPECT(std::holds_alternative<RuleSet>(loaded));
    return std::move(std::get<RuleSet>(loaded));
  }();
  return set;
}

// One runner for the whole run, as `check` keeps one for all its files.
const RuleRunner& runner() {
  static const RuleRunner runner(education_plan().rules);
  return runner;
}

void expect_findings_placed(const Document& document, const std::vector<Finding>& findings) {
  const std::size_t line_count = document.lines().line_count();
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& finding = findings[i];
    FUZZ_EXPECT(finding.begin <= finding.end);
    FUZZ_EXPECT(finding.end <= document.text().size());
    FUZZ_EXPECT(finding.excerpt ==
                document.text().substr(finding.begin, finding.end - finding.begin));
    FUZZ_EXPECT(finding.start == document.position_of(finding.begin));
    FUZZ_EXPECT(finding.stop == document.position_of(finding.end));
    FUZZ_EXPECT(finding.start.line >= 1 && finding.start.line <= line_count);
    FUZZ_EXPECT(!finding.message.empty());
    if (i > 0) FUZZ_EXPECT(findings[i - 1].start.offset <= finding.start.offset);
  }
}

const std::vector<RuleInfo>& rule_infos() {
  static const std::vector<RuleInfo> infos = [] {
    std::vector<RuleInfo> infos;
    for (const RulePtr& rule : education_plan().rules) infos.push_back(rule->info());
    return infos;
  }();
  return infos;
}

// A theme found lies in the text, and the heading that holds it exists.
void expect_themes_placed(const Document& document, const RuleRunner::Checked& checked) {
  for (const ThemeCoverage& theme : checked.themes) {
    if (!theme.found) continue;
    FUZZ_EXPECT(theme.begin <= theme.end && theme.end <= document.text().size());
    FUZZ_EXPECT(theme.start == document.position_of(theme.begin));
    if (theme.heading) FUZZ_EXPECT(*theme.heading < checked.outline.headings.size());
  }
}

void write_every_report(const Document& document, const RuleRunner::Checked& checked) {
  const std::vector<Finding>& findings = checked.findings;
  CheckSummary summary;
  summary.add(findings);
  for (const std::string_view format : check_formats()) {
    std::ostringstream out;
    const auto reporter = make_check_reporter(format, out, ReportOptions{Language::en, true});
    FUZZ_EXPECT(reporter != nullptr);
    reporter->rules(rule_infos());
    reporter->file(document, findings, FileDetails{&checked.outline, checked.themes});
    reporter->finish(summary);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  DocumentResult loaded =
      load_document_from_bytes("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
  if (std::holds_alternative<InputError>(loaded)) return 0;
  const Document& document = *std::get<std::unique_ptr<Document>>(loaded);
  const RuleRunner::Checked checked = runner().check(document);
  expect_findings_placed(document, checked.findings);
  FUZZ_EXPECT(finding_keys(checked.outline, checked.findings).size() == checked.findings.size());
  expect_themes_placed(document, checked);
  write_every_report(document, checked);
  return 0;
}
