#pragma once
#include "planlint/kinds/registry.hpp"

namespace planlint {

// `placeholder`: unfilled template slots (xx市, XXXX年, ____, 【单位名称】, （待定）, 某某, TBD),
// found by regular expressions over the normalized view. Each occurrence is one finding covering
// exactly the slot, not the text around it that the pattern needed to recognise it. Latin words
// and numbers (Excel, x86, 2x+1), allowed terms (X光) and web or e-mail addresses are never slots.
// Documented in docs/rules/placeholder.md.
const KindEntry& placeholder_kind();

}  // namespace planlint
