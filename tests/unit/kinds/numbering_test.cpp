#include <catch2/catch.hpp>

#include "planlint/kinds/numbering_marker.hpp"
#include "planlint/parse/numeral_value.hpp"
#include "planlint/text/utf8.hpp"
#include "support/rule_testing.hpp"

using namespace planlint::testing;
using Strings = std::vector<std::string>;

namespace {

// A numbering rule whose messages are the kind's own sentences, with the given `checks:`
// mapping and any further keys.
std::string numbering_rule(const std::string& checks, const std::string& more_keys = "") {
  return "id: numbering-test\n"
         "kind: numbering\n"
         "severity: error\n"
         "message: \"{detail}\"\n"
         "message_en: \"{detail_en}\"\n" +
         more_keys + "checks: {" + checks + "}\n";
}

const std::string kEveryCheck =
    "gap: error, duplicate: error, out-of-order: error, missing-separator: error, "
    "mixed-separator: warning, bracket-mismatch: error, level-order: warning, level-skip: "
    "warning, restart: warning, single-child: info, non-canonical: error";

std::vector<planlint::Finding> lint(const std::string& checks, const std::string& text,
                                    const std::string& more_keys = "") {
  const auto rule = rule_from_yaml(numbering_rule(checks, more_keys));
  return run_rule(*rule, text);
}

Strings messages(const std::vector<planlint::Finding>& findings) {
  Strings result;
  for (const auto& finding : findings) result.push_back(finding.message);
  return result;
}

Strings checks_of(const std::vector<planlint::Finding>& findings) {
  Strings result;
  for (const auto& finding : findings) result.push_back(finding.check.value_or("-"));
  return result;
}

}  // namespace

TEST_CASE("numbering: the documented rules load, their examples included", "[kind][numbering]") {
  const auto example = documented_rule("numbering", "office-numbering");
  const auto core = documented_rule("numbering", "numbering");
  const auto gbt9704 = documented_rule("numbering", "gbt9704-numbering");
  CHECK(gbt9704->info().source == "GB/T 9704-2012 7.3.3");

  const std::string draft = "一、目标\n（一)质量\n（三）公平\n二、措施\n1、课程\n2.教材\n";
  const auto core_findings = run_rule(*core, draft);
  CHECK(spans(core_findings) == Strings{"2:1-2:4 （一)", "3:1-3:4 （三）", "6:1-6:3 2."});
  CHECK(checks_of(core_findings) == Strings{"bracket-mismatch", "gap", "mixed-separator"});
  const auto gbt_findings = run_rule(*gbt9704, draft);
  CHECK(spans(gbt_findings) == Strings{"2:1-2:4 （一)", "5:1-5:3 1、", "5:1-5:3 1、"});
  CHECK(checks_of(gbt_findings) == Strings{"non-canonical", "level-skip", "non-canonical"});
}

