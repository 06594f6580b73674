#include <catch2/catch.hpp>

#include "support/rule_testing.hpp"

using namespace planlint::testing;
using Strings = std::vector<std::string>;

namespace {

const char* const kResidueRule = R"(
id: residue-reprint
kind: phrase
severity: warning
message: 网站残留内容“{match}”
message_en: Template-site residue "{match}"
phrases: [转载请保留, 本文地址, 相关文章]
patterns: ['https?://[a-z0-9./_-]+']
examples:
  hit: [链接地址：http://example.org/1.html 转载请保留]
  miss: [本文提出了三项任务。]
)";

}  // namespace

TEST_CASE("phrase: literals and patterns, each occurrence exactly", "[kind][phrase]") {
  const auto rule = rule_from_yaml(kResidueRule);
  const auto findings =
      run_rule(*rule, "一、甲\n本文地址：http://www.example.com/a/1.html 转载请保留，谢谢！\n");
  CHECK(spans(findings) == Strings{"2:1-2:5 本文地址", "2:6-2:37 http://www.example.com/a/1.html",
                                   "2:38-2:43 转载请保留"});
  CHECK(findings[0].message == "网站残留内容“本文地址”");
  CHECK(findings[0].message_en == "Template-site residue \"本文地址\"");
  CHECK(findings[0].rule_id == "residue-reprint");
  CHECK(findings[0].severity == planlint::Severity::warning);
}

TEST_CASE("phrase: Traditional and full-width text matches and is reported as written",
          "[kind][phrase]") {
  const auto rule = rule_from_yaml(kResidueRule);
  CHECK(spans(run_rule(*rule, "相關文章\n轉載請保留")) ==
        Strings{"1:1-1:5 相關文章", "2:1-2:6 轉載請保留"});
  CHECK(spans(run_rule(*rule, "ＨＴＴＰ://ＥＸＡＭＰＬＥ.ＯＲＧ 。")) ==
        Strings{"1:1-1:19 ＨＴＴＰ://ＥＸＡＭＰＬＥ.ＯＲＧ"});
  CHECK(run_rule(*rule, "本文提出了相关的文章。").empty());
}

TEST_CASE("phrase: a rule without anything to look for is refused", "[kind][phrase]") {
  CHECK(rule_errors("{id: empty-phrase, kind: phrase, severity: info, message: x}") ==
        Strings{"test.yaml:1:1: a phrase rule needs `phrases:` (texts) or `patterns:` (regular "
                "expressions) to look for"});
}

TEST_CASE("phrase: a pattern in full-width or Traditional form is refused with its fix",
          "[kind][phrase]") {
  const auto errors = rule_errors(
      "id: bad-pattern\nkind: phrase\nseverity: info\nmessage: x\npatterns: ['轉載（.*）']\n");
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::StartsWith("test.yaml:5:12: pattern “轉載（.*）” contains “轉”"));
  CHECK(errors[0].find("write “转” instead") != std::string::npos);
}

TEST_CASE("phrase: a broken pattern is refused with RE2's reason", "[kind][phrase]") {
  const auto errors =
      rule_errors("id: bad-pattern\nkind: phrase\nseverity: info\nmessage: x\npatterns: ['(a+']\n");
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0],
             Catch::StartsWith("test.yaml:5:12: pattern “(a+” is not a valid regular expression"));
}

TEST_CASE("phrase: examples that contradict the rule are refused", "[kind][phrase]") {
  const auto errors = rule_errors(R"(id: wrong-examples
kind: phrase
severity: info
message: x
phrases: [范文]
examples:
  hit: [工作计划]
  miss: [范文网]
)");
  CHECK(errors == Strings{"test.yaml:7:9: rule wrong-examples does not fire on its `hit` example "
                          "“工作计划”; fix the "
                          "rule or the example",
                          "test.yaml:8:10: rule wrong-examples fires on its `miss` example "
                          "“范文网”: “x” at column 1"});
}

TEST_CASE("phrase: pinyin glosses a site inserted do not hide a phrase", "[kind][phrase]") {
  const auto rule = rule_from_yaml(kResidueRule);
  CHECK(spans(run_rule(*rule, "相關(guān)文章 本文地(dì)址")) ==
        Strings{"1:1-1:11 相關(guān)文章", "1:12-1:20 本文地(dì)址"});
  // A gloss is only skipped between Hanzi of the phrase, and only if it is pinyin.
  CHECK(run_rule(*rule, "相关(2024)文章").empty());
}
