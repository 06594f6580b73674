// Runs every fixture under tests/fixtures/fixes/<kind>/ (its README.md): the draft is fixed as
// `check --fix` would, pass after pass, and must read as the fixture's `%% fixed` text; fixing
// that text again must change nothing.
#include <catch2/catch.hpp>
#include <sstream>

#include "planlint/cli/file_check.hpp"
#include "planlint/config/rule_set.hpp"
#include "support/golden.hpp"
#include "support/rule_testing.hpp"

namespace fs = std::filesystem;
using namespace planlint;

namespace {

struct FixFixture {
  std::string rules;
  bool unsafe = false;
  std::string draft;
  std::string fixed;
};

FixFixture read_fix_fixture(const fs::path& path) {
  std::istringstream in(testing::read_file(path));
  FixFixture fixture;
  std::string line;
  bool after_fixed = false;
  while (std::getline(in, line)) {
    if (line.starts_with("%% rules:")) {
      std::istringstream(line.substr(9)) >> fixture.rules;
    } else if (line == "%% unsafe") {
      fixture.unsafe = true;
    } else if (line == "%% fixed") {
      after_fixed = true;
    } else {
      (after_fixed ? fixture.fixed : fixture.draft) += line + '\n';
    }
  }
  INFO(path.string() << " needs `%% rules:` and `%% fixed` lines");
  REQUIRE(!fixture.rules.empty());
  REQUIRE(after_fixed);
  return fixture;
}

}  // namespace

TEST_CASE("Each fix fixture is fixed into its %% fixed text, which a second pass leaves as is",
          "[fixtures][fix]") {
  const fs::path path =
      GENERATE(from_range(testing::fixture_files(testing::source_dir() / "tests/fixtures/fixes")));
  INFO("fixture " << fs::relative(path, testing::source_dir()).string());
  const FixFixture fixture = read_fix_fixture(path);
  const RuleSet rule_set = testing::fixture_rule_set(path, fixture.rules);
  const RuleRunner runner(rule_set.rules);
  const FindingPolicy policy;
  const FileChecker checker{runner, policy, {}, false, 0, FixRequest{fixture.unsafe, false, {}}};

  const FileCheck first = checker.fix_bytes(path.filename().string(), fixture.draft);
  REQUIRE(!first.input_error);
  REQUIRE(first.fixed);
  CHECK(!first.fixed->problem);
  CHECK(first.fixed->fixed_bytes == fixture.fixed);
  CHECK((first.fixed->fixes > 0) == (fixture.fixed != fixture.draft));

  const FileCheck second = checker.fix_bytes(path.filename().string(), fixture.fixed);
  REQUIRE(second.fixed);
  CHECK(second.fixed->fixes == 0);
  CHECK(second.fixed->fixed_bytes == fixture.fixed);
}