TEST_CASE("numbering gap: a number left out", "[kind][numbering]") {
  const auto findings = lint("gap: error", "一、总体思路\n二、主要任务\n四、保障措施\n");
  CHECK(spans(findings) == Strings{"3:1-3:3 四、"});
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "序号应为“三、”，实为“四、”");
  CHECK(findings[0].message_en == "expected \"三、\", found \"四、\"");
  CHECK(findings[0].check == "gap");
  CHECK(findings[0].severity == planlint::Severity::error);
  CHECK(findings[0].rule_id == "numbering-test");

  SECTION("bracketed markers, and a list that does not start at one") {
    const auto nested =
        lint("gap: warning", "一、目标\n（二）师资建设\n（三）课程改革\n（五）评价改革\n");
    CHECK(spans(nested) == Strings{"2:1-2:4 （二）", "4:1-4:4 （五）"});
    CHECK(messages(nested) ==
          Strings{"序号应为“（一）”，实为“（二）”", "序号应为“（四）”，实为“（五）”"});
    CHECK(nested[0].severity == planlint::Severity::warning);
  }
  SECTION("expected markers take the siblings' form, or the canonical one") {
    const std::string half_width = "一、目标\n(一)甲\n(二)乙\n(四)丙\n";
    CHECK(messages(lint("gap: error", half_width)) == Strings{"序号应为“(三)”，实为“(四)”"});
    CHECK(messages(lint("gap: error", half_width, "canonical: {cn-paren: \"（）\"}\n")) ==
          Strings{"序号应为“（三）”，实为“(四)”"});
  }
  SECTION("a list that starts at zero") {
    CHECK(messages(lint("gap: error", "〇、前言\n一、目标\n二、措施\n")) ==
          Strings{"序号应为“一、”，实为“〇、”"});
  }
  SECTION("an unbroken sequence is silent") {
    CHECK(lint("gap: error", "一、甲\n（一）乙\n（二）丙\n二、丁\n三、戊\n").empty());
  }
  SECTION("articles count on across chapters (tests/corpus 151, 155)") {
    const std::string regulation =
        "第一章 总则\n第一条 为了鼓励公民举报危害国家安全行为，制定本办法。\n"
        "第二条 国家安全机关负责举报奖励工作。\n第二章 奖励条件\n"
        "第三条 获得举报奖励应当同时符合下列条件：\n第五条 对同一举报人的奖励，不重复给予。\n";
    CHECK(spans(lint("gap: error", regulation)) == Strings{"6:1-6:4 第五条"});
    CHECK(lint("gap: error, restart: error", "第一章 总则\n第一条 甲\n第二章 分则\n第二条 乙\n")
              .empty());
  }
}

TEST_CASE("numbering duplicate: the same number twice", "[kind][numbering]") {
  const auto findings = lint("duplicate: error, gap: error",
                             "一、工作措施\n1.强化管理\n2.优化服务\n2.加强督查\n3.总结经验\n");
  CHECK(spans(findings) == Strings{"4:1-4:3 2."});
  CHECK(messages(findings) == Strings{"序号“2.”与前面的同级序号重复"});
  CHECK(findings[0].message_en == "duplicate number \"2.\" among its siblings");
  CHECK(lint("duplicate: error", "1.甲\n2.乙\n3.丙\n").empty());
}

TEST_CASE("numbering out-of-order: a number after a higher one", "[kind][numbering]") {
  // 3 follows 5: one reversal. The 5 is no gap, since the 4 it skips comes later.
  const auto findings =
      lint("out-of-order: error, gap: error", "1.甲\n2.乙\n3.丙\n5.丁\n4.戊\n6.己\n");
  CHECK(spans(findings) == Strings{"5:1-5:3 4."});
  CHECK(messages(findings) == Strings{"序号“4.”排在“5.”之后，次序颠倒"});
  CHECK(findings[0].message_en == "\"4.\" comes after \"5.\", out of order");

  SECTION("a jump whose skipped number never comes is a gap as well") {
    const auto both = lint("out-of-order: error, gap: error", "1.甲\n2.乙\n5.丙\n3.丁\n");
    CHECK(spans(both) == Strings{"3:1-3:3 5.", "4:1-4:3 3."});
    CHECK(checks_of(both) == Strings{"gap", "out-of-order"});
  }
  SECTION("an ascending list is silent") {
    CHECK(lint("out-of-order: error", "1.甲\n2.乙\n3.丙\n").empty());
  }
}

TEST_CASE("numbering missing-separator: a number that lost its separator", "[kind][numbering]") {
  const auto findings = lint("missing-separator: error, gap: error",
                             "一、重点工作\n1.改进作风\n2推动教研\n3.加强管理\n");
  CHECK(spans(findings) == Strings{"3:1-3:2 2"});
  CHECK(messages(findings) == Strings{"序号“2”后缺少分隔符，应为“2.”"});
  CHECK(findings[0].message_en == "no separator after the number \"2\", expected \"2.\"");

  SECTION("the expected separator is the one the siblings use") {
    CHECK(messages(lint("missing-separator: error", "1、甲\n2推进课改\n3、乙\n")) ==
          Strings{"序号“2”后缺少分隔符，应为“2、”"});
  }
  SECTION("or the canonical one when the rule has it") {
    CHECK(messages(lint("missing-separator: error", "1、甲\n2推进课改\n3、乙\n",
                        "canonical: {arabic: \".\"}\n")) ==
          Strings{"序号“2”后缺少分隔符，应为“2.”"});
  }
  SECTION("data that starts with a number is no heading") {
    CHECK(lint("missing-separator: error", "1.甲\n3所学校达标\n2.乙\n").empty());
  }
  SECTION("a Chinese numeral between its siblings") {
    const auto chinese =
        lint("missing-separator: error, gap: error",
             "一、認真做好本職工作。\n二積極參加社會實踐提高師德修養。\n三、積極進行自我反思。\n");
    CHECK(spans(chinese) == Strings{"2:1-2:2 二"});
    CHECK(messages(chinese) == Strings{"序号“二”后缺少分隔符，应为“二、”"});
    // 一是… and 三年行动… are words, not numbers that lost their 、.
    CHECK(lint("missing-separator: error, gap: error", "一、甲\n二是加强\n三年行动\n二、乙\n")
              .empty());
  }
}

