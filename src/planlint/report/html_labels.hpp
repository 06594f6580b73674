#pragma once
#include <string_view>

#include "planlint/core/severity.hpp"
#include "planlint/report/outline_report.hpp"
#include "planlint/report/severity_labels.hpp"

namespace planlint {

// The words of the HTML report, in Chinese or English.
struct HtmlLabels {
  std::string_view lang;  // the page's lang attribute
  std::string_view title;
  std::string_view skip_to_files;
  std::string_view overview;
  std::string_view files;
  std::string_view findings;
  SeverityLabels severities;  // each severity, as a finding shows it
  std::string_view errors;
  std::string_view warnings;
  std::string_view infos;
  std::string_view ready;
  std::string_view not_ready;
  std::string_view ready_rule;  // {} is the severity name
  std::string_view ready_never;
  std::string_view by_severity;
  std::string_view by_rule;
  std::string_view rule_table;
  std::string_view rule;
  std::string_view count;
  std::string_view norm;
  std::string_view norm_cited;  // before a finding's norm
  std::string_view path;
  std::string_view placeholders;
  std::string_view numbering;
  std::string_view missing_themes;
  std::string_view status;
  std::string_view filter_paths;
  std::string_view all;
  std::string_view shown;  // {} of {}
  std::string_view themes;
  std::string_view themes_note;
  std::string_view no_themes;
  std::string_view present;
  std::string_view missing;
  std::string_view waived;  // missing, but its finding is ignored or in the baseline
  std::string_view preamble;
  std::string_view documents;
  std::string_view encoding;
  std::string_view outline;
  std::string_view toggle_section;
  std::string_view no_headings;
  std::string_view text;
  std::string_view no_findings;
  std::string_view severity;
  std::string_view previous;
  std::string_view next;
  std::string_view keys_help;
  std::string_view back_to_overview;
  std::string_view document_type;
  std::string_view document_date;
  std::string_view missing_sections;
  std::string_view fix_safe;    // a finding `check --fix` repairs
  std::string_view fix_unsafe;  // one it repairs only with --unsafe-fixes
};

const HtmlLabels& html_labels(Language language);

}  // namespace planlint
