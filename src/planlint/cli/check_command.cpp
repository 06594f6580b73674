#include "planlint/cli/check_command.hpp"

#include "planlint/cli/input_error_line.hpp"
#include "planlint/config/rule_set.hpp"
#include "planlint/engine/check_document.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/report/check_report.hpp"
#include "planlint/text/document.hpp"

namespace planlint {

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& errors) {
  RuleSetResult loaded_rules = load_rule_set(options.rules);
  if (auto* problems = std::get_if<std::vector<RuleFileError>>(&loaded_rules)) {
    for (const RuleFileError& problem : *problems) {
      errors << "planlint: error: " << format_rule_file_error(problem) << '\n';
    }
    return 2;
  }
  const RuleSet& rule_set = std::get<RuleSet>(loaded_rules);
  auto reporter = make_check_reporter(options.format, out, ReportOptions{options.language, false});
  CheckSummary summary;
  bool input_failed = false;
  for (const std::string& path : options.paths) {
    LoadResult loaded = load_document(path, DecodeOptions{options.encoding});
    if (auto* error = std::get_if<InputError>(&loaded)) {
      errors << input_error_line(*error) << '\n';
      input_failed = true;
      continue;
    }
    const Document& document = *std::get<std::unique_ptr<Document>>(loaded);
    const std::vector<Finding> findings =
        check_document(document, build_outline(document), rule_set.rules);
    summary.add(findings);
    reporter->file(document, findings);
  }
  reporter->finish(summary);
  if (input_failed) return 2;
  return summary.errors > 0 ? 1 : 0;
}

}  // namespace planlint
