#include <algorithm>
#include <array>

#include "planlint/report/check_report.hpp"

namespace planlint {
namespace {

struct FormatEntry {
  std::string_view name;
  MakeCheckReporter make;
};

// Every format `--format` accepts, in the order `--help` lists them.
constexpr std::array kFormats{
    FormatEntry{"text", make_text_reporter},     FormatEntry{"json", make_json_reporter},
    FormatEntry{"jsonl", make_jsonl_reporter},   FormatEntry{"sarif", make_sarif_reporter},
    FormatEntry{"junit", make_junit_reporter},   FormatEntry{"rdjson", make_rdjson_reporter},
    FormatEntry{"github", make_github_reporter}, FormatEntry{"html", make_html_reporter},
};

constexpr std::array<std::string_view, kFormats.size()> format_names() {
  std::array<std::string_view, kFormats.size()> names;
  std::ranges::transform(kFormats, names.begin(), &FormatEntry::name);
  return names;
}

}  // namespace

std::span<const std::string_view> check_formats() {
  static constexpr std::array kNames = format_names();
  return kNames;
}

std::unique_ptr<CheckReporter> make_check_reporter(std::string_view format, std::ostream& out,
                                                   const ReportOptions& options) {
  const auto* entry = std::ranges::find(kFormats, format, &FormatEntry::name);
  return entry == kFormats.end() ? nullptr : entry->make(out, options);
}

std::unique_ptr<CheckReporter> make_statistics_reporter(std::string_view format, std::ostream& out,
                                                        const ReportOptions& options) {
  return format == "json" ? make_statistics_json_reporter(out, options)
                          : make_statistics_text_reporter(out, options);
}

}  // namespace planlint
