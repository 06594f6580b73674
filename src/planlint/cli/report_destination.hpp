#pragma once
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <variant>

#include "planlint/cli/options.hpp"
#include "planlint/core/message.hpp"

namespace planlint {

// Where a report goes: standard output, or with --output a file written under a temporary
// name beside it and renamed once the report is complete, so that a CI step or an editor
// watching the file never reads half a report.
class ReportDestination {
 public:
  // Standard output.
  explicit ReportDestination(std::ostream& standard_output);
  // The file `path`, or why its temporary file cannot be created.
  static std::variant<std::unique_ptr<ReportDestination>, Message> open_file(
      const std::string& path);
  ~ReportDestination();  // removes the temporary file of a report never committed
  ReportDestination(const ReportDestination&) = delete;
  ReportDestination& operator=(const ReportDestination&) = delete;

  std::ostream& stream() { return stream_; }
  bool is_file() const { return file_ != nullptr; }
  // Flushes, and puts the file in place; a message when that fails.
  std::optional<Message> commit();

 private:
  ReportDestination(std::unique_ptr<std::ofstream> file, std::filesystem::path temporary,
                    std::filesystem::path final_path);

  std::unique_ptr<std::ofstream> file_;
  std::ostream& stream_;
  std::filesystem::path temporary_;
  std::filesystem::path final_path_;
};

// Whether the report is coloured: always, never, or (auto) when it goes to a terminal and the
// NO_COLOR environment variable is unset or empty (https://no-color.org).
bool report_in_color(ColorMode mode, bool report_on_terminal);

}  // namespace planlint
