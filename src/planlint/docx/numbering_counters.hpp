#pragma once
#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "planlint/docx/numbering_definitions.hpp"

namespace planlint::docx {

// The marker Word draws before a numbered paragraph, and what follows it.
struct DrawnMarker {
  std::string text;    // 一、 （二） 1.2
  std::string suffix;  // "\t", " " or ""
};

// Counts numbered paragraphs in document order as Word does: the counters belong to the
// abstract definition, so instances of one definition continue each other's count; an
// instance's w:startOverride restarts its level where that instance is first used (a whole
// w:lvl override changes how the level is drawn, not its count); using a level restarts the
// deeper ones (as their w:lvlRestart says).
class NumberingCounters {
 public:
  explicit NumberingCounters(const NumberingDefinitions& definitions) : definitions_(definitions) {}

  // The marker of the next paragraph numbered (num_id, ilvl); nullopt when Word draws none
  // (numId 0, an unknown instance, a bullet, an empty level text).
  std::optional<DrawnMarker> next(const std::string& num_id, int ilvl);

 private:
  using Counters = std::array<std::optional<long>, kLevelCount>;
  void apply_start_overrides(const std::string& num_id, const NumberingInstance& instance,
                             Counters& counters);
  std::string expand(const std::string& num_id, const LevelDefinition& level,
                     const Counters& counters) const;

  const NumberingDefinitions& definitions_;
  std::map<std::string, Counters> by_abstract_;
  std::set<std::string> instances_seen_;
};

}  // namespace planlint::docx
