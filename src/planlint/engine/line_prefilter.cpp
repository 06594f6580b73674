#include "planlint/engine/line_prefilter.hpp"

#include <re2/re2.h>
#include <re2/set.h>

#include <optional>

#include "planlint/config/rule.hpp"

namespace planlint {

// The triggers of all rules as one RE2::Set, and which rule each pattern belongs to.
class TriggerSet {
 public:
  // A set can need a larger automaton than one pattern; past this it is not used at all.
  static constexpr int64_t kMemoryBudget = 64 << 20;

  static std::unique_ptr<TriggerSet> build(const std::vector<const Rule*>& rules) {
    re2::RE2::Options options;
    options.set_encoding(re2::RE2::Options::EncodingUTF8);
    options.set_case_sensitive(false);
    options.set_never_nl(true);
    options.set_log_errors(false);
    options.set_max_mem(kMemoryBudget);
    auto triggers = std::make_unique<TriggerSet>(options);
    triggers->filtered_rule_.assign(rules.size(), false);
    for (std::size_t rule = 0; rule < rules.size(); ++rule) {
      for (const std::string& pattern : rules[rule]->triggers()) {
        if (triggers->set_.Add(pattern, nullptr) < 0) return nullptr;
        triggers->rule_of_pattern_.push_back(rule);
        triggers->filtered_rule_[rule] = true;
      }
    }
    if (triggers->rule_of_pattern_.empty() || !triggers->set_.Compile()) return nullptr;
    return triggers;
  }

  explicit TriggerSet(const re2::RE2::Options& options) : set_(options, re2::RE2::UNANCHORED) {}

  // Where the triggers matched: for each rule, the lines where one of its triggers matches,
  // and for each pattern of the set, the lines where it does.
  struct Candidates {
    std::vector<std::vector<ViewRange>> of_rule;
    std::vector<std::vector<ViewRange>> of_pattern;
  };

  // The candidate lines of this view; nullopt when the set ran out of memory on this text and
  // cannot say, or when the view's lines are not RE2's.
  std::optional<Candidates> candidate_ranges(const CheckContext& context,
                                             std::size_t rule_count) const {
    const LineIndex& lines = context.view_lines();
    const std::string_view view = context.view();
    if (has_lone_carriage_return(view)) return std::nullopt;
    Candidates candidates{std::vector<std::vector<ViewRange>>(rule_count),
                          std::vector<std::vector<ViewRange>>(rule_of_pattern_.size())};
    std::vector<int> matched;
    for (std::size_t line = 0; line < lines.line_count(); ++line) {
      const std::string_view text = lines.line_text(line);
      if (text.empty()) continue;
      matched.clear();
      re2::RE2::Set::ErrorInfo error{};
      if (!set_.Match(re2::StringPiece(text.data(), text.size()), &matched, &error)) {
        if (error.kind != re2::RE2::Set::kNoError) return std::nullopt;
        continue;
      }
      // The line with its line end, so that a pattern sees the same text as over the whole view
      // (a CR before the LF is not a line end to RE2).
      const ViewRange whole_line{lines.line_start(line), line + 1 < lines.line_count()
                                                             ? lines.line_start(line + 1)
                                                             : view.size()};
      for (const int pattern : matched) {
        add_line(candidates.of_rule[rule_of_pattern_[pattern]], whole_line);
        add_line(candidates.of_pattern[pattern], whole_line);
      }
    }
    return candidates;
  }

  // The set's patterns of each rule, in the order of its triggers.
  std::vector<std::size_t> patterns_of(std::size_t rule) const {
    std::vector<std::size_t> patterns;
    for (std::size_t pattern = 0; pattern < rule_of_pattern_.size(); ++pattern) {
      if (rule_of_pattern_[pattern] == rule) patterns.push_back(pattern);
    }
    return patterns;
  }

  bool filters(std::size_t rule) const { return filtered_rule_[rule]; }

 private:
  // A CR alone ends a line for the line index, but RE2 (never_nl) stops only at LF: a rule's
  // pattern over the whole view can match across it (工作\s+要点 over 工作 CR 要点), which no
  // line alone shows. Such a view (an old Mac file) is scanned whole by every rule.
  static void add_line(std::vector<ViewRange>& ranges, ViewRange line) {
    if (!ranges.empty() && ranges.back().end >= line.begin) {
      ranges.back().end = line.end;  // the same line again, or the line right after
    } else {
      ranges.push_back(line);
    }
  }

  static bool has_lone_carriage_return(std::string_view view) {
    for (std::size_t at = view.find('\r'); at != std::string_view::npos;
         at = view.find('\r', at + 1)) {
      if (at + 1 == view.size() || view[at + 1] != '\n') return true;
    }
    return false;
  }

  re2::RE2::Set set_;
  std::vector<std::size_t> rule_of_pattern_;
  std::vector<bool> filtered_rule_;
};

LinePrefilter::LinePrefilter(const std::vector<const Rule*>& rules)
    : rules_(rules), triggers_(TriggerSet::build(rules)) {
  if (triggers_ == nullptr) return;
  for (std::size_t rule = 0; rule < rules_.size(); ++rule) {
    patterns_of_rule_.push_back(triggers_->patterns_of(rule));
  }
}

LinePrefilter::~LinePrefilter() = default;

void LinePrefilter::assign_ranges(CheckContext& context) const {
  if (triggers_ == nullptr) return;
  auto candidates = triggers_->candidate_ranges(context, rules_.size());
  if (!candidates) return;
  for (std::size_t rule = 0; rule < rules_.size(); ++rule) {
    if (!triggers_->filters(rule)) continue;
    context.set_ranges(*rules_[rule], std::move(candidates->of_rule[rule]));
    const std::vector<std::size_t>& patterns = patterns_of_rule_[rule];
    if (patterns.size() < 2) continue;  // the rule's ranges say it all
    std::vector<std::vector<ViewRange>> of_trigger;
    for (const std::size_t pattern : patterns) {
      of_trigger.push_back(std::move(candidates->of_pattern[pattern]));
    }
    context.set_trigger_ranges(*rules_[rule], std::move(of_trigger));
  }
}

}  // namespace planlint
