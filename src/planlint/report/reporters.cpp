#include <array>

#include "planlint/report/check_report.hpp"

namespace planlint {

std::span<const std::string_view> check_formats() {
  static constexpr std::array<std::string_view, 8> kFormats{"text",  "json",   "jsonl",  "sarif",
                                                            "junit", "rdjson", "github", "html"};
  return kFormats;
}

std::unique_ptr<CheckReporter> make_check_reporter(std::string_view format, std::ostream& out,
                                                   const ReportOptions& options) {
  if (format == "text") return make_text_reporter(out, options);
  if (format == "json") return make_json_reporter(out, options.language);
  if (format == "jsonl") return make_jsonl_reporter(out, options.language);
  if (format == "sarif") return make_sarif_reporter(out, options.language);
  if (format == "junit") return make_junit_reporter(out, options.language);
  if (format == "rdjson") return make_rdjson_reporter(out, options.language);
  if (format == "github") return make_github_reporter(out, options.language);
  if (format == "html") return make_html_reporter(out, options);
  return nullptr;
}

}  // namespace planlint
