#pragma once
#include <spdlog/logger.h>
#include <chrono>
#include <cstddef>
#include <memory>
#include <mutex>
#include <ostream>
#include <vector>

#include "planlint/cli/options.hpp"
#include "planlint/core/file_error.hpp"

namespace planlint {

// planlint's own messages on stderr, never mixed into the report on stdout: spdlog lines such
// as "planlint: 错误: plan.txt: 字节偏移 8: 二进制文件…" (with --lang en "planlint: error:
// plan.txt: byte 8: binary file…"; levels named as the text report names severities: 错误, 警告,
// 提示, 调试) at the levels --quiet (errors only), the default (also warnings and info: what a run
// did besides its report) or --verbose (also debug: the config and rules used, stale baseline
// entries) lets through; and on a terminal, for long runs, a progress line that every message
// clears first.
class Diagnostics {
 public:
  // `progress`: whether long runs show a progress line (stderr is a terminal of its own).
  // `language`: how the level of each line and the progress line are worded.
  Diagnostics(std::ostream& errors, Verbosity verbosity, bool progress, Language language);
  ~Diagnostics();
  Diagnostics(const Diagnostics&) = delete;
  Diagnostics& operator=(const Diagnostics&) = delete;

  spdlog::logger& log() { return *logger_; }
  // Counts a checked file; from the 100th on, refreshes the progress line about ten times a
  // second.
  void file_checked();
  // Removes the progress line, if any, at the end of the run.
  void end_progress();

  class Terminal;

 private:
  std::shared_ptr<Terminal> terminal_;
  std::shared_ptr<spdlog::logger> logger_;
  Language language_;
  bool show_progress_;
  std::size_t checked_ = 0;
  std::chrono::steady_clock::time_point last_progress_;
};

// One error line per problem of a config, rule file or baseline ("file:line:column: …").
void log_problems(spdlog::logger& log, const std::vector<FileError>& problems, Language language);

}  // namespace planlint
