#include <sstream>

#include "planlint/report/check_report.hpp"
#include "planlint/report/report_spool.hpp"
#include "planlint/text/document.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

// JUnit XML for CI dashboards (Jenkins, GitLab, Azure DevOps): a test suite per file, a failing
// test case per finding, and one passing test case for a file without findings, so a clean
// draft shows up as passed rather than not at all.

// XML 1.0 allows only these characters (its production [2] Char); any other, and any byte that
// is not UTF-8, is written as U+FFFD, so the document stays well-formed whatever a draft holds.
bool allowed_in_xml(char32_t code_point) {
  return code_point == 0x9 || code_point == 0xA || code_point == 0xD ||
         (code_point >= 0x20 && code_point <= 0xD7FF) ||
         (code_point >= 0xE000 && code_point <= 0xFFFD) ||
         (code_point >= 0x10000 && code_point <= 0x10FFFF);
}

enum class XmlContext { text, attribute };

// `text` escaped for element content or for a double-quoted attribute value. In an attribute,
// tab and line ends are written as character references: a parser would turn them into spaces.
std::string xml_escaped(std::string_view text, XmlContext context) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t start = at;
    const char32_t code_point = decode_utf8_at(text, at);
    const bool in_attribute = context == XmlContext::attribute;
    // decode_utf8_at reads an ill-formed byte as U+FFFD: write that, never the byte.
    if (!allowed_in_xml(code_point) || code_point == 0xFFFD) {
      out += "\xEF\xBF\xBD";
    } else if (code_point == U'&') {
      out += "&amp;";
    } else if (code_point == U'<') {
      out += "&lt;";
    } else if (code_point == U'>') {
      out += "&gt;";
    } else if (code_point == U'"' && in_attribute) {
      out += "&quot;";
    } else if (code_point == U'\r') {
      out += "&#13;";
    } else if ((code_point == U'\n' || code_point == U'\t') && in_attribute) {
      out += code_point == U'\n' ? "&#10;" : "&#9;";
    } else {
      out.append(text.substr(start, at - start));
    }
  }
  return out;
}

std::string attribute(std::string_view text) {
  return xml_escaped(text, XmlContext::attribute);
}

class JunitReporter final : public CheckReporter {
 public:
  JunitReporter(std::ostream& out, const ReportOptions& options)
      : out_(out), language_(options.language) {}

  void file(const Document& document, std::span<const Finding> findings,
            const FileDetails& /*details*/) override {
    const std::string path = attribute(document.path());
    suites_ << "  <testsuite name=\"" << path << "\" tests=\""
            << std::max<std::size_t>(1, findings.size()) << "\" failures=\"" << findings.size()
            << "\" errors=\"0\" skipped=\"0\">\n";
    for (const Finding& finding : findings) write_failure(document, finding);
    if (findings.empty()) {
      suites_ << "    <testcase classname=\"planlint\" name=\"" << path << "\"/>\n";
      ++passed_;
    }
    suites_ << "  </testsuite>\n";
    spool_.append(suites_.view());
    suites_.str({});
  }

  // The totals go on the root element, which comes first, so the suites wait in the spool.
  void finish(const CheckSummary& summary) override {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         << "<testsuites name=\"planlint\" tests=\"" << summary.findings + passed_
         << "\" failures=\"" << summary.findings << "\" errors=\"0\">\n";
    spool_.copy_to(out_);
    out_ << "</testsuites>\n";
  }

 private:
  // One failing test case: named by place, classed by rule; the failure's text repeats the
  // text format's first line and shows the excerpt.
  void write_failure(const Document& document, const Finding& finding) {
    const std::string place = document.path() + ':' + std::to_string(finding.start.line) + ':' +
                              std::to_string(finding.start.column);
    const std::string& message = message_in(finding, language_);
    suites_ << "    <testcase classname=\"" << attribute(finding.rule_id) << "\" name=\""
            << attribute(place) << "\">\n"
            << "      <failure message=\"" << attribute(message) << "\" type=\""
            << severity_name(finding.severity) << "\">"
            << xml_escaped(
                   place + ": " + message + " [" + finding.rule_id + "]\n" + finding.excerpt,
                   XmlContext::text)
            << "</failure>\n"
            << "    </testcase>\n";
  }

  std::ostream& out_;
  Language language_;
  std::ostringstream suites_;  // the file's test suite, then spooled
  ReportSpool spool_;
  std::size_t passed_ = 0;  // the passing test cases, one per file without findings
};

}  // namespace

std::unique_ptr<CheckReporter> make_junit_reporter(std::ostream& out,
                                                   const ReportOptions& options) {
  return std::make_unique<JunitReporter>(out, options);
}

}  // namespace planlint
