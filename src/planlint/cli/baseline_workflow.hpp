#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "planlint/baseline/baseline.hpp"
#include "planlint/cli/report_destination.hpp"
#include "planlint/core/language.hpp"

namespace spdlog {
class logger;
}

namespace planlint {

// What --baseline and --write-baseline do to a check run: recording every finding (which is
// then accepted, so none is reported), or leaving out the recorded ones and, with --verbose,
// naming the recorded ones no longer found.
class BaselineWorkflow {
 public:
  // nullopt after logging why the baseline cannot be read or its file cannot be written; a
  // workflow that does nothing when neither option is given. Its messages speak `language`.
  static std::optional<BaselineWorkflow> start(const std::string& read_from,
                                               const std::string& write_to, spdlog::logger& log,
                                               Language language);

  // Whether findings need their keys (finding_keys()).
  bool active() const { return baseline_ || recorder_; }
  // Records the findings of a checked file, or removes those the baseline accepts.
  void apply(const std::string& path, std::vector<Finding>& findings,
             std::vector<FindingKey>& keys);
  // Writes the recorded baseline, or logs what was left out and the stale entries; false when
  // the baseline file could not be written.
  bool finish(spdlog::logger& log);

 private:
  std::string read_from_;
  std::string write_to_;
  Language language_ = Language::zh;
  std::optional<Baseline> baseline_;
  std::size_t suppressed_ = 0;
  std::optional<BaselineRecorder> recorder_;
  std::unique_ptr<ReportDestination> recorded_file_;
};

}  // namespace planlint
