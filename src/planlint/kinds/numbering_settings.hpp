#pragma once
// The `numbering` kind's own keys: `hierarchy`, `canonical` and `checks`, read and validated.
#include <map>
#include <optional>
#include <string_view>

#include "planlint/config/rule_fields.hpp"
#include "planlint/core/severity.hpp"
#include "planlint/kinds/numbering_marker.hpp"
#include "planlint/parse/hierarchy.hpp"

namespace planlint {

// What a numbering rule can look for; each has its own name (Finding::check) and severity.
enum class NumberingCheck {
  bracket_mismatch,
  duplicate,
  gap,
  level_order,
  level_skip,
  missing_separator,
  mixed_separator,
  non_canonical,
  out_of_order,
  restart,
  single_child,
  spaced_marker,
};

// bracket-mismatch, duplicate, gap…: as written under `checks:` and in findings.
std::string_view check_name(NumberingCheck check);

struct NumberingSettings {
  Hierarchy hierarchy;                        // the order of families from the top level down
  std::map<Family, MarkerForm> canonical;     // families without an entry have no canonical form
  std::map<NumberingCheck, Severity> checks;  // the checks that are on
};

// nullopt after recording errors (with their file:line:column) in `fields`.
std::optional<NumberingSettings> read_numbering_settings(RuleFields& fields);

}  // namespace planlint