TEST_CASE("numbering mixed-separator: siblings punctuated differently", "[kind][numbering]") {
  const auto findings =
      lint("mixed-separator: warning", "一、任务\n1.备课\n2、上课\n3.作业\n4.辅导\n");
  CHECK(spans(findings) == Strings{"3:1-3:3 2、"});
  CHECK(messages(findings) == Strings{"“2、”与同级的“1.”分隔符不一致"});
  CHECK(findings[0].message_en == "\"2、\" and its sibling \"1.\" use different separators");
  CHECK(findings[0].severity == planlint::Severity::warning);

  SECTION("lists under different parents may each keep their own") {
    CHECK(lint("mixed-separator: warning", "一、甲\n1.乙\n2.丙\n二、丁\n1、戊\n2、己\n").empty());
  }
  SECTION("on a tie the separator written first sets the convention") {
    CHECK(spans(lint("mixed-separator: warning", "1、甲\n2.乙\n")) == Strings{"2:1-2:3 2."});
  }
  SECTION("a list that counts afresh may be punctuated afresh") {
    // Sections a reader tells apart by unnumbered titles (doc 025's Markdown notes): each
    // run keeps its own form.
    const std::string runs =
        "（一）、将某个对象以文件形式保存\n（二）、用来批量管理游戏对象\n"
        "（三）、用预制件生成的对象\n（一）子对象的Transform\n"
        "（二）改变父对象的Transform\n（三）改变父对象\n（四）可以新建物理材质\n";
    CHECK(lint("mixed-separator: warning", runs).empty());
    CHECK(spans(lint("mixed-separator: warning", "1、甲\n2、乙\n1.丙\n2、丁\n3.戊\n")) ==
          Strings{"4:1-4:3 2、"});
  }
  SECTION("after a bracket, only the punctuation written is compared") {
    // （一）、 beside （二） is a style matter for non-canonical, not a mixed list.
    CHECK(lint("mixed-separator: warning", "一、甲\n（一）、乙\n（二）丙\n（三）丁\n").empty());
    CHECK(lint("mixed-separator: warning", "一、甲\n（一）、乙\n（二）、丙\n").empty());
    CHECK(spans(lint("mixed-separator: warning", "(1).甲\n(2)、乙\n(3).丙\n")) ==
          Strings{"2:1-2:5 (2)、"});
    CHECK(checks_of(lint("non-canonical: error", "一、甲\n（一）、乙\n（二）丙\n",
                         "canonical: {cn-paren: \"（）\"}\n")) == Strings{"non-canonical"});
  }
}

TEST_CASE("numbering bracket-mismatch: brackets of different widths", "[kind][numbering]") {
  const auto findings =
      lint("bracket-mismatch: error", "一、目标\n（一)提高质量\n(二）促进公平\n（三）深化改革\n");
  CHECK(spans(findings) == Strings{"2:1-2:4 （一)", "3:1-3:4 (二）"});
  CHECK(messages(findings) == Strings{"括号不配对：“（一)”", "括号不配对：“(二）”"});
  CHECK(findings[0].message_en == "mismatched brackets: \"（一)\"");
  // Half-width brackets that match are no mismatch (non-canonical covers their width).
  CHECK(lint("bracket-mismatch: error", "一、甲\n(一)乙\n(二)丙\n").empty());
}

