#include <algorithm>

#include "html_assets.inc"
#include "planlint/report/check_report.hpp"
#include "planlint/report/html_chart.hpp"
#include "planlint/report/html_document.hpp"
#include "planlint/report/html_escape.hpp"
#include "planlint/report/html_labels.hpp"
#include "planlint/text/document.hpp"

namespace planlint {
namespace {

std::string with_numbers(std::string_view pattern, std::initializer_list<std::string> values) {
  std::string text(pattern);
  std::size_t at = 0;
  for (const std::string& value : values) {
    at = text.find("{}", at);
    if (at == std::string::npos) break;
    text.replace(at, 2, value);
    at += value.size();
  }
  return text;
}

// A theme matrix cell: whether the file addresses the theme, and where.
struct ThemeCell {
  bool found = false;
  // Not found, but its finding was waived (ignored by the config or accepted in the baseline):
  // the matrix then agrees with the list of findings instead of showing a gap nobody reports.
  bool waived = false;
  std::string section;  // label of the section it was first found in
  std::string anchor;   // element id to link to: its heading's line, or the document
};

// One row of the overview's table of files.
struct FileRow {
  std::string path;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t placeholders = 0;
  std::size_t numbering = 0;
  std::size_t missing_themes = 0;
  std::string type;  // as the outline read it, empty when unknown
  std::string date;
  bool ready = true;
  std::map<std::string, ThemeCell, std::less<>> themes;  // by rule id; absent: not known
};

// The editor's view: one self-contained page (inline CSS, JS and SVG, nothing fetched) with the
// overview, the theme matrix and every document. Documents are written as they come and kept
// until finish(), since the overview above them needs the whole run's counts.
class HtmlReporter final : public CheckReporter {
 public:
  HtmlReporter(std::ostream& out, const ReportOptions& options)
      : out_(out), options_(options), labels_(html_labels(options.language)) {}

  bool describes_rules() const override { return true; }
  void rules(std::span<const RuleInfo> rules) override {
    for (const RuleInfo& rule : rules) {
      norms_[rule.id] = rule.source;
      if (rule.traits.reports_coverage) add_theme_column(rule.id, rule.id);
    }
  }

  void file(const Document& document, std::span<const Finding> findings,
            const FileDetails& details) override {
    FileRow row = row_for(document, findings, details);
    rows_.push_back(row);
    HtmlDocument{rows_.size(), document, findings, details,
                 row.ready,    norms_,   labels_,  options_.language}
        .append_to(documents_);
  }

  void finish(const CheckSummary& summary) override {
    std::string page;
    page.reserve(documents_.size() + 64 * 1024);
    write_head(page);
    write_overview(page, summary);
    write_theme_matrix(page);
    // The script comes before the documents: its listeners are delegated from the document, so
    // the overview is interactive while the documents of a large report are still being read.
    page += "<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>";
    page += kReportJs;
    page += "</script>\n";
    page += "<section id=\"documents\" aria-labelledby=\"documents-h\"><h2 id=\"documents-h\">" +
            std::string(labels_.documents) + "</h2>";
    write_finding_tools(page, summary);
    out_ << page << documents_;
    out_ << "</section></main>\n</body>\n</html>\n";
  }

 private:
  void add_theme_column(const std::string& rule_id, const std::string& theme) {
    const auto known = std::find_if(theme_columns_.begin(), theme_columns_.end(),
                                    [&](const auto& column) { return column.first == rule_id; });
    if (known == theme_columns_.end()) {
      theme_columns_.emplace_back(rule_id, theme);
    } else {
      known->second = theme;
    }
  }

  bool is_ready(std::span<const Finding> findings) const {
    if (!options_.fail_on) return true;
    return std::none_of(findings.begin(), findings.end(), [&](const Finding& finding) {
      return finding.severity >= *options_.fail_on;
    });
  }

