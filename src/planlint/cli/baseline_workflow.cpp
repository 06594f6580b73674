#include "planlint/cli/baseline_workflow.hpp"

#include <spdlog/logger.h>

#include "planlint/cli/diagnostics.hpp"

namespace planlint {
namespace {

std::string describe(const StaleEntry& entry) {
  const std::string where =
      entry.key.section.empty() ? "before the first heading" : "in “" + entry.key.section + "”";
  return entry.path + ": " + entry.key.rule_id + " “" + entry.key.excerpt + "” " + where +
         " (occurrence " + std::to_string(entry.key.occurrence) + ")";
}

}  // namespace

std::optional<BaselineWorkflow> BaselineWorkflow::start(const std::string& read_from,
                                                        const std::string& write_to,
                                                        spdlog::logger& log, Language language) {
  BaselineWorkflow workflow;
  workflow.language_ = language;
  workflow.read_from_ = read_from;
  workflow.write_to_ = write_to;
  if (!write_to.empty()) {
    // Opened now, so a baseline that cannot be written stops the run before any draft is read.
    auto opened = ReportDestination::open_file(write_to);
    if (const auto* problem = std::get_if<Message>(&opened)) {
      log.error(problem->in(language));
      return std::nullopt;
    }
    workflow.recorded_file_ = std::move(std::get<std::unique_ptr<ReportDestination>>(opened));
    workflow.recorder_.emplace(write_to);
  }
  if (read_from.empty()) return workflow;
  BaselineResult loaded = Baseline::load(read_from);
  if (auto* problems = std::get_if<std::vector<FileError>>(&loaded)) {
    log_problems(log, *problems, language);
    return std::nullopt;
  }
  workflow.baseline_ = std::move(std::get<Baseline>(loaded));
  return workflow;
}

void BaselineWorkflow::apply(const std::string& path, std::vector<Finding>& findings,
                             std::vector<FindingKey>& keys) {
  if (recorder_) {
    recorder_->add(path, keys);
    findings.clear();
  } else if (baseline_) {
    suppressed_ += baseline_->suppress(path, findings, keys);
  }
}

bool BaselineWorkflow::finish(spdlog::logger& log) {
  if (baseline_) {
    log.debug("{} findings in the baseline {} left out", suppressed_, read_from_);
    for (const StaleEntry& entry : baseline_->stale()) {
      log.debug("{}: stale entry, no longer found: {}", read_from_, describe(entry));
    }
  }
  if (!recorder_) return true;
  recorded_file_->stream() << recorder_->json();
  if (const auto problem = recorded_file_->commit()) {
    log.error(problem->in(language_));
    return false;
  }
  const std::string count = std::to_string(recorder_->size());
  log.info(language_ == Language::en ? "wrote " + count + " findings to the baseline " + write_to_
                                     : "已将 " + count + " 个问题写入基线 " + write_to_);
  return true;
}

}  // namespace planlint
