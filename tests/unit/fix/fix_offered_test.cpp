// Where the engine offers a finding's fix and where it leaves it out.
#include <catch2/catch.hpp>

#include "planlint/config/rule_set.hpp"
#include "planlint/engine/check_document.hpp"
#include "planlint/input/load_document.hpp"
#include "support/golden.hpp"

using namespace planlint;

namespace {

std::vector<Finding> core_findings(const std::string& name, const std::string& text) {
  auto rules = load_rule_set("core", {testing::source_dir() / "rules"});
  REQUIRE(std::holds_alternative<RuleSet>(rules));
  auto loaded = load_document_from_bytes(name, text);
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  return RuleRunner(std::get<RuleSet>(rules).rules)
      .check(*std::get<std::unique_ptr<Document>>(loaded))
      .findings;
}

const Finding& on_line(const std::vector<Finding>& findings, std::string_view rule,
                       std::uint32_t line) {
  const auto found = std::find_if(findings.begin(), findings.end(), [&](const Finding& finding) {
    return finding.rule_id == rule && finding.start.line == line;
  });
  REQUIRE(found != findings.end());
  return *found;
}

}  // namespace

TEST_CASE("A Markdown residue line is removed only where the reading is the file's text", "[fix]") {
  const auto findings =
      core_findings("plan.md",
                    "# 某区教育局2026年工作计划\n\n一、总体要求\n\n加强管理。\n\n"
                    "本文地址：http://www.example.com/fanwen/2026.html 转载请保留，谢谢！\n\n"
                    "[本文地址](http://www.example.com/fanwen/2026.html) 转载请保留，谢谢！\n");
  const Finding& plain = on_line(findings, "residue-reprint", 7);
  REQUIRE(plain.fix);
  CHECK(plain.fix->safety == FixSafety::unsafe);
  REQUIRE(plain.fix->edits.size() == 1);
  CHECK(plain.fix->edits[0].replacement.empty());
  CHECK(plain.fix->edits[0].start.line == 7);
  CHECK(plain.fix->edits[0].stop.line == 8);
  // The link's brackets and address are blanked in the reading: removing "the line" there
  // would be removing markup the rule never read.
  CHECK(!on_line(findings, "residue-reprint", 9).fix);
  // Residue inside a line of text is reported, not removed.
  CHECK(!on_line(findings, "residue-url", 7).fix);
}

TEST_CASE("A last line without a line end is removed with the line end before it", "[fix]") {
  const auto findings =
      core_findings("plan.txt",
                    "某区教育局2026年工作计划\n一、总体要求\n加强管理。\n"
                    "本文地址：http://www.example.com/fanwen/2026.html 转载请保留，谢谢！");
  const Finding& residue = on_line(findings, "residue-reprint", 4);
  REQUIRE(residue.fix);
  REQUIRE(residue.fix->edits.size() == 1);
  CHECK(residue.fix->edits[0].start.line == 3);
  CHECK(residue.fix->edits[0].stop.line == 4);
}
