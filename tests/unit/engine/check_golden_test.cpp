// `planlint check` for the real documents in ../shared/seeds, with core and with education-plan,
// as text snapshots a reviewer reads against the seed: each finding, its line and the caret under
// its span. One JSON golden stays, for the JSON shape over a real document's findings (see
// tests/golden/README.md).
#include <catch2/catch.hpp>
#include <sstream>

#include "planlint/config/rule_set.hpp"
#include "planlint/engine/check_document.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/report/check_report.hpp"
#include "planlint/text/document.hpp"
#include "support/golden.hpp"

namespace fs = std::filesystem;
using namespace planlint;

namespace {

using MakeReporter = std::unique_ptr<CheckReporter> (*)(std::ostream&, Language);

std::string check_report(const fs::path& seed, const RuleSet& rules, MakeReporter make_reporter) {
  auto loaded = load_document_from_bytes(seed.filename().string(), testing::read_file(seed));
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  const Document& document = *std::get<std::unique_ptr<Document>>(loaded);
  const auto findings = check_document(document, build_outline(document), rules.rules);
  std::ostringstream out;
  const auto reporter = make_reporter(out, Language::zh);
  CheckSummary summary;
  summary.add(findings);
  reporter->file(document, findings);
  reporter->finish(summary);
  return out.str();
}

std::unique_ptr<CheckReporter> make_plain_text_reporter(std::ostream& out, Language language) {
  return make_text_reporter(out, language);
}

RuleSet shipped_rule_set(const char* name) {
  auto loaded = load_rule_set(name, {testing::source_dir() / "rules"});
  REQUIRE(std::holds_alternative<RuleSet>(loaded));
  return std::move(std::get<RuleSet>(loaded));
}

}  // namespace

TEST_CASE("check output for the seed documents matches the hand-checked snapshots", "[golden]") {
  for (const char* set_name : {"core", "education-plan"}) {
    const RuleSet rules = shipped_rule_set(set_name);
    for (const auto& entry : fs::directory_iterator(testing::seeds_dir())) {
      if (entry.path().extension() != ".txt") continue;
      SECTION(entry.path().filename().string() + " with " + set_name) {
        testing::check_golden(testing::source_dir() / "tests/golden/check" /
                                  (entry.path().stem().string() + "." + set_name + ".txt"),
                              check_report(entry.path(), rules, make_plain_text_reporter));
      }
    }
  }
}

TEST_CASE("the JSON report of a seed document keeps its hand-checked shape", "[golden]") {
  const fs::path seed = testing::seeds_dir() / "000_27f374c6e08bd2b9.txt";
  testing::check_golden(testing::source_dir() / "tests/golden/check/000_27f374c6e08bd2b9.core.json",
                        check_report(seed, shipped_rule_set("core"), make_json_reporter));
}
