#include "planlint/fix/fix_selection.hpp"

#include <catch2/catch.hpp>

using namespace planlint;

namespace {

Finding with_fix(FixSafety safety, std::vector<std::pair<std::size_t, std::size_t>> spans) {
  Finding finding;
  Fix fix{safety, {}};
  for (const auto& [begin, end] : spans) fix.edits.push_back(TextEdit{begin, end, "x", {}, {}});
  finding.fix = std::move(fix);
  return finding;
}

}  // namespace

TEST_CASE("A pass takes fixes in finding order; one overlapping a taken fix waits", "[fix]") {
  const std::vector<Finding> findings{
      with_fix(FixSafety::safe, {{0, 3}}),
      with_fix(FixSafety::safe, {{2, 5}}),            // overlaps the first
      with_fix(FixSafety::safe, {{3, 4}, {10, 12}}),  // touches the first only at its end
      with_fix(FixSafety::safe,
               {{6, 8}, {11, 11}}),  // its insertion falls inside 10–12: whole fix waits
  };
  const FixSelection selection = select_fixes(findings, false);
  CHECK(selection.fixes == 2);
  REQUIRE(selection.edits.size() == 3);
  CHECK(selection.edits[0].begin == 0);
  CHECK(selection.edits[1].begin == 3);
  CHECK(selection.edits[2].begin == 10);
}

TEST_CASE("Unsafe fixes are taken only when asked for", "[fix]") {
  const std::vector<Finding> findings{with_fix(FixSafety::unsafe, {{0, 3}}),
                                      with_fix(FixSafety::safe, {{5, 6}}), Finding{}};
  CHECK(select_fixes(findings, false).fixes == 1);
  CHECK(select_fixes(findings, true).fixes == 2);
}

TEST_CASE("Two insertions at one place overlap; an insertion at an edit's edge does not", "[fix]") {
  CHECK(select_fixes(std::vector<Finding>{with_fix(FixSafety::safe, {{4, 4}}),
                                          with_fix(FixSafety::safe, {{4, 4}})},
                     false)
            .fixes == 1);
  CHECK(select_fixes(std::vector<Finding>{with_fix(FixSafety::safe, {{2, 4}}),
                                          with_fix(FixSafety::safe, {{4, 4}})},
                     false)
            .fixes == 2);
}