  FileRow row_for(const Document& document, std::span<const Finding> findings,
                  const FileDetails& details) {
    FileRow row;
    row.path = document.path();
    for (const Finding& finding : findings) {
      if (finding.severity == Severity::error) ++row.errors;
      if (finding.severity == Severity::warning) ++row.warnings;
      if (finding.topic == FindingTopic::placeholder) ++row.placeholders;
      if (finding.topic == FindingTopic::numbering) ++row.numbering;
      if (finding.topic == FindingTopic::missing_theme) ++row.missing_themes;
    }
    row.ready = is_ready(findings);
    row.type = HtmlDocument::type_text(details.outline, options_.language);
    row.date = HtmlDocument::date_text(details.outline, options_.language);
    const std::string id = "d" + std::to_string(rows_.size() + 1);
    for (const ThemeCoverage& theme : details.themes) {
      add_theme_column(theme.rule_id, theme.theme);
      ThemeCell cell;
      cell.found = theme.found;
      cell.waived = !theme.found &&
                    std::none_of(findings.begin(), findings.end(), [&](const Finding& finding) {
                      return finding.rule_id == theme.rule_id;
                    });
      if (theme.found && theme.heading && details.outline != nullptr) {
        const Heading& heading = details.outline->headings[*theme.heading];
        cell.section = HtmlDocument::heading_label(heading);
        cell.anchor = id + "-L" + std::to_string(heading.position.line);
      } else if (theme.found) {
        cell.section = labels_.preamble;
        cell.anchor = id;
      }
      row.themes[theme.rule_id] = std::move(cell);
    }
    return row;
  }

  void write_head(std::string& page) const {
    page += "<!DOCTYPE html>\n<html lang=\"" + std::string(labels_.lang) +
            "\">\n<head>\n<meta charset=\"utf-8\">\n"
            // Nothing is fetched: the page works from file:// with the network off, and no
            // text in it can make the browser load anything.
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
            std::string(labels_.title) + "</title>\n<style>";
    page += kReportCss;
    page += "</style>\n</head>\n<body data-shown=\"" + html_attribute(labels_.shown) + "\">\n";
    page += "<a class=\"skip\" href=\"#files\">" + std::string(labels_.skip_to_files) + "</a>\n";
    page += "<header><h1>" + std::string(labels_.title) + "</h1><nav><a href=\"#overview\">" +
            std::string(labels_.overview) + "</a> <a href=\"#themes\">" +
            std::string(labels_.themes) + "</a> <a href=\"#documents\">" +
            std::string(labels_.documents) + "</a></nav></header>\n<main>\n";
  }

  void write_totals(std::string& page, const CheckSummary& summary) const {
    const auto ready = static_cast<std::size_t>(
        std::count_if(rows_.begin(), rows_.end(), [](const FileRow& row) { return row.ready; }));
    const auto total = [&](std::string_view key, std::string_view label, std::size_t value) {
      page += "<div class=\"total " + std::string(key) + "\"><dt>" + std::string(label) +
              "</dt><dd data-count=\"" + std::string(key) + "\">" + std::to_string(value) +
              "</dd></div>";
    };
    page += "<dl class=\"totals\">";
    total("files", labels_.files, summary.files);
    total("findings", labels_.findings, summary.findings);
    total("errors", labels_.errors, summary.errors);
    total("warnings", labels_.warnings, summary.warnings);
    total("infos", labels_.infos, summary.infos);
    total("ready", labels_.ready, ready);
    total("not-ready", labels_.not_ready, rows_.size() - ready);
    page += "</dl>";
    page += "<p class=\"note\">" +
            (options_.fail_on
                 ? with_numbers(labels_.ready_rule, {std::string(severity_name(*options_.fail_on))})
                 : std::string(labels_.ready_never)) +
            "</p>";
  }

