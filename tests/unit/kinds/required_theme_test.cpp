#include <catch2/catch.hpp>

#include "support/rule_testing.hpp"

using namespace planlint::testing;
using Strings = std::vector<std::string>;

namespace {

const char* const kSafety = R"(
id: theme-safety
kind: required-theme
severity: error
theme: 安全
any: [安全, 平安校园, 防溺水]
message: 缺少必备主题“{theme}”（未出现：{keywords}）
message_en: 'Missing theme "{theme}" (none of: {keywords_en})'
examples:
  hit: [一、加强党的建设]
  miss: [一、守牢校园安全底线]
)";

const char* const kPlan =
    "\u3000\u3000某县教育局2026年工作要点\n\n一、加强党的建设\n（一）强化政治引领。\n";

}  // namespace

TEST_CASE("required-theme: a missing theme is one finding on the title", "[kind][required-theme]") {
  const auto rule = rule_from_yaml(kSafety);
  const auto findings = run_rule(*rule, kPlan);
  CHECK(spans(findings) == Strings{"1:3-1:17 某县教育局2026年工作要点"});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "缺少必备主题“安全”（未出现：安全、平安校园、防溺水）");
  CHECK(findings[0].message_en == "Missing theme \"安全\" (none of: 安全, 平安校园, 防溺水)");
  CHECK(findings[0].check == "安全");
}

TEST_CASE("required-theme: the message names the first six keywords, then says there are more",
          "[kind][required-theme]") {
  const auto rule = rule_from_yaml(R"(
id: theme-safety
kind: required-theme
severity: error
theme: 安全
any: [安全, 平安校园, 防溺水, 消防, 食品安全, 交通安全, 应急演练, 校园欺凌]
message: 缺少必备主题“{theme}”（未出现：{keywords}）
message_en: 'Missing theme "{theme}" (none of: {keywords_en})'
)");
  const auto findings = run_rule(*rule, kPlan);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message ==
        "缺少必备主题“安全”（未出现：安全、平安校园、防溺水、消防、食品安全、交通安全等）");
  CHECK(findings[0].message_en ==
        "Missing theme \"安全\" (none of: 安全, 平安校园, 防溺水, 消防, 食品安全, 交通安全, …)");
}

TEST_CASE("required-theme: keywords match Traditional and full-width text",
          "[kind][required-theme]") {
  const auto rule = rule_from_yaml(kSafety);
  CHECK(run_rule(*rule, "二、建設平安校園").empty());
  CHECK(run_rule(*rule, "做好防溺水工作").empty());
}

TEST_CASE("required-theme: residue after the body does not count", "[kind][required-theme]") {
  const auto rule = rule_from_yaml(kSafety);
  CHECK(run_rule(*rule, "一、加强党建\n二、提高质量\n相关文章\n校园安全工作计划范文\n").size() ==
        1);
}

TEST_CASE("required-theme: min, all groups and scopes", "[kind][required-theme]") {
  const auto twice = rule_from_yaml(R"(
id: theme-quality
kind: required-theme
severity: warning
theme: 质量
any: [质量]
min: 2
message: 缺少{theme}
)");
  CHECK(run_rule(*twice, "提高质量。").size() == 1);
  CHECK(run_rule(*twice, "提高质量，监测质量。").empty());

  const auto groups = rule_from_yaml(R"(
id: theme-double-reduction
kind: required-theme
severity: warning
theme: 双减
all: [[双减], [作业, 课后服务]]
message: 缺少{theme}
)");
  CHECK(run_rule(*groups, "落实双减。").size() == 1);
  CHECK(run_rule(*groups, "落实雙減，做好课后服务。").empty());

  const auto in_headings = rule_from_yaml(R"(
id: theme-teachers-heading
kind: required-theme
severity: info
theme: 教师队伍
any: [教师队伍]
scope: headings
message: 缺少{theme}
)");
  CHECK(run_rule(*in_headings, "一、总体要求\n加强教师队伍建设。\n").size() == 1);
  CHECK(run_rule(*in_headings, "一、加强教師隊伍建设。正文\n").empty());

  const auto in_section = rule_from_yaml(R"(
id: theme-drowning
kind: required-theme
severity: info
theme: 防溺水
any: [防溺水]
scope: section
section: 安全
message: 缺少{theme}
)");
  CHECK(run_rule(*in_section, "一、质量\n做好防溺水。\n二、安全\n加强管理。\n").size() == 1);
  CHECK(run_rule(*in_section, "一、质量\n加强管理。\n二、安全\n（一）做好防溺水。\n三、其他\n")
            .empty());
}

