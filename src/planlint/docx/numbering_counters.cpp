#include "planlint/docx/numbering_counters.hpp"

#include "planlint/docx/numeral_format.hpp"

namespace planlint::docx {

void NumberingCounters::apply_start_overrides(const std::string& num_id,
                                              const NumberingInstance& instance,
                                              Counters& counters) {
  if (!instances_seen_.insert(num_id).second) return;
  for (const auto& [ilvl, override_level] : instance.overrides) {
    if (override_level.start) counters[static_cast<std::size_t>(ilvl)].reset();
  }
}

std::optional<DrawnMarker> NumberingCounters::next(const std::string& num_id, int ilvl) {
  const LevelDefinition* level = definitions_.level(num_id, ilvl);
  if (level == nullptr) return std::nullopt;
  const NumberingInstance& instance = definitions_.instances.at(num_id);
  Counters& counters = by_abstract_[instance.abstract_id];
  apply_start_overrides(num_id, instance, counters);

  auto& counter = counters[static_cast<std::size_t>(ilvl)];
  if (counter) {
    ++*counter;
  } else {
    const auto found = instance.overrides.find(ilvl);
    counter = found != instance.overrides.end() && found->second.start ? *found->second.start
                                                                       : level->start;
  }
  for (int deeper = ilvl + 1; deeper < kLevelCount; ++deeper) {
    const LevelDefinition* deeper_level = definitions_.level(num_id, deeper);
    const int restart_after =
        deeper_level && deeper_level->restart ? *deeper_level->restart : deeper;
    // lvlRestart counts levels from 1: restart when a level at or above it was used.
    if (restart_after != 0 && ilvl < restart_after)
      counters[static_cast<std::size_t>(deeper)].reset();
  }
  if (level->num_fmt == "bullet" || level->lvl_text.empty()) return std::nullopt;
  return DrawnMarker{expand(num_id, *level, counters), level->suffix};
}

// %1…%9 stand for the counters of levels 1…9, each drawn in its own level's format (decimal
// under w:isLgl); a level not used yet shows its start value.
std::string NumberingCounters::expand(const std::string& num_id, const LevelDefinition& level,
                                      const Counters& counters) const {
  std::string text;
  const std::string& pattern = level.lvl_text;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' &&
        pattern[i + 1] <= '9') {
      const int referenced = pattern[i + 1] - '1';
      const LevelDefinition* shown = definitions_.level(num_id, referenced);
      const long value = counters[static_cast<std::size_t>(referenced)].value_or(
          shown != nullptr ? shown->start : 1);
      const std::string format = level.legal || shown == nullptr ? "decimal" : shown->num_fmt;
      if (format != "none") text += format_numeral(value, format);
      ++i;
    } else {
      text += pattern[i];
    }
  }
  return text;
}

}  // namespace planlint::docx
