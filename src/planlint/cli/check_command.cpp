#include "planlint/cli/check_command.hpp"

#include <array>
#include <chrono>
#include <fstream>
#include <iostream>
#include <thread>

#include "planlint/cli/annotate_output.hpp"
#include "planlint/cli/baseline_workflow.hpp"
#include "planlint/cli/byte_size.hpp"
#include "planlint/cli/diagnostics.hpp"
#include "planlint/cli/file_check.hpp"
#include "planlint/cli/input_error_line.hpp"
#include "planlint/cli/ordered_pool.hpp"
#include "planlint/cli/project_config.hpp"
#include "planlint/cli/project_rules.hpp"
#include "planlint/cli/report_destination.hpp"
#include "planlint/core/working_directory.hpp"
#include "planlint/docx/annotated_copy.hpp"
#include "planlint/fix/file_replace.hpp"
#include "planlint/fix/unified_diff.hpp"
#include "planlint/report/check_report.hpp"

namespace planlint {
namespace fs = std::filesystem;
namespace {

constexpr std::array<const char*, 3> kDefaultIncludes{"*.txt", "*.md", "*.docx"};

std::vector<PathGlob> globs_in(const std::vector<std::string>& patterns, const fs::path& base) {
  std::vector<PathGlob> globs;
  for (const std::string& pattern : patterns) globs.push_back({pattern, base});
  return globs;
}

// --include replaces the config's `include`, which replaces the defaults; --exclude adds to the
// config's `exclude`, since a folder a project never checks stays unchecked.
PathFilter path_filter_for(const CheckOptions& options, const ProjectConfig* config) {
  const fs::path working_directory = planlint::working_directory();
  std::vector<PathGlob> include;
  if (!options.include.empty()) {
    include = globs_in(options.include, working_directory);
  } else if (config != nullptr && !config->include.empty()) {
    include = globs_in(config->include, config->directory);
  } else {
    include = globs_in({kDefaultIncludes.begin(), kDefaultIncludes.end()}, working_directory);
  }
  std::vector<PathGlob> exclude;
  if (config != nullptr) exclude = globs_in(config->exclude, config->directory);
  for (PathGlob& glob : globs_in(options.exclude, working_directory)) {
    exclude.push_back(std::move(glob));
  }
  return PathFilter(std::move(include), std::move(exclude));
}

unsigned jobs_for(const CheckOptions& options) {
  if (options.jobs > 0) return options.jobs;
  return std::max(1u, std::thread::hardware_concurrency());
}

// A progress line on stderr, only when stderr is a terminal the report does not go to: the
// report's lines would break into it.
bool progress_shown(const CheckOptions& options, const Console& console) {
  const bool report_on_terminal = options.output.empty() && console.out_is_terminal;
  return console.errors_is_terminal && !report_on_terminal;
}

class CheckRun {
 public:
  CheckRun(const CheckOptions& options, const Console& console)
      : options_(options),
        console_(console),
        diagnostics_(console.errors, options.verbosity, progress_shown(options, console),
                     options.language) {}

  int run() {
    if (!annotation_possible() || !load_config() || !load_rules() || !load_baseline() ||
        !open_destination()) {
      return 2;
    }
    check_inputs();
    return finish();
  }

 private:
  spdlog::logger& log() { return diagnostics_.log(); }

  bool annotation_possible() {
    for (const auto& [option, output] : {std::pair{"--annotate", &options_.annotate},
                                         std::pair{"--output-docx", &options_.output_docx}}) {
      if (output->empty()) continue;
      const auto problem =
          word_copy_usage_problem(options_.paths, options_.files_from, option, *output);
      if (problem) {
        log().error(problem->in(options_.language));
        return false;
      }
    }
    return true;
  }

  bool load_config() {
    auto chosen = read_chosen_project_config(options_.config);
    if (auto* problems = std::get_if<std::vector<FileError>>(&chosen)) {
      log_problems(log(), *problems, options_.language);
      return false;
    }
    config_ = std::move(std::get<std::optional<ProjectConfig>>(chosen));
    if (config_) log().debug("config: {}", config_->path);
    return true;
  }