  void write_charts(std::string& page, const CheckSummary& summary) const {
    const std::vector<ChartBar> severities{
        {std::string(labels_.errors), summary.errors, "s-error"},
        {std::string(labels_.warnings), summary.warnings, "s-warning"},
        {std::string(labels_.infos), summary.infos, "s-info"}};
    std::vector<std::pair<std::string, std::size_t>> rules(summary.by_rule.begin(),
                                                           summary.by_rule.end());
    std::stable_sort(rules.begin(), rules.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<ChartBar> rule_bars;
    for (const auto& [rule, count] : rules) rule_bars.push_back({rule, count, "by-rule"});
    page += "<div class=\"charts\"><figure><figcaption>" + std::string(labels_.by_severity) +
            "</figcaption>" + svg_bar_chart(labels_.by_severity, severities) + "</figure>";
    if (!rule_bars.empty()) {
      page += "<figure><figcaption>" + std::string(labels_.by_rule) + "</figcaption>" +
              svg_bar_chart(labels_.by_rule, rule_bars) + "</figure>";
    }
    page += "</div>";
  }

  // Every rule that found something, with the norm it enforces when the rule set names one.
  void write_rule_table(std::string& page, const CheckSummary& summary) const {
    std::vector<std::pair<std::string, std::size_t>> rules(summary.by_rule.begin(),
                                                           summary.by_rule.end());
    std::stable_sort(rules.begin(), rules.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (rules.empty()) return;
    // Collapsed: the chart above shows the same counts; the table adds the norms.
    page += "<details class=\"rules\"><summary>" + std::string(labels_.rule_table) +
            "</summary><table><caption>" + std::string(labels_.by_rule) +
            "</caption><thead><tr><th scope=\"col\">" + std::string(labels_.rule) +
            "</th><th scope=\"col\">" + std::string(labels_.count) + "</th><th scope=\"col\">" +
            std::string(labels_.norm) + "</th></tr></thead><tbody>";
    for (const auto& [rule, count] : rules) {
      const auto norm = norms_.find(rule);
      page += "<tr data-rule=\"" + html_attribute(rule) + "\"><th scope=\"row\"><code>" +
              html_text(rule) + "</code></th><td class=\"num\">" + std::to_string(count) +
              "</td><td>" + (norm == norms_.end() ? std::string() : html_text(norm->second)) +
              "</td></tr>";
    }
    page += "</tbody></table></details>";
  }

  void write_files_table(std::string& page) const {
    page += "<div class=\"table-tools\"><label>" + std::string(labels_.filter_paths) +
            " <input type=\"search\" id=\"file-filter\"></label> <label>" +
            std::string(labels_.status) + " <select id=\"status-filter\"><option value=\"\">" +
            std::string(labels_.all) + "</option><option value=\"ready\">" +
            std::string(labels_.ready) + "</option><option value=\"not-ready\">" +
            std::string(labels_.not_ready) +
            "</option></select></label> <output id=\"files-shown\"></output></div>";
    page += "<table id=\"files\" class=\"file-table\"><caption>" + std::string(labels_.files) +
            "</caption><thead><tr>";
    const std::string_view headers[] = {
        labels_.path,         labels_.errors,        labels_.warnings,
        labels_.placeholders, labels_.numbering,     labels_.missing_themes,
        labels_.status,       labels_.document_type, labels_.document_date};
    for (std::size_t column = 0; column < std::size(headers); ++column) {
      page += "<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" data-column=\"" +
              std::to_string(column) + "\"" + (column == 0 || column >= 6 ? "" : " data-numeric") +
              ">" + std::string(headers[column]) + "</button></th>";
    }
    page += "</tr></thead><tbody>\n";
    for (std::size_t index = 0; index < rows_.size(); ++index) {
      const FileRow& row = rows_[index];
      const auto number = [&](std::size_t value) {
        page += "<td class=\"num" + std::string(value == 0 ? " zero" : "") + "\">" +
                std::to_string(value) + "</td>";
      };
      const std::string status = row.ready ? "ready" : "not-ready";
      page += "<tr data-status=\"" + status + "\"><td><a href=\"#d" + std::to_string(index + 1) +
              "\">" + html_text(row.path) + "</a></td>";
      number(row.errors);
      number(row.warnings);
      number(row.placeholders);
      number(row.numbering);
      number(row.missing_themes);
      page += "<td><span class=\"status " + status + "\">" +
              std::string(row.ready ? labels_.ready : labels_.not_ready) + "</span></td><td>" +
              html_text(row.type) + "</td><td>" + html_text(row.date) + "</td></tr>\n";
    }
    page += "</tbody></table>";
  }

  void write_overview(std::string& page, const CheckSummary& summary) const {
    page += "<section id=\"overview\" aria-labelledby=\"overview-h\"><h2 id=\"overview-h\">" +
            std::string(labels_.overview) + "</h2>";
    write_totals(page, summary);
    write_charts(page, summary);
    write_files_table(page);
    write_rule_table(page, summary);
    page += "</section>\n";
  }

  // One toolbar for every document, kept in view while reading: a set of controls per
  // document would cost thousands of form elements in a large report.
  void write_finding_tools(std::string& page, const CheckSummary& summary) const {
    page += "<div class=\"finding-tools\" role=\"toolbar\"><label>" +
            std::string(labels_.severity) + " <select id=\"severity-filter\"><option value=\"\">" +
            std::string(labels_.all) + "</option>";
    for (const Severity severity : {Severity::error, Severity::warning, Severity::info}) {
      page += "<option value=\"s-" + std::string(severity_name(severity)) + "\">" +
              std::string(labels_.severities(severity)) + "</option>";
    }
    page += "</select></label> <label>" + std::string(labels_.rule) +
            " <select id=\"rule-filter\"><option value=\"\">" + std::string(labels_.all) +
            "</option>";
    for (const auto& rule : summary.by_rule) {
      page += "<option value=\"" + html_attribute(rule.first) + "\">" + html_text(rule.first) +
              "</option>";
    }
    page += "</select></label> <button type=\"button\" data-go=\"-1\">" +
            std::string(labels_.previous) + "</button> <button type=\"button\" data-go=\"1\">" +
            std::string(labels_.next) + "</button> <span class=\"keys\">" +
            std::string(labels_.keys_help) + "</span></div>\n";
  }

  void write_theme_matrix(std::string& page) const {
    page += "<section id=\"themes\" aria-labelledby=\"themes-h\"><h2 id=\"themes-h\">" +
            std::string(labels_.themes) + "</h2>";
    if (theme_columns_.empty()) {
      page += "<p>" + std::string(labels_.no_themes) + "</p></section>\n";
      return;
    }
    page += "<p class=\"note\">" + std::string(labels_.themes_note) +
            "</p><div class=\"scroll\"><table id=\"matrix\" class=\"matrix\"><thead><tr><th "
            "scope=\"col\">" +
            std::string(labels_.path) + "</th>";
    for (const auto& [rule_id, theme] : theme_columns_) {
      page += "<th scope=\"col\" data-rule=\"" + html_attribute(rule_id) + "\">" +
              html_text(theme) + "</th>";
    }
    page += "</tr></thead><tbody>\n";
    for (std::size_t index = 0; index < rows_.size(); ++index) {
      const FileRow& row = rows_[index];
      page += "<tr><th scope=\"row\"><a href=\"#d" + std::to_string(index + 1) + "\">" +
              html_text(row.path) + "</a></th>";
      for (const auto& column : theme_columns_) {
        const auto cell = row.themes.find(column.first);
        if (cell == row.themes.end()) {
          page += "<td class=\"unknown\">–</td>";
        } else if (cell->second.found) {
          page +=
              "<td class=\"present\"><span class=\"sym\" aria-hidden=\"true\">✓</span> "
              "<span class=\"sr\">" +
              std::string(labels_.present) + ": </span><a href=\"#" + cell->second.anchor +
              "\" title=\"" + html_attribute(cell->second.section) + "\">" +
              html_text(cell->second.section) + "</a></td>";
        } else if (cell->second.waived) {
          page += "<td class=\"waived\">– " + std::string(labels_.waived) + "</td>";
        } else {
          page += "<td class=\"missing\"><span class=\"sym\" aria-hidden=\"true\">✗</span> " +
                  std::string(labels_.missing) + "</td>";
        }
      }
      page += "</tr>\n";
    }
    page += "</tbody></table></div></section>\n";
  }

  std::ostream& out_;
  ReportOptions options_;
  const HtmlLabels& labels_;
  std::map<std::string, std::string, std::less<>> norms_;
  std::vector<std::pair<std::string, std::string>> theme_columns_;  // rule id, theme
  std::vector<FileRow> rows_;
  std::string documents_;
};

}  // namespace

std::unique_ptr<CheckReporter> make_html_reporter(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<HtmlReporter>(out, options);
}

}  // namespace planlint