TEST_CASE("required-theme: patterns are evidence beside the keywords", "[kind][required-theme]") {
  const auto rule = rule_from_yaml(R"(
id: theme-party-building
kind: required-theme
severity: error
theme: 党建
any: [党建]
patterns: ['党的[0-9一二三四五六七八九十x_]+(?:大|届)', '党对\p{Han}{1,8}的(?:全面)?领导']
message: 缺少{theme}
)");
  // Real lines: a congress studied, the Party's leadership of a field.
  CHECK(run_rule(*rule, "1、继续领会贯彻党的xx大精神").empty());
  CHECK(run_rule(*rule, "黨的十九大以來，全省教育系統按照總體思路").empty());
  CHECK(run_rule(*rule, "一、守牢红色根脉,在党对教育工作的领导上有新加强").empty());
  // 党的教育方针 is about education, not about the Party's own work.
  CHECK(run_rule(*rule, "全面贯彻党的教育方针,落实立德树人根本任务").size() == 1);
  SECTION("patterns alone are enough") {
    const auto only_patterns = rule_from_yaml(
        "id: t\nkind: required-theme\nseverity: info\ntheme: 质量\nmessage: x\n"
        "patterns: ['(?:实施|推进|深化)素质教育']\n");
    CHECK(run_rule(*only_patterns, "通过完善激励机制,全面推进素质教育").empty());
    CHECK(run_rule(*only_patterns, "以办人民满意学校、创素质教育校园为目标").size() == 1);
  }
}

TEST_CASE("required-theme: a keyword inside a not_in phrase is no evidence",
          "[kind][required-theme]") {
  const auto rule = rule_from_yaml(R"(
id: theme-health
kind: required-theme
severity: warning
theme: 体卫艺劳
any: [体育, 心理健康, 健康]
not_in: [教育体育局, 健康成长, 身心健康]
message: 缺少{theme}
)");
  CHECK(run_rule(*rule, "罗庄区教育体育局2018年教育工作计划要点").size() == 1);
  CHECK(run_rule(*rule, "全面關心每一個學生健康成長").size() == 1);
  CHECK(run_rule(*rule, "对孩子们的身心健康发展起着导向性的作用").size() == 1);
  CHECK(run_rule(*rule, "加强师生的安全教育、法制教育和心理健康教育").empty());
  CHECK(run_rule(*rule, "教育体育局：加强学校体育工作").empty());
  SECTION("the search goes on inside the phrase, so an overlapping keyword is found") {
    const auto vocational = rule_from_yaml(
        "id: t\nkind: required-theme\nseverity: info\ntheme: 职教\nmessage: x\n"
        "any: [中职, 职业教育]\nnot_in: [高中职]\n");
    CHECK(run_rule(*vocational, "发展普通高中职业教育").empty());
    CHECK(run_rule(*vocational, "高中职称评审").size() == 1);
  }
}

TEST_CASE("required-theme: configuration errors name their place", "[kind][required-theme]") {
  CHECK(rule_errors("{id: t, kind: required-theme, severity: info, message: x, theme: 安全}") ==
        Strings{"test.yaml:1:1: a required-theme rule needs keywords: `any: [甲, 乙]` (one of them "
                "suffices) and/or `all: [[甲], [乙]]` (one of each group)"});
  CHECK(rule_errors("id: t\nkind: required-theme\nseverity: info\nmessage: x\ntheme: 安全\n"
                    "any: [安全]\nscope: chapter\n") ==
        Strings{"test.yaml:7:8: `scope` must be one of: document, headings, section (found "
                "“chapter”)"});
  CHECK(rule_errors("id: t\nkind: required-theme\nseverity: info\nmessage: '{them}'\ntheme: 安全\n"
                    "any: [安全]\n") ==
        Strings{"test.yaml:4:1: unknown placeholder {them} in `message`; it can use "
                "{match}, {theme}, {keywords}, {keywords_en}, {min}"});
  CHECK(rule_errors("id: t\nkind: required-theme\nseverity: info\nmessage: x\ntheme: 安全\n"
                    "patterns: ['安全', '(平安']\n") ==
        Strings{"test.yaml:6:22: pattern “(平安” is not a valid regular expression (RE2 syntax): "
                "missing ): "
                "(平安"});
}
