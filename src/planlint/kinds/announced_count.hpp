#pragma once
#include "planlint/kinds/registry.hpp"

namespace planlint {

// `announced-count`: lists that do not hold what their text says. `check: announced`: a line
// announcing N items (主要做好以下五个方面工作：) followed by M ≠ N — the children of its heading,
// the headings that open right after it, or the 一是…二是… of its paragraph. `check:
// enumeration`: a run of numbered clauses within a paragraph with a gap or a repeat (一是…二是…
// 四是). Documented in docs/rules/announced-count.md.
const KindEntry& announced_count_kind();

}  // namespace planlint
