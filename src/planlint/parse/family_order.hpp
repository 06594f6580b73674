#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "planlint/parse/family.hpp"
#include "planlint/parse/hierarchy.hpp"

namespace planlint {

struct FamilyOccurrence {
  Family family;
  std::int64_t value;
};

// The order, from the top level down, of the heading families one part uses (given in document
// order). A list that starts at 1 right after a heading of another family is evidence that the
// new family nests under that one. Each order is scored by the evidence it agrees with (twice)
// less the pairs it puts against the configured hierarchy; the best wins, ties going to the
// hierarchy. So a plan that puts 1. above （一） gets that order, while one stray （一） under a
// 1. in an otherwise regular plan does not re-level the document.
std::vector<Family> family_order(std::span<const FamilyOccurrence> headings,
                                 const Hierarchy& hierarchy);

}  // namespace planlint
