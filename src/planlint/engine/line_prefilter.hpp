#pragma once
#include <memory>
#include <vector>

#include "planlint/engine/check_context.hpp"

namespace re2 {
class RE2;
}

namespace planlint {

class Rule;

// Runs the triggers of all rules (Rule::triggers) together, one pass per line of the view, and
// tells each rule which lines it needs to scan, and a rule of several triggers which lines each
// trigger needs. Built once per rule set, used for every file.
// Rules without triggers, and all rules when the triggers cannot be compiled together, scan
// the whole view.
class LinePrefilter {
 public:
  explicit LinePrefilter(const std::vector<const Rule*>& rules);
  ~LinePrefilter();
  LinePrefilter(const LinePrefilter&) = delete;
  LinePrefilter& operator=(const LinePrefilter&) = delete;

  // Records in `context` the candidate ranges of every rule that has triggers.
  void assign_ranges(CheckContext& context) const;

 private:
  std::vector<const Rule*> rules_;
  std::unique_ptr<class TriggerSet> triggers_;
  std::vector<std::vector<std::size_t>> patterns_of_rule_;  // the set's patterns of each rule
};

}  // namespace planlint
