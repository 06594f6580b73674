#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "support/suppression_testing.hpp"

using namespace planlint;
using Strings = std::vector<std::string>;

namespace {

// "rule@line:column" for every finding left in a Markdown (or `name`d) text.
Strings findings_of(const std::string& text, bool report_unused = false,
                    const std::string& name = "plan.md") {
  return testing::findings_left(name, text, report_unused, testing::FindingPlace::line);
}

}  // namespace

TEST_CASE("disable-next-line silences its rules on the next non-blank line only",
          "[cli][suppression]") {
  CHECK(findings_of("<!-- planlint-disable-next-line alpha -->\n\n甲乙\n甲\n") ==
        Strings{"beta@3:2", "alpha@4:1"});
  // Ids separated by commas or spaces; a reason after `--`.
  CHECK(findings_of("<!-- planlint-disable-next-line alpha,beta -- 引文原样 -->\n甲乙\n") ==
        Strings{});
  CHECK(findings_of("<!-- planlint-disable-next-line beta alpha -->\n甲乙\n") == Strings{});
}

TEST_CASE("a suppression without ids silences every rule", "[cli][suppression]") {
  CHECK(findings_of("<!-- planlint-disable-next-line -->\n甲乙\n甲\n") == Strings{"alpha@3:1"});
  CHECK(findings_of("甲\n<!-- planlint-disable -->\n甲乙\n\n乙\n") == Strings{"alpha@1:1"});
}

TEST_CASE("disable … enable silences a region; enable with an id ends only that rule's",
          "[cli][suppression]") {
  const std::string text =
      "甲乙\n<!-- planlint-disable alpha beta -->\n甲乙\n<!-- planlint-enable alpha -->\n甲乙\n"
      "<!-- planlint-enable -->\n甲乙\n";
  CHECK(findings_of(text) ==
        Strings{"alpha@1:1", "beta@1:2", "alpha@5:1", "alpha@7:1", "beta@7:2"});
  // Never enabled: to the end of the file.
  CHECK(findings_of("甲\n<!-- planlint-disable alpha -->\n甲\n\n甲\n") == Strings{"alpha@1:1"});
}

TEST_CASE("a suppression shown in code is no suppression", "[cli][suppression]") {
  CHECK(findings_of("```\n<!-- planlint-disable-next-line -->\n```\n甲\n") == Strings{"alpha@4:1"});
  CHECK(findings_of("    <!-- planlint-disable -->\n\n甲\n") == Strings{"alpha@3:1"});
  CHECK(findings_of("`<!-- planlint-disable -->`\n\n甲\n") == Strings{"alpha@3:1"});
  // Nor is one in a plain-text file, nor another comment.
  CHECK(findings_of("<!-- planlint-disable -->\n甲\n", false, "plan.txt") == Strings{"alpha@2:1"});
  CHECK(findings_of("<!-- planlint-disabled -->\n甲\n") == Strings{"alpha@2:1"});
}

TEST_CASE("a suppression that silences nothing is reported when asked, at its comment",
          "[cli][suppression]") {
  const std::string text = "甲\n\n<!-- planlint-disable-next-line alpha beta -->\n甲\n";
  CHECK(findings_of(text) == Strings{"alpha@1:1"});
  CHECK(findings_of(text, true) == Strings{"alpha@1:1", "unused-suppression@3:1"});
  CHECK(findings_of("<!-- planlint-disable-next-line -->\n", true) ==
        Strings{"unused-suppression@1:1"});
}

TEST_CASE("a suppression naming no rule of the set is reported, not applied",
          "[cli][suppression]") {
  CHECK(findings_of("<!-- planlint-disable-next-line gamma alpha -->\n甲\n") ==
        Strings{"unknown-suppression-rule@1:1"});
  CHECK(findings_of("<!-- planlint-disable-next-line gamma -->\n甲\n", true) ==
        Strings{"unknown-suppression-rule@1:1", "alpha@2:1"});
}
