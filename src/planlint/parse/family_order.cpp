#include "planlint/parse/family_order.hpp"

#include <algorithm>
#include <array>
#include <numeric>

namespace planlint {
namespace {

// Trying every order is exact and cheap up to this many families (7! = 5040 orders); beyond
// it, which no real plan reaches, the hierarchy decides alone.
constexpr std::size_t kMaxFamiliesToPermute = 7;

using Votes = std::array<std::array<int, kFamilyCount>, kFamilyCount>;

std::size_t index_of(Family family) {
  return static_cast<std::size_t>(family);
}

// votes[a][b]: how often a list of family b began right after a heading of family a.
Votes nesting_votes(std::span<const FamilyOccurrence> headings) {
  Votes votes{};
  for (std::size_t i = 1; i < headings.size(); ++i) {
    const FamilyOccurrence& previous = headings[i - 1];
    const FamilyOccurrence& current = headings[i];
    if (previous.family != current.family && current.value == 1) {
      ++votes[index_of(previous.family)][index_of(current.family)];
    }
  }
  return votes;
}

// Families in document order of first appearance, then sorted by their place in the hierarchy
// (families outside it after all of it, in order of appearance).
std::vector<Family> families_by_hierarchy(std::span<const FamilyOccurrence> headings,
                                          const Hierarchy& hierarchy) {
  std::vector<Family> families;
  for (const FamilyOccurrence& heading : headings) {
    if (std::find(families.begin(), families.end(), heading.family) == families.end()) {
      families.push_back(heading.family);
    }
  }
  const auto rank = [&](Family family) {
    return std::find(hierarchy.begin(), hierarchy.end(), family) - hierarchy.begin();
  };
  std::stable_sort(families.begin(), families.end(),
                   [&](Family a, Family b) { return rank(a) < rank(b); });
  return families;
}

// Each nesting vote an order satisfies counts twice, each pair it orders against the hierarchy
// once against it: one vote alone (a stray) cannot overturn the hierarchy, a repeated pattern can.
struct Score {
  int agreement = 0;   // nesting votes the order satisfies
  int inversions = 0;  // pairs ordered against the hierarchy

  int value() const { return 2 * agreement - inversions; }
  bool better_than(const Score& other) const {
    return value() != other.value() ? value() > other.value() : inversions < other.inversions;
  }
};

// `order` holds indices into the hierarchy-sorted families.
Score score(const std::vector<std::size_t>& order, const std::vector<Family>& families,
            const Votes& votes) {
  Score result;
  for (std::size_t i = 0; i < order.size(); ++i) {
    for (std::size_t j = i + 1; j < order.size(); ++j) {
      result.agreement += votes[index_of(families[order[i]])][index_of(families[order[j]])];
      if (order[i] > order[j]) ++result.inversions;
    }
  }
  return result;
}

}  // namespace

std::vector<Family> family_order(std::span<const FamilyOccurrence> headings,
                                 const Hierarchy& hierarchy) {
  const std::vector<Family> families = families_by_hierarchy(headings, hierarchy);
  if (families.size() < 2 || families.size() > kMaxFamiliesToPermute) return families;
  const Votes votes = nesting_votes(headings);
  std::vector<std::size_t> order(families.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<std::size_t> best = order;
  Score best_score = score(order, families, votes);
  while (std::next_permutation(order.begin(), order.end())) {
    const Score candidate = score(order, families, votes);
    if (candidate.better_than(best_score)) {
      best_score = candidate;
      best = order;
    }
  }
  std::vector<Family> ordered;
  for (const std::size_t index : best) ordered.push_back(families[index]);
  return ordered;
}

}  // namespace planlint
