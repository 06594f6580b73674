#pragma once
#include "planlint/kinds/registry.hpp"

namespace planlint {

// `substitution`: a deprecated term and the term to write instead (`swap:` mapping), found in
// Simplified or Traditional, half- or full-width text alike. Each occurrence is one finding
// carrying its replacement, so a fix mode can apply it. Documented in docs/rules/substitution.md.
const KindEntry& substitution_kind();

}  // namespace planlint
