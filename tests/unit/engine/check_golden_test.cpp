// `planlint check --format json` for the real documents in ../shared/seeds, with core and with
// education-plan; each golden checked by hand (see tests/golden/README.md).
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

std::string check_json(const fs::path& seed, const RuleSet& rules) {
  auto loaded = load_document_from_bytes(seed.filename().string(), testing::read_file(seed));
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  const Document& document = *std::get<std::unique_ptr<Document>>(loaded);
  const auto findings = check_document(document, build_outline(document), rules.rules);
  std::ostringstream out;
  const auto reporter = make_json_reporter(out, Language::zh);
  CheckSummary summary;
  summary.add(findings);
  reporter->file(document, findings);
  reporter->finish(summary);
  return out.str();
}

}  // namespace

TEST_CASE("check output for the seed documents matches the hand-checked goldens", "[golden]") {
  for (const char* set_name : {"core", "education-plan"}) {
    auto loaded = load_rule_set(set_name, {testing::source_dir() / "rules"});
    REQUIRE(std::holds_alternative<RuleSet>(loaded));
    const RuleSet& rules = std::get<RuleSet>(loaded);
    for (const auto& entry : fs::directory_iterator(testing::seeds_dir())) {
      if (entry.path().extension() != ".txt") continue;
      SECTION(entry.path().filename().string() + " with " + set_name) {
        testing::check_golden(testing::source_dir() / "tests/golden/check" /
                                  (entry.path().stem().string() + "." + set_name + ".json"),
                              check_json(entry.path(), rules));
      }
    }
  }
}