TEST_CASE("numbering bracket-mismatch: a tortoise-shell bracket closed by a round one",
          "[kind][numbering]") {
  const auto findings =
      lint("bracket-mismatch: error", "一、目标\n〔一）提高质量\n（二〕促进公平\n〔三〕深化改革\n");
  CHECK(messages(findings) == Strings{"括号不配对：“〔一）”", "括号不配对：“（二〕”"});
  CHECK(lint("bracket-mismatch: error", "一、甲\n〔一〕乙\n〔二〕丙\n").empty());
}

TEST_CASE("numbering level-order: a family above its parent's", "[kind][numbering]") {
  const auto findings =
      lint("level-order: warning", "1.总体目标\n（一）近期目标\n（二）远期目标\n2.主要措施\n");
  CHECK(spans(findings) == Strings{"2:1-2:4 （一）"});
  CHECK(messages(findings) == Strings{"“（一）”的层级高于其上级“1.”"});
  CHECK(findings[0].message_en == "\"（一）\" ranks above its parent \"1.\"");
  CHECK(findings[0].check == "level-order");

  SECTION("the order of a configured hierarchy is the one that counts") {
    CHECK(lint("level-order: warning", "1.甲\n（一）乙\n（二）丙\n",
               "hierarchy: [arabic, cn-paren]\n")
              .empty());
  }
  SECTION("the GB/T 9704 order is silent") {
    CHECK(lint("level-order: warning", "一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n").empty());
  }
}

TEST_CASE("numbering level-skip: a level left out, only when asked for", "[kind][numbering]") {
  const std::string skipping = "一、指导思想\n1.坚持育人为本\n2.坚持改革创新\n二、工作目标\n";
  const auto findings = lint("level-skip: warning", skipping);
  CHECK(spans(findings) == Strings{"2:1-2:3 1."});
  CHECK(messages(findings) == Strings{"“1.”直接位于“一、”之下，跳过了“（一）”一级"});
  CHECK(findings[0].message_en ==
        "\"1.\" is directly under \"一、\", skipping the \"（一）\" level");
  CHECK(findings[0].check == "level-skip");

  SECTION("level-order alone does not report skips") {
    CHECK(lint("level-order: warning", skipping).empty());
  }
  SECTION("a hierarchy without the skipped family has nothing to skip") {
    CHECK(lint("level-skip: warning", skipping, "hierarchy: [cn, arabic]\n").empty());
  }
  SECTION("a top level that is not the hierarchy's first skips nothing") {
    CHECK(lint("level-skip: warning", "（一）甲\n（二）乙\n").empty());
  }
}

TEST_CASE("numbering restart: back to one among the same siblings", "[kind][numbering]") {
  const auto findings = lint("restart: warning, gap: error, duplicate: error, out-of-order: error",
                             "一、任务\n1.甲\n2.乙\n1.丙\n2.丁\n二、保障\n");
  CHECK(spans(findings) == Strings{"4:1-4:3 1."});
  CHECK(messages(findings) == Strings{"同级序号在“2.”之后又从“1.”重新开始"});
  CHECK(findings[0].message_en == "numbering starts again at \"1.\" after its sibling \"2.\"");

  SECTION("a new parent restarts the count") {
    CHECK(lint("restart: warning", "一、甲\n1.乙\n2.丙\n二、丁\n1.戊\n2.己\n").empty());
  }
  SECTION("1 before 2 is a reversal, not a restart") {
    CHECK(checks_of(lint("restart: warning, out-of-order: error", "2.甲\n1.乙\n")) ==
          Strings{"out-of-order"});
  }
  SECTION("the rows of a flattened table restart with each table") {
    // Doc 030: year, number and commitment on one line; a second table under 中小学.
    const std::string tables =
        "幼稚园\n年份 承诺 目前情况\n1996 1. 在1996年发出课程指引。\n1996 2. 增办训练课程。\n"
        "中小学\n年份 承诺 目前情况\n1996 1. 完成全面检讨。\n1996 2. 检讨课程。\n";
    CHECK(lint("restart: warning, gap: error, duplicate: error, out-of-order: error", tables)
              .empty());
  }
}

