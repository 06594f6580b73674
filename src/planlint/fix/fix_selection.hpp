#pragma once
// Which fixes one pass of `--fix` applies.
#include <span>
#include <vector>

#include "planlint/core/finding.hpp"

namespace planlint {

struct FixSelection {
  std::vector<TextEdit> edits;  // ascending, none overlapping
  std::size_t fixes = 0;        // the findings whose fixes they are
};

// The fixes of `findings` (in their order) that a pass applies: safe ones, and unsafe ones too
// when `unsafe`. A fix is taken whole or not at all; one whose edits overlap those of a fix
// taken before it waits for the next pass, when the text it would edit has been checked again.
FixSelection select_fixes(std::span<const Finding> findings, bool unsafe);

}  // namespace planlint
