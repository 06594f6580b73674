#pragma once
#include <compare>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "planlint/core/finding.hpp"

namespace planlint {

struct Outline;

// What identifies a finding across edits of its document, for baselines: the rule, the text it
// found, the section it is in and how many such findings come before it there. Never its line or
// column, so a paragraph inserted above, or an edit in another section, leaves it recognisable.
struct FindingKey {
  std::string rule_id;
  std::string excerpt;
  // The headings that hold it, outermost first, each by its canonical marker ("一、 > （三）"),
  // behind the part if the file bundles several ("篇二 > 一、"); empty before the first heading.
  std::string section;
  // Among the findings of the same rule, excerpt and section, in document order: 0, 1, …
  std::size_t occurrence = 0;

  friend auto operator<=>(const FindingKey&, const FindingKey&) = default;
};

// The section path of `line`: the deepest heading whose section holds it, and its ancestors.
// Markers are written in their standard form (（三) and （三） are the same heading), so
// correcting a marker's brackets or separator does not move the findings below it.
std::string section_path(const Outline& outline, std::uint32_t line);

// One key per finding, in the same order; `findings` sorted by position, as the engine gives.
std::vector<FindingKey> finding_keys(const Outline& outline, const std::vector<Finding>& findings);

}  // namespace planlint
