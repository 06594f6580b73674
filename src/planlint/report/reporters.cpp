#include <array>

#include "planlint/report/check_report.hpp"

namespace planlint {

std::span<const std::string_view> check_formats() {
  static constexpr std::array<std::string_view, 2> kFormats{"text", "json"};
  return kFormats;
}

std::unique_ptr<CheckReporter> make_check_reporter(std::string_view format, std::ostream& out,
                                                   const ReportOptions& options) {
  if (format == "text") return make_text_reporter(out, options.language);
  if (format == "json") return make_json_reporter(out, options.language);
  return nullptr;
}

}  // namespace planlint
