#include <catch2/catch.hpp>

#include "support/rule_testing.hpp"

using namespace planlint::testing;
using Strings = std::vector<std::string>;

namespace {

const char* const kSimplifiedRule = R"(
id: script-test
kind: script
severity: warning
message: 繁体字“{match}”，应为“{expected}”
message_en: 'Traditional "{match}"; write "{expected}"'
)";

const char* const kTraditionalRule = R"(
id: script-test
kind: script
severity: warning
expect: traditional
message: 简体字“{match}”，应为“{expected}”
)";

std::string with_threshold(double threshold) {
  return std::string(kSimplifiedRule) + "threshold: " + std::to_string(threshold) + "\n";
}

}  // namespace

TEST_CASE("script: each run of Traditional characters in a Simplified document", "[kind][script]") {
  const auto rule = rule_from_yaml(kSimplifiedRule);
  const auto findings = run_rule(*rule,
                                 "二〇二四年学校工作计划\n"
                                 "（一）主要任务\n"
                                 "今年全市將继续推进義務教育优质均衡发展。\n");
  REQUIRE(spans(findings) == Strings{"3:5-3:6 將", "3:10-3:12 義務"});
  CHECK(findings[1].message == "繁体字“義務”，应为“义务”");
  CHECK(findings[1].message_en == "Traditional \"義務\"; write \"义务\"");
  CHECK(findings[1].check == "characters");
  CHECK(findings[1].replacement == "义务");
}

TEST_CASE("script: a run ends at any other character and may end the text", "[kind][script]") {
  const auto rule = rule_from_yaml(kSimplifiedRule);
  // an ASCII space, a neutral Han character (校) and a Simplified one (学) each end a run; the
  // last run reaches the end of the text
  const auto findings =
      run_rule(*rule, "推进义务教育优质均衡发展，办好人民满意的教育。學 習學校學学學習發達");
  CHECK(spans(findings) ==
        Strings{"1:24-1:25 學", "1:26-1:28 習學", "1:29-1:30 學", "1:31-1:35 學習發達"});
}

TEST_CASE("script: characters Simplified text shares with Traditional are not reported",
          "[kind][script]") {
  const auto rule = rule_from_yaml(kSimplifiedRule);
  CHECK(run_rule(*rule, "成立学生科技俱乐部，著力提高教学质量，于后年建成新校区。").empty());
}

TEST_CASE("script: a wholly Traditional document gets one finding at its title", "[kind][script]") {
  const auto rule = rule_from_yaml(kSimplifiedRule);
  const auto findings = run_rule(*rule,
                                 "\n　　二〇二四年學校工作計劃　\n"
                                 "一、指導思想\n"
                                 "堅持立德樹人，辦好人民滿意的教育。\n");
  REQUIRE(spans(findings) == Strings{"2:3-2:14 二〇二四年學校工作計劃"});
  CHECK(findings[0].message == "全文使用繁体字，应使用简体字（8个繁体字）");
  CHECK(findings[0].message_en ==
        "the document is written in Traditional script; expected Simplified (8 characters)");
  CHECK(findings[0].check == "document");
  CHECK_FALSE(findings[0].replacement.has_value());
}

TEST_CASE("script: expect traditional mirrors the check", "[kind][script]") {
  const auto rule = rule_from_yaml(kTraditionalRule);
  SECTION("a Simplified character in a Traditional document") {
    const auto findings = run_rule(*rule, "一、工作目標\n推進课程改革，提升教學質量。\n");
    REQUIRE(spans(findings) == Strings{"2:3-2:4 课"});
    CHECK(findings[0].message == "简体字“课”，应为“課”");
    // Hans-Hant picks one Traditional form where the word may need another (发: 發 or 髮).
    CHECK_FALSE(findings[0].replacement.has_value());
  }
  SECTION("a wholly Simplified document") {
    const auto findings = run_rule(*rule, "一、工作目标\n推进课程改革，提升教学质量。\n");
    REQUIRE(spans(findings) == Strings{"1:1-1:7 一、工作目标"});
    CHECK(findings[0].message == "全文使用简体字，应使用繁体字（5个简体字）");
  }
}

TEST_CASE("script: the threshold is the wrong-script share that must be exceeded",
          "[kind][script]") {
  // One Traditional (認) and one Simplified (实) character: a share of exactly one half.
  const std::string half_traditional = "各校要認真落实";
  CHECK(spans(run_rule(*rule_from_yaml(with_threshold(0.5)), half_traditional)) ==
        Strings{"1:4-1:5 認"});
  const auto findings = run_rule(*rule_from_yaml(with_threshold(0.4)), half_traditional);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].check == "document");
  CHECK(findings[0].message == "全文使用繁体字，应使用简体字（1个繁体字）");
}

TEST_CASE("script: a document without Chinese has no script to check", "[kind][script]") {
  const auto rule = rule_from_yaml(kSimplifiedRule);
  CHECK(run_rule(*rule, "Work plan 2024\n1. Budget: 3.5 million\n").empty());
  CHECK(run_rule(*rule, "").empty());
}

TEST_CASE("script: an unknown script is refused where it is written", "[kind][script]") {
  CHECK(
      rule_errors("id: script-bad\nkind: script\nseverity: warning\nmessage: x\nexpect: 繁体\n") ==
      Strings{"test.yaml:5:9: `expect` must be one of: simplified, traditional (found “繁体”)"});
}

TEST_CASE("script: the whole-document message may only use the kind's placeholders",
          "[kind][script]") {
  CHECK(rule_errors("id: script-bad\nkind: script\nseverity: warning\nmessage: x\n"
                    "document_message: 全文为{match}\n") ==
        Strings{"test.yaml:5:1: unknown placeholder {match} in `document_message`; it "
                "can use {expected}, {found}, {count}, {found_en}, "
                "{expected_en}"});
}

TEST_CASE("script: the documented rule loads and its examples hold", "[kind][script]") {
  CHECK(documented_rule_ids("script") == Strings{"script-mixed"});
  CHECK(documented_rule("script", "script-mixed") != nullptr);
}
