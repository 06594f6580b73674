#include <catch2/catch.hpp>

#include "support/rule_testing.hpp"

using namespace planlint::testing;
using Strings = std::vector<std::string>;

TEST_CASE("announced-count: the documented rules build and their examples pass",
          "[kind][announced-count]") {
  for (const auto& id : documented_rule_ids("announced-count")) {
    INFO(id);
    CHECK(documented_rule("announced-count", id) != nullptr);
  }
}

TEST_CASE("announced-count: a heading announcing more children than it has",
          "[kind][announced-count]") {
  const auto rule = documented_rule("announced-count", "count-announced");
  const auto findings = run_rule(*rule,
                                 "二、主要做好以下五个方面工作\n（一）加强党建\n（二）推进改革\n"
                                 "（三）保障安全\n（四）改善民生\n三、保障措施\n");
  REQUIRE(spans(findings) == Strings{"1:7-1:13 以下五个方面"});
  CHECK(findings[0].message == "“以下五个方面”宣布5项，其后列出4项");
  CHECK(findings[0].message_en == "\"以下五个方面\" announces 5 items, but 4 follow");
}

TEST_CASE("announced-count: a paragraph followed by headings, or by its own clauses",
          "[kind][announced-count]") {
  const auto rule = documented_rule("announced-count", "count-announced");
  // The headings that open on the next line, and their later siblings, are the list.
  CHECK(spans(run_rule(*rule, "今年重点抓好以下三项工作：\n\n一、加强党建\n二、推进改革\n")) ==
        Strings{"1:7-1:11 以下三项"});
  CHECK(run_rule(*rule, "今年重点抓好以下两项工作：\n一、加强党建\n二、推进改革\n").empty());
  // 一是…二是… in the rest of the paragraph; Traditional and full-width text.
  CHECK(spans(run_rule(*rule, "重點做好以下三個方面：一是加強黨建，二是推進改革。")) ==
        Strings{"1:5-1:11 以下三個方面"});
  // No list to count: nothing said.
  CHECK(run_rule(*rule, "重点做好以下三个方面工作。\n各单位要高度重视。\n").empty());
}

TEST_CASE("announced-count: numbered clauses that skip or repeat", "[kind][announced-count]") {
  const auto rule = documented_rule("announced-count", "count-enumeration");
  const auto findings =
      run_rule(*rule, "一是加强党建，二是推进改革，四是保障安全，四是改善民生。\n");
  REQUIRE(spans(findings) == Strings{"1:15-1:17 四是", "1:22-1:24 四是"});
  CHECK(findings[0].check == "gap");
  CHECK(findings[1].check == "repeat");
  CHECK(findings[0].message == "分项“四是”序号不连续：此处应为第3项");
  // A new 一是 opens the next list of a paragraph glued from several (tests/corpus 125).
  CHECK(run_rule(*rule, "一是甲，二是乙，三是丙。（二）重点工作。一是丁，二是戊。").empty());
  // 统一是, 唯一是: no clause.
  CHECK(run_rule(*rule, "一是加强党建，统一是关键，二是推进改革。").empty());
}

TEST_CASE("announced-count: each pattern of a rule has its own number group",
          "[kind][announced-count]") {
  const auto rule = rule_from_yaml(
      "id: c\nkind: announced-count\ncheck: announced\nseverity: warning\n"
      "message: '{announced}/{count}'\n"
      "patterns: ['以下([一二三四五六七八九十]{1,3})个方面', "
      "'实施([一二三四五六七八九十])大工程:']\n"
      "clauses: ['(?:^|[^\\p{Han}\\d])([一二三四五六七八九十]{1,2})是']\n");
  const auto findings = run_rule(*rule, "全年实施三大工程：一是强基工程，二是提质工程。\n");
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "3/2");
}
