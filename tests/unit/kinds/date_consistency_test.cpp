#include <catch2/catch.hpp>

#include "support/rule_testing.hpp"

using namespace planlint::testing;
using Strings = std::vector<std::string>;

TEST_CASE("date-consistency: the documented rules build and their examples pass",
          "[kind][date-consistency]") {
  for (const auto& id : documented_rule_ids("date-consistency")) {
    INFO(id);
    CHECK(documented_rule("date-consistency", id) != nullptr);
  }
}

TEST_CASE("date-consistency: impossible dates anywhere", "[kind][date-consistency]") {
  const auto rule = documented_rule("date-consistency", "date-impossible");
  const auto findings = run_rule(
      *rule, "各校于2月30日前上报，13月底前完成，2023年2月29日检查，2024年2月29日复查。\n");
  CHECK(spans(findings) == Strings{"1:4-1:9 2月30日", "1:13-1:16 13月", "1:21-1:31 2023年2月29日"});
  CHECK(findings[0].message == "日期“2月30日”不存在，请核对");
  // Full-width digits and Traditional text.
  CHECK(spans(run_rule(*rule, "於４月３１日前完成")) == Strings{"1:2-1:7 ４月３１日"});
  CHECK(run_rule(*rule, "用3个月时间，12月31日前完成，第1.12月").empty());
}

TEST_CASE("date-consistency: a plan for one year that plans the year before",
          "[kind][date-consistency]") {
  const auto rule = documented_rule("date-consistency", "date-previous-year-plan");
  const auto findings =
      run_rule(*rule, "2024年全市教育工作要点\n2023年全市教育工作的总体要求是：坚持立德树人。\n");
  REQUIRE(spans(findings) == Strings{"2:1-2:18 2023年全市教育工作的总体要求是"});
  CHECK(findings[0].message ==
        "这是2024年的计划，“2023年全市教育工作的总体要求是”仍是上一年的提法，请改为本年度");
}

TEST_CASE("date-consistency: a deadline before the document's date", "[kind][date-consistency]") {
  const auto rule = documented_rule("date-consistency", "date-past-deadline");
  // Dated by the signature: a deadline a month before it.
  const auto findings =
      run_rule(*rule, "校园安全工作方案\n各校2024年2月底前上报名单。\n\n2024年3月5日\n");
  REQUIRE(spans(findings) == Strings{"2:3-2:14 2024年2月底前上报"});
  CHECK(findings[0].message_en ==
        "The deadline \"2024年2月底前上报\" is before the document's date 2024-03-05; was it "
        "carried over from an old draft?");
  // Within the document's month, done already, or in a summary: no finding.
  CHECK(run_rule(*rule, "校园安全工作方案\n2024年3月底前上报名单。\n2024年3月5日\n").empty());
  CHECK(run_rule(*rule, "2024年教育工作要点\n2023年底前已完成校舍改造。\n").empty());
  CHECK(run_rule(*rule, "2024年学校工作总结\n2023年底前完成校舍改造。\n").empty());
}

TEST_CASE("date-consistency: 今年 dated to another year than the document's",
          "[kind][date-consistency]") {
  const auto rule = planlint::testing::rule_from_yaml(
      "id: date-this-year\nkind: date-consistency\ncheck: this-year\nseverity: warning\n"
      "message: 文档日期为{date}，“{match}”却指另一年\n"
      "patterns: ['(?:今年|本年度?)\\s*\\(?\\s*((?:19|20)\\d\\d)\\s*年']\n");
  CHECK(spans(run_rule(*rule, "2024年教育工作要点\n今年（2023年）全市新建学校5所。\n")) ==
        Strings{"2:1-2:9 今年（2023年"});
  CHECK(run_rule(*rule, "2024年教育工作要点\n今年（2024年）全市新建学校5所。\n").empty());
  // An undated document: nothing to compare with.
  CHECK(run_rule(*rule, "教育工作要点\n今年（2023年）全市新建学校5所。\n").empty());
}

TEST_CASE("date-consistency: each pattern reads its own year, month and day groups",
          "[kind][date-consistency]") {
  const auto rule = planlint::testing::rule_from_yaml(
      "id: d\nkind: date-consistency\ncheck: impossible\nseverity: error\nmessage: x\n"
      "patterns: ['(?:((?:19|20)\\d\\d)年)?(\\d{1,2})月(?:(\\d{1,2})日)?', "
      "'((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})']\n");
  CHECK(spans(run_rule(*rule, "2月30日与2023/2/29\n")) ==
        Strings{"1:1-1:6 2月30日", "1:7-1:16 2023/2/29"});
}
