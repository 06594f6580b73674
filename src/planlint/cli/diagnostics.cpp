#include "planlint/cli/diagnostics.hpp"

#include <spdlog/sinks/base_sink.h>

namespace planlint {
namespace {

// Runs shorter than this many files finish before a progress line would help.
constexpr std::size_t kFilesBeforeProgress = 100;
constexpr std::chrono::milliseconds kProgressInterval{100};

spdlog::level::level_enum level_for(Verbosity verbosity) {
  switch (verbosity) {
    case Verbosity::quiet:
      return spdlog::level::err;
    case Verbosity::normal:
      return spdlog::level::info;
    case Verbosity::verbose:
      return spdlog::level::debug;
  }
  return spdlog::level::info;
}

std::string_view level_label(spdlog::level::level_enum level, Language language) {
  const bool en = language == Language::en;
  switch (level) {
    case spdlog::level::err:
    case spdlog::level::critical:
      return en ? "error" : "错误";
    case spdlog::level::warn:
      return en ? "warning" : "警告";
    case spdlog::level::info:
      return en ? "info" : "提示";
    default:
      return en ? "debug" : "调试";
  }
}

}  // namespace

// The stream behind stderr and whether a progress line is showing on it.
class Diagnostics::Terminal {
 public:
  explicit Terminal(std::ostream& stream) : stream_(stream) {}

  void write_line(std::string_view line) {
    clear_progress();
    stream_ << line;
    stream_.flush();
  }

  void show_progress(std::string_view text) {
    stream_ << '\r' << text << "\x1b[K";
    stream_.flush();
    progress_shown_ = true;
  }

  void clear_progress() {
    if (!progress_shown_) return;
    stream_ << "\r\x1b[K";
    progress_shown_ = false;
  }

 private:
  std::ostream& stream_;
  bool progress_shown_ = false;
};

namespace {

class TerminalSink final : public spdlog::sinks::base_sink<std::mutex> {
 public:
  TerminalSink(std::shared_ptr<Diagnostics::Terminal> terminal, Language language)
      : terminal_(std::move(terminal)), language_(language) {}

 protected:
  // "planlint: LEVEL: message", the level in the run's language: spdlog names levels only in
  // English.
  void sink_it_(const spdlog::details::log_msg& message) override {
    std::string line = "planlint: ";
    line += level_label(message.level, language_);
    line += ": ";
    line.append(message.payload.data(), message.payload.size());
    line += '\n';
    terminal_->write_line(line);
  }
  void flush_() override {}

 private:
  std::shared_ptr<Diagnostics::Terminal> terminal_;
  Language language_;
};

}  // namespace

Diagnostics::Diagnostics(std::ostream& errors, Verbosity verbosity, bool progress,
                         Language language)
    : terminal_(std::make_shared<Terminal>(errors)),
      logger_(std::make_shared<spdlog::logger>(
          "planlint", std::make_shared<TerminalSink>(terminal_, language))),
      language_(language),
      show_progress_(progress && verbosity != Verbosity::quiet) {
  logger_->set_level(level_for(verbosity));
}

Diagnostics::~Diagnostics() {
  end_progress();
}

void Diagnostics::file_checked() {
  ++checked_;
  if (!show_progress_ || checked_ < kFilesBeforeProgress) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_progress_ < kProgressInterval) return;
  last_progress_ = now;
  const std::string count = std::to_string(checked_);
  terminal_->show_progress(language_ == Language::en ? "planlint: " + count + " files checked"
                                                     : "planlint: 已检查 " + count + " 个文件");
}

void Diagnostics::end_progress() {
  terminal_->clear_progress();
}

void log_problems(spdlog::logger& log, const std::vector<FileError>& problems, Language language) {
  for (const FileError& problem : problems) log.error(format_file_error(problem, language));
}

}  // namespace planlint
