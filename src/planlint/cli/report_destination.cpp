#include "planlint/cli/report_destination.hpp"

#include <unistd.h>
#include <cstdlib>

#include "planlint/core/system_message.hpp"

namespace planlint {
namespace fs = std::filesystem;

ReportDestination::ReportDestination(std::ostream& standard_output) : stream_(standard_output) {}

ReportDestination::ReportDestination(std::unique_ptr<std::ofstream> file, fs::path temporary,
                                     fs::path final_path)
    : file_(std::move(file)),
      stream_(*file_),
      temporary_(std::move(temporary)),
      final_path_(std::move(final_path)) {}

std::variant<std::unique_ptr<ReportDestination>, Message> ReportDestination::open_file(
    const std::string& path) {
  const fs::path final_path(path);
  // Beside the final file, so the rename stays within one file system and is atomic.
  fs::path temporary = final_path;
  temporary += ".planlint-" + std::to_string(getpid()) + ".tmp";
  auto file = std::make_unique<std::ofstream>(temporary, std::ios::binary | std::ios::trunc);
  if (!*file) {
    return prefixed(path, {": 无法在此写入报告", ": cannot write the report there"});
  }
  return std::unique_ptr<ReportDestination>(
      new ReportDestination(std::move(file), std::move(temporary), final_path));
}

ReportDestination::~ReportDestination() {
  if (file_ == nullptr) return;
  file_->close();
  std::error_code ignored;
  fs::remove(temporary_, ignored);
}

std::optional<Message> ReportDestination::commit() {
  stream_.flush();
  if (file_ == nullptr) return std::nullopt;
  file_->close();
  std::error_code error;
  if (!*file_) {
    return prefixed(final_path_.string(),
                    {": 报告未能完整写入", ": the report could not be written in full"});
  }
  fs::rename(temporary_, final_path_, error);
  if (error) return prefixed(final_path_.string() + ": ", system_message(error.value()));
  file_.reset();
  return std::nullopt;
}

bool report_in_color(ColorMode mode, bool report_on_terminal) {
  switch (mode) {
    case ColorMode::always:
      return true;
    case ColorMode::never:
      return false;
    case ColorMode::automatic:
      break;
  }
  const char* no_color = std::getenv("NO_COLOR");
  return report_on_terminal && (no_color == nullptr || *no_color == '\0');
}

}  // namespace planlint
