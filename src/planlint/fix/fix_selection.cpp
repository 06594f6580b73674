#include "planlint/fix/fix_selection.hpp"

#include <algorithm>

namespace planlint {
namespace {

// Two edits touch the same text: their spans share a byte, or both insert at one place (which
// would make their order matter), or one inserts strictly inside the other.
bool overlap(const TextEdit& a, const TextEdit& b) {
  if (a.begin == a.end && b.begin == b.end) return a.begin == b.begin;
  if (a.begin == a.end) return b.begin < a.begin && a.begin < b.end;
  if (b.begin == b.end) return a.begin < b.begin && b.begin < a.end;
  return a.begin < b.end && b.begin < a.end;
}

bool overlaps_any(const std::vector<TextEdit>& taken, const TextEdit& edit) {
  // `taken` is sorted by begin and disjoint: of the edits starting before this one, only the
  // last can reach into it.
  auto from =
      std::lower_bound(taken.begin(), taken.end(), edit.begin,
                       [](const TextEdit& other, std::size_t at) { return other.begin < at; });
  if (from != taken.begin() && overlap(*std::prev(from), edit)) return true;
  for (auto it = from; it != taken.end() && it->begin <= edit.end; ++it) {
    if (overlap(*it, edit)) return true;
  }
  return false;
}

}  // namespace

FixSelection select_fixes(std::span<const Finding> findings, bool unsafe) {
  FixSelection selection;
  for (const Finding& finding : findings) {
    if (!finding.fix || (finding.fix->safety == FixSafety::unsafe && !unsafe)) continue;
    const std::vector<TextEdit>& edits = finding.fix->edits;
    if (edits.empty()) continue;
    if (std::any_of(edits.begin(), edits.end(),
                    [&](const TextEdit& edit) { return overlaps_any(selection.edits, edit); })) {
      continue;
    }
    for (const TextEdit& edit : edits) {
      const auto at = std::upper_bound(
          selection.edits.begin(), selection.edits.end(), edit.begin,
          [](std::size_t begin, const TextEdit& other) { return begin < other.begin; });
      selection.edits.insert(at, edit);
    }
    ++selection.fixes;
  }
  return selection;
}

}  // namespace planlint
