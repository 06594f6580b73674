#pragma once
#include "planlint/kinds/registry.hpp"

namespace planlint {

// `numbering`: the consistency of the section tree. Siblings (the headings of one family under
// one parent, or at the top of one part) should count 1, 2, 3… without gaps, repeats, reversals
// or restarts, write their markers alike and in the rule's canonical form, with matching
// brackets and a separator; a family should stand below the families the rule's `hierarchy`
// puts above it, without skipping one. Each of these is a check with its own name (the
// finding's `check`) and severity, all off unless listed under `checks:`. Findings cover the
// marker of the offending heading. Documented in docs/rules/numbering.md.
const KindEntry& numbering_kind();

}  // namespace planlint
