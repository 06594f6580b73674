#pragma once
#include "planlint/kinds/registry.hpp"

namespace planlint {

// `script`: a document is written in one script, Simplified (`expect: simplified`, the default)
// or Traditional. Characters are classed as written, before the view folds Traditional to
// Simplified (text/script_class.hpp). When the wrong script's share of the characters that tell
// the scripts apart exceeds `threshold`, the document is taken as written in the other script
// and gets one finding at its title (check "document"); otherwise each run of wrong-script
// characters is one finding (check "characters"). Documented in docs/rules/script.md.
const KindEntry& script_kind();

}  // namespace planlint