  bool load_rules() {
    ProjectRulesResult loaded =
        load_project_rules(options_.rules, config(), log(), options_.language);
    if (auto* problems = std::get_if<std::vector<FileError>>(&loaded)) {
      log_problems(log(), *problems, options_.language);
      return false;
    }
    rules_ = std::move(std::get<ProjectRules>(loaded));
    log().debug("{} rules from {}", rules_.rules.size(), fmt::join(rules_.rule_sets, ", "));
    return true;
  }

  bool load_baseline() {
    baseline_ = BaselineWorkflow::start(options_.baseline, options_.write_baseline, log(),
                                        options_.language);
    return baseline_.has_value();
  }

  bool open_destination() {
    if (options_.output.empty()) {
      destination_ = std::make_unique<ReportDestination>(console_.out);
    } else {
      auto opened = ReportDestination::open_file(options_.output);
      if (const auto* problem = std::get_if<Message>(&opened)) {
        log().error(problem->in(options_.language));
        return false;
      }
      destination_ = std::move(std::get<std::unique_ptr<ReportDestination>>(opened));
    }
    // --diff prints the diff where the report would go, and no report.
    if (options_.diff) return true;
    const bool on_terminal = !destination_->is_file() && console_.out_is_terminal;
    ReportOptions report{options_.language, report_in_color(options_.color, on_terminal)};
    report.fail_on = least_failing_severity(gate());
    reporter_ = options_.statistics
                    ? make_statistics_reporter(options_.format, destination_->stream(), report)
                    : make_check_reporter(options_.format, destination_->stream(), report);
    if (reporter_->describes_rules()) reporter_->rules(described_rules(rules_));
    return true;
  }

  void check_inputs() {
    std::ifstream list_file;
    InputSources sources{options_.paths, nullptr, options_.null_separated ? '\0' : '\n',
                         options_.stdin_name};
    if (options_.files_from == "-") {
      sources.path_list = &std::cin;
    } else if (!options_.files_from.empty()) {
      list_file.open(options_.files_from, std::ios::binary);
      if (!list_file) {
        log().error(options_.files_from + (options_.language == Language::en
                                               ? ": cannot read the list of paths (--files-from)"
                                               : ": 无法读取路径列表（--files-from）"));
        input_failed_ = true;
      }
      sources.path_list = &list_file;
    }
    const PathFilter filter = path_filter_for(options_, config());
    InputPaths inputs(std::move(sources), filter);
    const RuleRunner runner(
        rules_.rules,
        profile_overrides(options_.profile, config() ? config()->document_type : std::nullopt));
    std::optional<FixRequest> fixing;
    if (options_.fix || options_.diff) {
      fixing = FixRequest{options_.unsafe_fixes, options_.diff || !options_.output_docx.empty(),
                          change_date()};
    }
    const FileChecker checker{runner,
                              rules_.policy,
                              DecodeOptions{options_.encoding, options_.office_notes},
                              baseline_->active(),
                              max_file_size(),
                              fixing,
                              options_.report_unused_suppressions};
    run_in_order<InputItem, FileCheck>(
        jobs_for(options_), [&] { return inputs.next(); },
        [&](const InputItem& item) { return checker.check(item); },
        [&](FileCheck& checked) { consume(checked); });
    diagnostics_.end_progress();
  }

  void consume(FileCheck& checked) {
    diagnostics_.file_checked();
    if (checked.input_error) {
      log().error(describe_input_error(*checked.input_error, options_.language));
      input_failed_ = true;
      return;
    }
    if (checked.fixed && !use_fixes(*checked.document, *checked.fixed)) return;
    baseline_->apply(checked.document->path(), checked.findings, checked.keys);
    for (const Finding& finding : checked.findings) {
      if (reaches(finding.severity, gate())) gate_reached_ = true;
    }
    summary_.add(checked.findings);
    reporter_->file(*checked.document, checked.findings,
                    FileDetails{&checked.outline, checked.themes});
    if (!options_.annotate.empty()) {
      const bool fixed_word = checked.fixed && !checked.document->paragraphs().empty();
      const auto problem =
          write_annotations(*checked.document, checked.findings, options_.annotate,
                            options_.language, fixed_word ? &checked.fixed->fixed_bytes : nullptr);
      if (problem) log().error(problem->in(options_.language));
      annotation_failed_ = problem.has_value();
    }
  }

