#include <catch2/catch.hpp>

#include "support/rule_testing.hpp"

using namespace planlint::testing;
using Strings = std::vector<std::string>;

TEST_CASE("document-structure: the documented rule builds and its examples pass",
          "[kind][document-structure]") {
  for (const auto& id : documented_rule_ids("document-structure")) {
    INFO(id);
    CHECK(documented_rule("document-structure", id) != nullptr);
  }
}

TEST_CASE("document-structure: a missing section is reported on the title",
          "[kind][document-structure]") {
  const auto rule = documented_rule("document-structure", "structure-implementation-plan");
  // The headings of a real 实施方案 (tests/corpus 117), its 保障 section cut away.
  const auto findings = run_rule(*rule,
                                 "全县重大政策宣传解读工作实施方案\n一、指导思想\n坚持正确导向。\n"
                                 "二、工作目标\n三、主要任务\n（一）统筹做好疫情防控。\n");
  REQUIRE(spans(findings) == Strings{"1:1-1:17 全县重大政策宣传解读工作实施方案"});
  CHECK(findings[0].message == "实施方案缺少“保障措施”部分");
  CHECK(findings[0].message_en == "The implementation plan has no \"保障措施\" section");
  CHECK(findings[0].check == "missing");
}

TEST_CASE("document-structure: a section out of order names the one it should follow",
          "[kind][document-structure]") {
  const auto rule = documented_rule("document-structure", "structure-implementation-plan");
  const auto findings =
      run_rule(*rule, "校园安全实施方案\n一、工作目标\n二、指导思想\n三、主要任务\n四、组织领导\n");
  REQUIRE(spans(findings) == Strings{"2:1-2:3 一、"});
  CHECK(findings[0].message == "“工作目标”应在“指导思想”之后");
  CHECK(findings[0].check == "order");
}

TEST_CASE("document-structure: only documents of the type that follow the shape",
          "[kind][document-structure]") {
  const auto rule = documented_rule("document-structure", "structure-implementation-plan");
  // Another type.
  CHECK(run_rule(*rule, "2024年学校工作计划\n一、指导思想\n二、工作目标\n三、主要任务\n").empty());
  // Topics, not the shape.
  CHECK(run_rule(*rule, "校园安全实施方案\n一、加强课程建设\n二、推进教师培训\n三、保障措施\n")
            .empty());
  // Two sections under one heading count once: 总体要求与主要目标 (tests/corpus 126).
  CHECK(run_rule(*rule, "校园安全实施方案\n一、总体要求与主要目标\n二、重点工作\n").empty());
  // Traditional headings match the Simplified patterns; the optional 实施步骤 may be left out.
  CHECK(
      run_rule(*rule, "校園安全實施方案\n一、指導思想\n二、工作目標\n三、主要任務\n四、保障措施\n")
          .empty());
}

TEST_CASE("document-structure: each part of a bundled file by its own type",
          "[kind][document-structure]") {
  const auto rule = documented_rule("document-structure", "structure-implementation-plan");
  const auto findings =
      run_rule(*rule,
               "方案汇编\n篇一：校园安全实施方案\n一、指导思想\n二、工作目标\n"
               "三、主要任务\n四、保障措施\n篇二：食堂管理实施方案\n一、指导思想\n"
               "二、工作目标\n三、主要任务\n");
  CHECK(spans(findings) == Strings{"7:1-7:12 篇二：食堂管理实施方案"});
}

TEST_CASE("document-structure: a rule without a type or sections is refused",
          "[kind][document-structure]") {
  const auto errors = rule_errors(
      "id: s\nkind: document-structure\nseverity: info\nmessage: x\norder_message: y\n"
      "document_type: 报告\nsections: [{name: 甲, match: 甲}]\n");
  REQUIRE(errors.size() == 2);
  CHECK_THAT(errors[0], Catch::Contains("unknown document type \"报告\""));
  CHECK_THAT(errors[1], Catch::Contains("at least two sections"));
}

TEST_CASE("document-structure: a section may sit just below a top-level one",
          "[kind][document-structure]") {
  const auto rule = documented_rule("document-structure", "structure-implementation-plan");
  // 一、总体要求 （一）指导思想 （二）工作目标: the common shape of samples/faulty-plan.txt.
  CHECK(run_rule(*rule,
                 "校园安全实施方案\n一、总体要求\n（一）指导思想\n（二）工作目标\n"
                 "二、重点任务\n三、保障措施\n")
            .empty());
}