TEST_CASE("numbering single-child: a list of one", "[kind][numbering]") {
  const auto findings = lint("single-child: info", "一、目标\n（一）提高质量\n二、措施\n");
  CHECK(spans(findings) == Strings{"2:1-2:4 （一）"});
  CHECK(messages(findings) == Strings{"本级只有“（一）”一项：应增加“（二）”，或取消编号"});
  CHECK(findings[0].message_en ==
        "\"（一）\" is the only item at its level: add \"（二）\" or drop the numbering");
  CHECK(findings[0].severity == planlint::Severity::info);
  CHECK(lint("single-child: info", "一、甲\n（一）乙\n（二）丙\n二、丁\n").empty());
}

TEST_CASE("numbering non-canonical: separators and brackets other than the rule's",
          "[kind][numbering]") {
  const std::string canonical =
      "canonical: {cn: \"、\", cn-paren: \"（）\", arabic: \".\", arabic-paren: \"（）\"}\n";
  const auto findings =
      lint("non-canonical: error",
           "一、目标\n(一)质量\n（二）、公平\n1、课程\n2.教材\n（1）教案\n(2)作业\n"
           "二．保障\n",
           canonical);
  CHECK(spans(findings) ==
        Strings{"2:1-2:4 (一)", "3:1-3:5 （二）、", "4:1-4:3 1、", "7:1-7:4 (2)", "8:1-8:3 二．"});
  CHECK(messages(findings) == Strings{"“(一)”不合规范，应为“（一）”",
                                      "“（二）、”不合规范，应为“（二）”", "“1、”不合规范，应为“1.”",
                                      "“(2)”不合规范，应为“（2）”", "“二．”不合规范，应为“二、”"});
  CHECK(findings[0].message_en == "non-canonical marker \"(一)\", expected \"（一）\"");

  SECTION("families without a canonical form are never non-canonical") {
    CHECK(lint("non-canonical: error", "1、甲\n2、乙\n(一)丙\n").empty());
  }
}

TEST_CASE("numbering: Traditional and full-width drafts", "[kind][numbering]") {
  const auto findings = lint("gap: error, missing-separator: error",
                             "一、總體要求\n（一）指導思想\n（三）工作目標\n１．加強黨建\n"
                             "３．深化改革\n４推進課改\n");
  CHECK(spans(findings) == Strings{"3:1-3:4 （三）", "5:1-5:3 ３．", "6:1-6:2 ４"});
  // Expected markers keep the draft's full-width digits and separator.
  CHECK(messages(findings) == Strings{"序号应为“（二）”，实为“（三）”",
                                      "序号应为“２．”，实为“３．”",
                                      "序号“４”后缺少分隔符，应为“４．”"});

  SECTION("ordinal markers keep their unit as written") {
    CHECK(messages(lint("gap: error", "第一節 總則\n第三節 附則\n")) ==
          Strings{"序号应为“第二節”，实为“第三節”"});
    CHECK(messages(lint("gap: error", "第1章 总则\n第3章 附则\n")) ==
          Strings{"序号应为“第2章”，实为“第3章”"});
  }
}

TEST_CASE("numbering: bundled documents and attachments each number afresh", "[kind][numbering]") {
  CHECK(lint(kEveryCheck,
             "篇一：2024年工作计划\n一、目标\n二、措施\n篇二：2025年工作计划\n一、目标\n二、措施\n")
            .empty());
  CHECK(lint(kEveryCheck,
             "一、目标\n二、措施\n附件1\n一、名单\n二、分工\n附件2\n一、日程\n二、安排\n")
            .empty());
  // Within a part the checks still apply.
  CHECK(spans(lint(kEveryCheck, "篇一\n一、甲\n二、乙\n篇二\n一、丙\n三、丁\n")) ==
        Strings{"6:1-6:3 三、"});
}

TEST_CASE("numbering: every placeholder is filled", "[kind][numbering]") {
  const auto rule = rule_from_yaml(
      "id: numbering-args\nkind: numbering\nseverity: error\n"
      "message: \"{check}: {found} → {expected} ({match})\"\n"
      "message_en: \"{detail_en}\"\nchecks: {gap: error}\n");
  CHECK(messages(run_rule(*rule, "1.甲\n2.乙\n4.丙\n")) == Strings{"gap: 4. → 3. (4.)"});
}