  // Writes the fixed file or prints its diff; false when the run reports nothing more of it
  // (--diff).
  bool use_fixes(const Document& document, const FixOutcome& fixed) {
    if (fixed.problem) {
      log().error(document.path() + ": " + fixed.problem->in(options_.language));
      fix_failed_ = true;
    }
    const bool changed = fixed.fixed_bytes != fixed.original_bytes;
    if (options_.diff) {
      if (changed) {
        destination_->stream() << unified_diff(document.path(), fixed.original_text,
                                               document.source());
        diff_shown_ = true;
      }
      return false;
    }
    for (const Message& note : fixed.notes) {
      log().warn(document.path() + ":" + note.in(options_.language));
    }
    if (!options_.output_docx.empty()) return write_fixed_copy(document, fixed);
    if (!changed) return true;
    if (const auto problem =
            replace_file_contents(document.path(), fixed.original_bytes, fixed.fixed_bytes)) {
      log().error(document.path() + ": " + problem->in(options_.language));
      fix_failed_ = true;
      return true;
    }
    log().info(options_.language == Language::en
                   ? fmt::format("{}: {} fixed", document.path(), fixed.fixes)
                   : fmt::format("{}：已修复 {} 处", document.path(), fixed.fixes));
    return true;
  }

  // --output-docx: the fixed .docx copy, unless --annotate writes it with the comments as well.
  bool write_fixed_copy(const Document& document, const FixOutcome& fixed) {
    if (document.paragraphs().empty()) {
      log().error(document.path() + (options_.language == Language::en
                                         ? ": --output-docx needs a Word document (.docx)"
                                         : ": --output-docx 只能用于 Word 文档（.docx）"));
      fix_failed_ = true;
      return true;
    }
    if (!same_file(options_.annotate, options_.output_docx)) {
      if (const auto problem = docx::write_word_file(options_.output_docx, fixed.fixed_bytes)) {
        log().error(problem->in(options_.language));
        fix_failed_ = true;
        return true;
      }
    }
    log().info(options_.language == Language::en
                   ? fmt::format("{}: {} fixed as tracked changes in {}", document.path(),
                                 fixed.fixes, options_.output_docx)
                   : fmt::format("{}：已修复 {} 处，以修订写入 {}", document.path(), fixed.fixes,
                                 options_.output_docx));
    return true;
  }

  static bool same_file(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return false;
    std::error_code error;
    return fs::weakly_canonical(a, error) == fs::weakly_canonical(b, error);
  }

  // Now, in UTC, as w:date writes it.
  static std::string change_date() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
  }

  bool commit_report() {
    if (reporter_) reporter_->finish(summary_);
    const auto problem = destination_->commit();
    if (problem) log().error(problem->in(options_.language));
    return !problem;
  }

  int finish() {
    const bool report_written = commit_report();
    const bool baseline_written = baseline_->finish(log());
    if (!report_written || !baseline_written || input_failed_ || annotation_failed_ ||
        fix_failed_) {
      return 2;
    }
    if (options_.diff) return diff_shown_ ? 1 : 0;
    return gate_reached_ ? 1 : 0;
  }

  const ProjectConfig* config() const { return config_ ? &*config_ : nullptr; }

  // --max-file-size, else the config's `max_file_size`, else the default.
  std::uint64_t max_file_size() const {
    if (options_.max_file_size) return *options_.max_file_size;
    if (config_ && config_->max_file_size) return *config_->max_file_size;
    return kDefaultMaxFileSize;
  }

  FailOn gate() const {
    if (options_.fail_on) return *options_.fail_on;
    if (config_ && config_->fail_on) return *config_->fail_on;
    return FailOn::error;
  }

  const CheckOptions& options_;
  const Console& console_;
  Diagnostics diagnostics_;
  std::optional<ProjectConfig> config_;
  ProjectRules rules_;
  std::unique_ptr<ReportDestination> destination_;
  std::unique_ptr<CheckReporter> reporter_;
  std::optional<BaselineWorkflow> baseline_;
  CheckSummary summary_;
  bool input_failed_ = false;
  bool annotation_failed_ = false;
  bool gate_reached_ = false;
  bool fix_failed_ = false;  // a fix could not be made or written
  bool diff_shown_ = false;  // --diff printed a change
};

}  // namespace

int run_check(const CheckOptions& options, const Console& console) {
  return CheckRun(options, console).run();
}

}  // namespace planlint
