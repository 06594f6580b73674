#include <catch2/catch.hpp>

#include "support/rule_testing.hpp"

using namespace planlint::testing;
using Strings = std::vector<std::string>;

TEST_CASE("stale-term: the documented rules build and their examples pass", "[kind][stale-term]") {
  for (const auto& id : documented_rule_ids("stale-term")) {
    INFO(id);
    CHECK(documented_rule("stale-term", id) != nullptr);
  }
}

TEST_CASE("stale-term: a term used as current in a document dated after it went stale",
          "[kind][stale-term]") {
  const auto rule = documented_rule("stale-term", "stale-five-year-plan-14");
  // tests/corpus 109: a 2026 plan that still calls 2026 a year of the 十四五.
  const auto findings =
      run_rule(*rule, "2026年街道工作计划\n2026年是实施“十四五”规划承上启下的重要一年。\n");
  REQUIRE(spans(findings) == Strings{"2:10-2:13 十四五"});
  CHECK(findings[0].message == "“十四五”规划期已于2025年结束，文档日期为2026年，应为“十五五”");
  CHECK(findings[0].message_en ==
        "The \"十四五\" period ended in 2025 and the document is dated 2026: write \"十五五\"");
  CHECK(findings[0].replacement == "十五五");
  // Dated by its signature rather than its title; Traditional text.
  CHECK(spans(run_rule(*rule, "街道工作計劃\n推進“十四五”規劃項目。\n2026年3月5日\n")) ==
        Strings{"2:4-2:7 十四五"});
}

TEST_CASE("stale-term: mentions of the past and summaries are not stale", "[kind][stale-term]") {
  const auto rule = documented_rule("stale-term", "stale-five-year-plan-14");
  // A review sentence in a plan.
  CHECK(run_rule(*rule, "2026年街道工作计划\n“十四五”期间，我街道完成旧城改造。\n").empty());
  // A summary reviews the past throughout.
  CHECK(run_rule(*rule, "2026年街道工作总结\n推进“十四五”规划项目。\n").empty());
  // Dated before the term went stale, or not dated at all.
  CHECK(run_rule(*rule, "2025年街道工作计划\n推进“十四五”规划项目。\n").empty());
  CHECK(run_rule(*rule, "街道工作计划\n推进“十四五”规划项目。\n").empty());
}

TEST_CASE("stale-term: each term its replacement; allowed texts holding a term are no use of it",
          "[kind][stale-term]") {
  const auto rule = documented_rule("stale-term", "stale-agency-2018");
  const auto findings =
      run_rule(*rule, "2024年工作要点\n落实农业部和环境保护部的部署，各级农业部门协作。\n");
  REQUIRE(spans(findings) == Strings{"2:3-2:6 农业部", "2:7-2:12 环境保护部"});
  CHECK(findings[0].replacement == "农业农村部");
  CHECK(findings[1].replacement == "生态环境部");
}

TEST_CASE("stale-term: a rule without terms or with a bad date is refused", "[kind][stale-term]") {
  const auto errors =
      rule_errors("id: s\nkind: stale-term\nseverity: info\nmessage: x\nstale_from: 2021-13\n");
  REQUIRE(errors.size() == 2);
  CHECK_THAT(errors[0], Catch::Contains("needs the stale wording"));
  CHECK_THAT(errors[1], Catch::Contains("`stale_from` must be a date"));
}

TEST_CASE("stale-term: a mapping entry that is not text is refused", "[kind][stale-term]") {
  const auto errors = rule_errors(
      "id: s\nkind: stale-term\nseverity: info\nmessage: x\nstale_from: 2021\n"
      "terms: {农业部: [农业农村部]}\n");
  REQUIRE_FALSE(errors.empty());
  CHECK_THAT(errors[0], Catch::Contains("`stale term: replacement`"));
}
