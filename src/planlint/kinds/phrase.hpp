#pragma once
#include "planlint/kinds/registry.hpp"

namespace planlint {

// `phrase`: forbidden text, by literal (`phrases:`) or regular expression (`patterns:`), e.g.
// the residue template sites leave (转载请保留, 本文地址, URLs) or banned wording. Each occurrence
// is one finding covering exactly the matched text. Documented in docs/rules/phrase.md.
const KindEntry& phrase_kind();

}  // namespace planlint
