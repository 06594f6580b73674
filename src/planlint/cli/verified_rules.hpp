#pragma once
#include "planlint/engine/verified_rule_set.hpp"

namespace planlint {

// How this planlint verifies rule sets' examples: the shipped sets as verified when it was
// built, every other set once per content in the default cache folder; `always` for
// `planlint rules check`.
ExampleVerification example_verification(bool always = false);

}  // namespace planlint
