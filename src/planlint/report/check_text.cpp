#include <string>
#include <string_view>

#include "planlint/report/check_report.hpp"
#include "planlint/report/severity_labels.hpp"
#include "planlint/report/visible_text.hpp"
#include "planlint/text/display_width.hpp"
#include "planlint/text/document.hpp"

namespace planlint {
namespace {

// How much of a long line is shown around a finding, in bytes each side (about 50 Hanzi).
constexpr std::size_t kContextBytes = 150;

constexpr SeverityLabels kChineseLabels{"错误", "警告", "提示"};

std::string_view severity_label(Severity severity, Language language) {
  return language == Language::en ? severity_name(severity) : kChineseLabels(severity);
}

// ANSI colours as compilers colour their diagnostics: bold red errors, bold magenta warnings,
// bold cyan notes; the caret takes its finding's colour.
std::string_view severity_color(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "\x1b[1;31m";
    case Severity::warning:
      return "\x1b[1;35m";
    case Severity::info:
      return "\x1b[1;36m";
  }
  return "\x1b[1;31m";
}
constexpr std::string_view kColorReset = "\x1b[0m";

bool is_continuation_byte(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// The line, or for a .docx the paragraph: plan.docx:¶12:5.
std::string place(const Position& position) {
  if (position.paragraph != 0) return "¶" + std::to_string(position.paragraph);
  return std::to_string(position.line);
}

class TextReporter final : public CheckReporter {
 public:
  TextReporter(std::ostream& out, const ReportOptions& options)
      : out_(out), language_(options.language), color_(options.color) {}

  void file(const Document& document, std::span<const Finding> findings,
            const FileDetails& /*details*/) override {
    for (const Finding& finding : findings) write_finding(document, finding);
  }

  void finish(const CheckSummary& summary) override {
    if (summary.findings == 0) {
      out_ << (language_ == Language::zh ? "未发现问题（检查了 " : "No problems found in ")
           << summary.files << (language_ == Language::zh ? " 个文件）" : " files") << '\n';
      return;
    }
    if (language_ == Language::zh) {
      out_ << "共 " << summary.findings << " 个问题（" << summary.errors << " 个错误，"
           << summary.warnings << " 个警告，" << summary.infos << " 个提示），检查了 "
           << summary.files << " 个文件\n";
    } else {
      out_ << summary.findings << " problems (" << summary.errors << " errors, " << summary.warnings
           << " warnings, " << summary.infos << " info) in " << summary.files << " files\n";
    }
    for (const auto& [rule, count] : summary.by_rule) out_ << "  " << rule << ": " << count << '\n';
  }

 private:
  void write_finding(const Document& document, const Finding& finding) {
    out_ << visible_text(document.path()) << ':' << place(finding.start) << ':'
         << finding.start.column << ": "
         << painted(severity_label(finding.severity, language_), finding.severity) << ": "
         << visible_text(message_in(finding, language_)) << " [" << finding.rule_id << "]\n";
    write_excerpt(document, finding);
  }

  // The line with a caret under exactly the finding's characters, clipped around long spans.
  void write_excerpt(const Document& document, const Finding& finding) {
    const LineIndex& lines = document.lines();
    const std::size_t line = finding.start.line - 1;
    const std::string_view text = document.source_line(line);
    const std::size_t line_start = lines.line_start(line);
    const std::size_t span_begin = finding.begin - line_start;
    const std::size_t span_end = std::min(finding.end - line_start, text.size());
    std::size_t shown_begin = span_begin > kContextBytes ? span_begin - kContextBytes : 0;
    while (shown_begin > 0 && is_continuation_byte(text[shown_begin])) ++shown_begin;
    std::size_t shown_end = std::min(text.size(), span_end + kContextBytes);
    while (shown_end < text.size() && is_continuation_byte(text[shown_end])) --shown_end;

    const std::string prefix = shown_begin > 0 ? "…" : "";
    const std::string before =
        prefix + visible_text(text.substr(shown_begin, span_begin - shown_begin));
    const std::string marked = visible_text(text.substr(span_begin, span_end - span_begin));
    const std::string after = visible_text(text.substr(span_end, shown_end - span_end)) +
                              (shown_end < text.size() ? "…" : "");
    const std::string number = place(finding.start);
    const std::string gutter(display_width(number), ' ');
    out_ << "  " << number << " | " << before << marked << after << '\n';
    out_ << "  " << gutter << " | " << std::string(display_width(before), ' ')
         << painted(std::string(std::max<std::size_t>(1, display_width(marked)), '^'),
                    finding.severity)
         << '\n';
  }

  std::string painted(std::string_view text, Severity severity) const {
    if (!color_) return std::string(text);
    return std::string(severity_color(severity)).append(text).append(kColorReset);
  }

  std::ostream& out_;
  Language language_;
  bool color_;
};

}  // namespace

std::unique_ptr<CheckReporter> make_text_reporter(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<TextReporter>(out, options);
}

}  // namespace planlint
