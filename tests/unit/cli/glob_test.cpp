#include <catch2/catch.hpp>

#include "planlint/cli/glob.hpp"

using planlint::glob_matches;

TEST_CASE("* stays within one path component", "[cli][glob]") {
  CHECK(glob_matches("*.txt", "plan.txt"));
  CHECK(glob_matches("*.txt", ".txt"));
  CHECK_FALSE(glob_matches("*.txt", "plan.md"));
  CHECK_FALSE(glob_matches("*.txt", "drafts/plan.txt"));
  CHECK(glob_matches("drafts/*.txt", "drafts/plan.txt"));
  CHECK(glob_matches("*", ""));
}

TEST_CASE("** crosses components, and **/ may stand for no folder", "[cli][glob]") {
  CHECK(glob_matches("**/*.txt", "a/b/plan.txt"));
  CHECK(glob_matches("**/*.txt", "plan.txt"));
  CHECK(glob_matches("drafts/**", "drafts/2019/a/plan.txt"));
  CHECK(glob_matches("drafts/**/old", "drafts/old"));
  CHECK(glob_matches("drafts/**/old", "drafts/x/y/old"));
  CHECK_FALSE(glob_matches("drafts/**/old", "archive/old"));
}

TEST_CASE("? and character sets match one code point, so one Hanzi", "[cli][glob]") {
  CHECK(glob_matches("计划?.txt", "计划一.txt"));
  CHECK_FALSE(glob_matches("计划?.txt", "计划十一.txt"));
  CHECK_FALSE(glob_matches("a?b", "a/b"));
  CHECK(glob_matches("[一二三]、*", "二、要点"));
  CHECK_FALSE(glob_matches("[!一二三]、*", "二、要点"));
  CHECK(glob_matches("v[0-9].md", "v7.md"));
  CHECK_FALSE(glob_matches("v[0-9].md", "vx.md"));
}

TEST_CASE("a backslash and an unclosed bracket stand for themselves", "[cli][glob]") {
  CHECK(glob_matches("\\*.txt", "*.txt"));
  CHECK_FALSE(glob_matches("\\*.txt", "a.txt"));
  CHECK(glob_matches("[draft", "[draft"));
}
