// The sarif format over the sample run (report/sample_run.cpp), and its fingerprints.
#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "report/sample_run.hpp"
#include "support/golden.hpp"

using namespace planlint;
using namespace planlint::testing;

namespace {

std::vector<std::string> fingerprints_in(const std::string& sarif) {
  const std::regex fingerprint("\"planlint/v1\": \"([0-9a-f]{16}:[0-9]+)\"");
  std::vector<std::string> found;
  for (auto it = std::sregex_iterator(sarif.begin(), sarif.end(), fingerprint);
       it != std::sregex_iterator(); ++it) {
    found.push_back((*it)[1]);
  }
  return found;
}

// SARIF for one draft with a placeholder-letters finding on every "xx".
std::string sarif_for_placeholders(std::string_view draft) {
  const auto document = load("plan.txt", draft);
  std::vector<FindingSpec> specs;
  for (std::size_t at = draft.find("xx"); at != std::string_view::npos;
       at = draft.find("xx", at + 2)) {
    specs.push_back({"placeholder-letters", "placeholder", std::nullopt, Severity::error, "xx",
                     "未填写的占位符“xx”", "", std::nullopt});
  }
  std::ostringstream out;
  const auto reporter = make_sarif_reporter(out, ReportOptions{});
  reporter->file(*document, findings_in(*document, specs), {});
  reporter->finish({});
  return out.str();
}

}  // namespace

TEST_CASE("sarif: the rules, then one result per finding with region and fingerprint",
          "[report][sarif]") {
  const std::string report = render_sample("sarif");
  check_golden(golden_path("sample.sarif"), report);
  // Two findings share rule and excerpt ("xx" on lines 3 and 8): their occurrence index
  // tells them apart, so every result has its own fingerprint.
  const auto fingerprints = fingerprints_in(report);
  CHECK(fingerprints.size() == sample_run().findings[0].size());
  CHECK(std::set<std::string>(fingerprints.begin(), fingerprints.end()).size() ==
        fingerprints.size());
}

TEST_CASE("sarif: without the rule list, each rule is described from its findings",
          "[report][sarif]") {
  const std::string report = render_sample("sarif", {}, false);
  CHECK(report.find("{\"id\": \"numbering\", \"shortDescription\": {\"text\": \"numbering\"}") !=
        std::string::npos);
  CHECK(report.find("\"ruleId\": \"numbering\", \"ruleIndex\": 0,") != std::string::npos);
  CHECK(report.find("\"ruleId\": \"placeholder-letters\", \"ruleIndex\": 1,") != std::string::npos);
  CHECK(report.find("theme-safety") == std::string::npos);
}

TEST_CASE("sarif: a fingerprint survives edits above its finding; a second occurrence has its own",
          "[report][sarif]") {
  const auto original = fingerprints_in(sarif_for_placeholders("一、目标\n新建xx所学校。\n"));
  const auto moved =
      fingerprints_in(sarif_for_placeholders("前言一段。\n\n一、目标\n今年新建xx所学校。\n"));
  const auto another_added =
      fingerprints_in(sarif_for_placeholders("一、目标\n新建xx所学校。\n新增xx个学位。\n"));
  REQUIRE(original.size() == 1);
  CHECK(moved == original);
  REQUIRE(another_added.size() == 2);
  CHECK(another_added[0] == original[0]);
  CHECK(another_added[1] != original[0]);
}