TEST_CASE("numbering: a clean plan passes every check", "[kind][numbering]") {
  CHECK(lint(kEveryCheck,
             "某某中学2024年工作计划\n一、指导思想\n（一）总体要求\n1.立德树人\n2.五育并举\n"
             "（二）基本原则\n二、工作目标\n三、主要措施\n（一）课程建设\n（二）队伍建设\n",
             "canonical: {cn: \"、\", cn-paren: \"（）\", arabic: \".\"}\n")
            .empty());
}

TEST_CASE("numbering: a broken configuration is refused where it is written", "[kind][numbering]") {
  const std::string head =
      "id: numbering-bad\nkind: numbering\nseverity: error\nmessage: \"{detail}\"\n";
  CHECK(rule_errors(head + "checks: {gap: error, gaps: warning, restart: fatal}\n") ==
        Strings{"test.yaml:5:22: unknown check “gaps” in `checks` (known: bracket-mismatch, "
                "duplicate, gap, level-order, level-skip, missing-separator, mixed-separator, "
                "non-canonical, out-of-order, restart, single-child, spaced-marker)",
                "test.yaml:5:46: check `restart` must be error, warning, info or off (found "
                "“fatal”)"});
  CHECK(rule_errors(head) ==
        Strings{"test.yaml:1:1: missing `checks` of check names to error, warning, info or off, "
                "e.g. `checks: {gap: error, restart: warning}`"});
  CHECK(rule_errors(head + "checks: {gap: off}\n") ==
        Strings{"test.yaml:5:1: `checks` turns every check off; give at least one check error, "
                "warning or info"});
  CHECK(rule_errors(head + "checks: [gap]\n") ==
        Strings{"test.yaml:5:9: `checks` must be a mapping of check names to error, warning, "
                "info or off, e.g. `checks: {gap: error, restart: warning}`"});
  CHECK(rule_errors(head + "hierarchy: [cn, roman, cn]\nchecks: {gap: error}\n") ==
        Strings{"test.yaml:5:17: unknown heading family “roman” in `hierarchy` (known: part, "
                "chapter, section, article, cn, cn-paren, arabic, arabic-paren, arabic-half-paren, "
                "circled)",
                "test.yaml:5:24: heading family “cn” is listed twice in `hierarchy`"});
  CHECK(rule_errors(head + "canonical:\n  cn-paren: \"（\"\n  arabic: \"：\"\n  roman: \".\"\n"
                           "checks: {gap: error}\n") ==
        Strings{"test.yaml:6:13: `canonical.cn-paren` must be a pair of brackets, e.g. “（）” or "
                "“()”",
                "test.yaml:7:11: `canonical.arabic` must be a separator a arabic heading can have: "
                "“、”, “.”, “,” (or their full-width forms)",
                "test.yaml:8:3: unknown heading family “roman” in `canonical` (known: part, "
                "chapter, section, article, cn, cn-paren, arabic, arabic-paren, arabic-half-paren, "
                "circled)"});
  CHECK_THAT(rule_errors(head + "checks: {gap: error}\ncolour: red\n")[0],
             Catch::StartsWith("test.yaml:6:1: unknown key `colour`") &&
                 Catch::Contains("canonical, checks") && Catch::Contains("hierarchy"));
  // The loader refuses placeholders the kind does not fill, and lists the ones it does.
  const auto placeholder_errors =
      rule_errors(head + "message_en: \"{expectd}\"\nchecks: {gap: error}\n");
  REQUIRE(placeholder_errors.size() == 1);
  CHECK_THAT(placeholder_errors[0],
             Catch::StartsWith("test.yaml:5:1: unknown placeholder {expectd} in `message_en`") &&
                 Catch::EndsWith("{match}, {expected}, {found}, {check}, {detail}, {detail_en}"));
}

TEST_CASE("numbering markers: circled numbers", "[kind][numbering]") {
  CHECK(messages(lint("gap: error", "一、甲\n①乙\n③丙\n")) == Strings{"序号应为“②”，实为“③”"});
}
