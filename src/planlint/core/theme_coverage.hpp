#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "planlint/core/position.hpp"

namespace planlint {

// Whether a document addresses the theme of one rule, and where: what an editor reads off a
// theme matrix. Present or not, every rule whose kind reports coverage
// (KindTraits::reports_coverage: required-theme) gives one per document; a missing theme is also
// a finding, a present one is not.
struct ThemeCoverage {
  std::string rule_id;
  std::string theme;
  bool found = false;
  // Where its keywords first occur (byte offsets in Document::text(), end exclusive), when found.
  std::size_t begin = 0;
  std::size_t end = 0;
  Position start;  // filled in by the engine
  // The innermost heading (index into Outline::headings) whose section holds `start`; none in
  // the preamble or when not found.
  std::optional<std::size_t> heading;
};

}  // namespace planlint
