#include <catch2/catch.hpp>
#include <sstream>
#include <string>

#include "planlint/input/load_document.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/report/outline_report.hpp"
#include "planlint/text/normalized_document.hpp"

using planlint::Family;
using planlint::Outline;

namespace {

Outline outline_of(std::string text,
                   const planlint::Hierarchy& hierarchy = planlint::default_hierarchy()) {
  auto loaded = planlint::load_document_from_bytes("test.txt", std::move(text));
  const auto& document = *std::get<std::unique_ptr<planlint::Document>>(loaded);
  return planlint::build_outline(document, hierarchy);
}

// "marker@line:level" for every heading, to compare whole trees at a glance.
std::string shape(const Outline& outline) {
  std::string result;
  for (const auto& heading : outline.headings) {
    if (!result.empty()) result += ' ';
    result += heading.marker + "@" + std::to_string(heading.position.line) + ":" +
              std::to_string(heading.level);
  }
  return result;
}

}  // namespace

TEST_CASE("Levels follow GB/T 9704 and parents nest", "[tree]") {
  const Outline outline = outline_of(
      "工作要点\n一、总体要求\n（一）指导思想\n1.坚持党的领导\n（1）细则\n①要点\n2.其他\n"
      "（二）目标\n二、重点任务\n");
  CHECK(shape(outline) == "一、@2:1 （一）@3:2 1.@4:3 （1）@5:4 ①@6:5 2.@7:3 （二）@8:2 二、@9:1");
  CHECK(outline.first_heading_line == 2);
  REQUIRE(outline.headings.size() == 8);
  CHECK_FALSE(outline.headings[0].parent.has_value());
  CHECK(outline.headings[1].parent == 0u);
  CHECK(outline.headings[5].parent == 1u);  // 2. under （一）
  CHECK(outline.headings[6].parent == 0u);  // （二） under 一、
  CHECK(outline.headings[0].last_line == 8);
  CHECK(outline.headings[7].last_line == 9);
}

TEST_CASE("Skipped levels keep the depth the document gives them", "[tree]") {
  CHECK(shape(outline_of("一、甲\n1.乙\n2.丙\n二、丁\n1.戊\n")) ==
        "一、@1:1 1.@2:2 2.@3:2 二、@4:1 1.@5:2");
}

TEST_CASE("A plan that starts at 1. has 1. at the top", "[tree]") {
  CHECK(shape(outline_of("1. 甲\n（1）乙\n2. 丙\n")) == "1.@1:1 （1）@2:2 2.@3:1");
}

TEST_CASE("Families out of the hierarchy's order fall back to first appearance", "[tree]") {
  CHECK(shape(outline_of("（一）甲\n一、乙\n二、丙\n（二）丁\n一、戊\n")) ==
        "（一）@1:1 一、@2:2 二、@3:2 （二）@4:1 一、@5:2");
}

TEST_CASE("A configured hierarchy is followed", "[tree]") {
  const auto parsed = planlint::parse_hierarchy("arabic,cn");
  const auto* hierarchy = std::get_if<planlint::Hierarchy>(&parsed);
  REQUIRE(hierarchy);
  CHECK(shape(outline_of("1. 甲\n一、乙\n2. 丙\n", *hierarchy)) == "1.@1:1 一、@2:2 2.@3:1");
}

TEST_CASE("A number that lost its separator is kept when its siblings vouch for it", "[tree]") {
  const Outline outline = outline_of("一、甲\n3.乙\n4推动构建\n5.丙\n");
  CHECK(shape(outline) == "一、@1:1 3.@2:2 4@3:2 5.@4:2");
  CHECK(outline.headings[2].malformed);
  CHECK(outline.headings[2].separator.empty());
  CHECK(outline.headings[2].title == "推动构建");
  // The last of a list needs only its predecessor.
  CHECK(shape(outline_of("1.甲\n2乙\n")) == "1.@1:1 2@2:1");
  // Data that merely starts with a number is no heading.
  CHECK(shape(outline_of("1.甲\n7项任务完成\n2.乙\n")) == "1.@1:1 2.@3:1");
  CHECK(shape(outline_of("1.甲\n3推动\n4.乙\n")) == "1.@1:1 4.@3:1");
  CHECK(shape(outline_of("3推动\n")) == "");
}

TEST_CASE("Bundled documents and attachments are parts with their own numbering", "[tree]") {
  const Outline outline =
      outline_of("网站标题\n篇一：计划\n一、甲\n二、乙\n篇二：计划\n1、丙\n2、丁\n附件1\n一、戊\n");
  REQUIRE(outline.parts.size() == 3);
  CHECK(outline.parts[0].title == "篇一：计划");
  CHECK(outline.parts[0].value == 1);
  CHECK(outline.parts[0].last_line == 4);
  CHECK(outline.parts[1].position.line == 5);
  CHECK(outline.parts[2].kind == planlint::Part::Kind::attachment);
  CHECK(outline.parts[2].title == "附件1");
  CHECK(shape(outline) == "一、@3:1 二、@4:1 1、@6:1 2、@7:1 一、@9:1");
  CHECK(outline.headings[0].part == 0u);
  CHECK(outline.headings[2].part == 1u);
  CHECK(outline.headings[4].part == 2u);
  CHECK(outline.first_heading_line == 2);
}

TEST_CASE("Site residue after the body belongs to no section", "[tree]") {
  const Outline outline = outline_of(
      "本文地址：http://example.org/1\n一、甲\n正文。\n\n二、乙\n正文。\n"
      "链接地址：http://example.org/1 转载请保留\n1、本网站发布的作文仅代表作者观点\n");
  CHECK(outline.trailer_line == 7u);
  CHECK(shape(outline) == "一、@2:1 二、@5:1");
  CHECK(outline.headings[0].last_line == 3);
  CHECK(outline.headings[1].last_line == 6);
}

TEST_CASE("Positions count code points and the file's own bytes", "[tree]") {
  const Outline outline = outline_of("前言\r\n\u3000\u3000（二）标题\r\n");
  REQUIRE(outline.headings.size() == 1);
  const auto& heading = outline.headings[0];
  CHECK(heading.position.line == 2);
  CHECK(heading.position.column == 3);
  CHECK(heading.position.offset == 6 + 2 + 6);
  CHECK(heading.marker == "（二）");
  CHECK(heading.brackets == "（）");
  CHECK(heading.family == Family::cn_paren);
}

TEST_CASE("Tortoise-shell brackets are read as the brackets of their markers", "[tree]") {
  const Outline outline = outline_of("〔一〕工作思路\n1.总体思路\n〔二〕重点任务\n");
  CHECK(shape(outline) == "〔一〕@1:1 1.@2:2 〔二〕@3:1");
  CHECK(outline.headings[0].brackets == "〔〕");
}

TEST_CASE("A document without headings has an empty outline", "[tree]") {
  const Outline outline = outline_of("");
  CHECK(outline.headings.empty());
  CHECK(outline.first_heading_line == 0);
  CHECK(outline.line_count == 1);
}

TEST_CASE("One stray heading out of order does not re-level its part", "[tree]") {
  CHECK(shape(outline_of("一、甲\n1.乙\n（一）丙\n二、丁\n（一）戊\n1.己\n2.庚\n（二）辛\n")) ==
        "一、@1:1 1.@2:3 （一）@3:2 二、@4:1 （一）@5:2 1.@6:3 2.@7:3 （二）@8:2");
  // A stray 1. before the first 一、 stays below it too.
  CHECK(shape(outline_of("1.说明\n一、甲\n（一）乙\n二、丙\n")) ==
        "1.@1:3 一、@2:1 （一）@3:2 二、@4:1");
}

TEST_CASE("A document that nests 1. above （一） throughout gets that order", "[tree]") {
  CHECK(shape(outline_of("1.甲\n（一）乙\n（二）丙\n2.丁\n（一）戊\n")) ==
        "1.@1:1 （一）@2:2 （二）@3:2 2.@4:1 （一）@5:2");
}

TEST_CASE("Headings indented with HTML references keep their columns (doc 025)", "[tree]") {
  const Outline outline = outline_of(
      "（二）、用来批量管理游戏对象——对预制件的部分修改会反映在对象实例上\n"
      "&emsp;&emsp;1、缩放-若修改了对象实例的某一值，则该值和预制件脱离关系\n"
      "&emsp;&emsp;2、添加组件\n"
      "&emsp;&emsp;&emsp;&emsp;（1）、Revert All-还原成和预制件相同\n"
      "&nbsp;&#12288;3、其他\n");
  CHECK(shape(outline) == "（二）、@1:1 1、@2:2 2、@3:2 （1）、@4:3 3、@5:2");
  REQUIRE(outline.headings.size() == 5);
  CHECK(outline.headings[1].position.column == 13);
  CHECK(outline.headings[1].title == "缩放-若修改了对象实例的某一值，则该值和预制件脱离关系");
  CHECK(outline.headings[3].position.column == 25);
  CHECK(outline.headings[4].position.column == 15);
}

TEST_CASE("A line led by an em space is indented, not text", "[tree]") {
  CHECK(shape(outline_of("一、甲\n\u2003\u20031.乙\n")) == "一、@1:1 1.@2:2");
}

TEST_CASE("An ampersand that is no reference does not start a heading", "[tree]") {
  CHECK(shape(outline_of("一、甲\n&emsp1、乙\n&1、丙\n")) == "一、@1:1");
}

TEST_CASE("Parts named at the end of a title restart the numbering", "[tree]") {
  const Outline outline = outline_of(
      "学校工作计划范文汇编8篇\n学校工作计划 篇1\n一、甲\n二、乙\n1、丙\n"
      "学校工作计划 篇2\n一、丁\n（一）戊\n");
  REQUIRE(outline.parts.size() == 2);
  CHECK(outline.parts[0].position.line == 2);
  CHECK(outline.parts[0].position.column == 8);
  CHECK(outline.parts[0].title == "学校工作计划 篇1");
  CHECK(outline.parts[1].value == 2);
  CHECK(shape(outline) == "一、@3:1 二、@4:1 1、@5:2 一、@7:1 （一）@8:2");
  CHECK(outline.headings[3].part == 1u);
  CHECK(outline.first_heading_line == 2);
}

TEST_CASE("A part marker glued to the first paragraph ends the part's title", "[tree]") {
  const Outline outline = outline_of(
      "学校工作计划 篇1为贯彻《中共中央国务院关于加强科学技术普及工作的若干意见》，特制定本计划。\n"
      "一、指导思想\n");
  REQUIRE(outline.parts.size() == 1);
  CHECK(outline.parts[0].title == "学校工作计划 篇1");
  CHECK(shape(outline) == "一、@2:1");
}

TEST_CASE("A part marker after a title counts only in sequence", "[tree]") {
  // 篇2 with no 篇1 before it, and 篇3 after 篇1, are words of their lines.
  CHECK(outline_of("学校工作计划 篇2\n一、甲\n").parts.empty());
  const Outline skipped = outline_of("计划 篇1\n一、甲\n计划 篇3\n二、乙\n");
  REQUIRE(skipped.parts.size() == 1);
  CHECK(shape(skipped) == "一、@2:1 二、@4:1");
  // At the start of a line the marker speaks for itself.
  CHECK(outline_of("篇二：计划\n一、甲\n").parts.size() == 1);
}

TEST_CASE("A Chinese numeral that lost its 、 is kept where its siblings vouch for it", "[tree]") {
  const Outline between = outline_of(
      "一、認真做好本職工作。\n正文。\n二積極參加社會實踐提高師德修養。\n正文。\n三、積極進行自我反"
      "思。\n");
  CHECK(shape(between) == "一、@1:1 二@3:1 三、@5:1");
  CHECK(between.headings[1].malformed);
  CHECK(between.headings[1].value == 2);
  // The last of its list, after its predecessor.
  CHECK(shape(outline_of("一、甲\n正文\n二小学德育工作\n")) == "一、@1:1 二@3:1");
  // The first of its list, where its own first child follows a few lines below.
  CHECK(
      shape(outline_of("一年来，全区教育系统积极创建。\n一守牢红色根脉\n\n（一）高位引领明方向。\n"
                       "（二）乙\n")) == "一@2:1 （一）@4:2 （二）@5:2");
  CHECK(shape(outline_of("一201*年工作情況\n正文\n（一）改革創新\n")) == "一@1:1 （一）@3:2");
  // Alone on its line, its title on the next.
  CHECK(shape(outline_of("一、甲\n二、乙\n三\n日工资的折算\n")) == "一、@1:1 二、@2:1 三@3:1");
  // Paragraphs numbered on across chapters (tests/corpus 123): 三、 under 第一章, then 四 and
  // 五、 under 第二章.
  const Outline across = outline_of(
      "第一章 总则\n三、县政府工作人员要旗帜鲜明讲政治\n第二章 组成人员和政府职能\n"
      "四县政府由县长、副县长、县政府党组成员组成\n五、县政府实行县长负责制。\n");
  CHECK(shape(across) == "第一章@1:1 三、@2:2 第二章@3:1 四@4:2 五、@5:2");
}

TEST_CASE("A bare Chinese numeral off a sibling's place is text", "[tree]") {
  // Alone, with no sibling and no child: nothing vouches for it.
  CHECK(shape(outline_of("一提高政治站位，明确目标任务，\n增强使命感\n")) == "");
  // Inside a lower list that runs on across it.
  CHECK(shape(outline_of("一、甲\n（一）乙\n二提高\n（二）丙\n三、丁\n")) ==
        "一、@1:1 （一）@2:2 （二）@4:2 三、@5:1");
  // Not continuing its siblings.
  CHECK(shape(outline_of("一、甲\n三提高\n二、乙\n")) == "一、@1:1 二、@3:1");
  // A child too far below to vouch for it.
  CHECK(shape(outline_of("一村一品\n1\n2\n3\n4\n5\n6\n7\n8\n（一）甲\n（二）乙\n")) ==
        "（一）@10:1 （二）@11:1");
  // A list below it that skips a level the document uses is no child of its.
  CHECK(shape(outline_of("一提高\n1.甲\n2.乙\n（一）丙\n1.丁\n（二）戊\n")) ==
        "1.@2:2 2.@3:2 （一）@4:1 1.@5:2 （二）@6:1");
  // Continuing across a higher heading needs the next sibling too.
  CHECK(shape(outline_of("第一章 总则\n三、甲\n第二章 职能\n四县政府由县长组成\n")) ==
        "第一章@1:1 三、@2:2 第二章@3:1");
  // A numeral alone on its line with nothing to continue is text.
  CHECK(shape(outline_of("三\n日工资的折算\n")) == "");
  // Words that begin with a numeral never are candidates, whatever follows.
  CHECK(shape(outline_of("一是加强党建\n二、乙\n")) == "二、@2:1");
}

TEST_CASE("Indentation by any space the fold makes plain", "[tree]") {
  // Em spaces (U+2003, Markdown's &emsp;) and en spaces indent like ASCII or ideographic ones.
  const Outline outline = outline_of(
      "（二）、用来批量管理游戏对象\n\u2003\u20031、缩放-若修改了对象实例的某一值\n"
      "\u2002\u20022、添加组件\n\u3000\u30003、丙\n");
  CHECK(shape(outline) == "（二）、@1:1 1、@2:2 2、@3:2 3、@4:2");
  CHECK(outline.headings[1].position.column == 3);
}

TEST_CASE("A decimal marker sits below the heading its numbers name", "[tree]") {
  // tests/corpus 181: decimals under 1., a bare 2 between 1. and 3. keeps its sub-sections.
  CHECK(shape(outline_of("1.总则\n1.1 目的\n1.2 工作原则\n正文\n2组织指挥体系及职责\n"
                         "2.1应急组织机构与职责\n3.预警和预防机制\n3.1信息监测与报告\n")) ==
        "1.@1:1 1.1@2:2 1.2@3:2 2@5:1 2.1@6:2 3.@7:1 3.1@8:2");
  // tests/corpus 172: decimals under 一、 and 三、, three numbers a level further down.
  const Outline outline = outline_of(
      "一、版本发布\n1.1 样机\n1.2 演示\n三、知识产权\n3.1 软件著作权\n3.1.1 插桩软件\n"
      "3.1.2 配置工具\n3.2 专利成果\n");
  CHECK(shape(outline) == "一、@1:1 1.1@2:2 1.2@3:2 三、@4:1 3.1@5:2 3.1.1@6:3 3.1.2@7:3 3.2@8:2");
  CHECK(outline.headings[5].parent == 4u);
  CHECK(outline.headings[7].parent == 3u);
  CHECK(outline.headings[7].family == Family::arabic);
  CHECK(outline.headings[7].value == 2);
}

TEST_CASE("A decimal number that names no heading before it is text", "[tree]") {
  CHECK(shape(outline_of("1.总则\n1.5小时内到达现场\n")) == "1.@1:1");
  CHECK(shape(outline_of("一、总则\n2.1 目的\n")) == "一、@1:1");
  CHECK(shape(outline_of("3.1.1 插桩软件\n")) == "");
}

TEST_CASE("A bare clause number is kept where its first decimal sub-section follows", "[tree]") {
  const Outline outline = outline_of("4 技术要求\n4.1 一般要求\n4.2 安全要求\n");
  CHECK(shape(outline) == "4@1:1 4.1@2:2 4.2@3:2");
  // Standards write clause numbers so: no separator was lost.
  CHECK_FALSE(outline.headings[0].malformed);
  CHECK(shape(outline_of("4 技术要求\n4.2 安全要求\n")) == "");
}

TEST_CASE("A table of contents is levelled apart from the body it lists", "[tree]") {
  // tests/corpus 172: 1.–8. list the body's 一、–八、; the body still nests its decimals
  // one level below 一、.
  const Outline outline = outline_of(
      "目录\n1. 版本发布\n2. 工具开发\n3. 知识产权\n一、版本发布\n1.1 样机\n二、工具开发\n"
      "三、知识产权\n");
  CHECK(shape(outline) == "1.@2:1 2.@3:1 3.@4:1 一、@5:1 1.1@6:2 二、@7:1 三、@8:1");
  CHECK_FALSE(outline.headings[3].parent.has_value());
  CHECK(outline.headings[2].last_line == 4);
  // Entries with leader dots and page numbers name their sections too.
  CHECK(shape(outline_of("1.总体要求……1\n2.重点任务……3\n3.保障措施……9\n一、总体要求\n"
                         "（一）目标\n二、重点任务\n三、保障措施\n")) ==
        "1.@1:1 2.@2:1 3.@3:1 一、@4:1 （一）@5:2 二、@6:1 三、@7:1");
  // A first list whose titles the next list does not repeat is no table of contents.
  CHECK(shape(outline_of("1.甲\n2.乙\n3.丙\n一、丁\n二、戊\n三、己\n")) ==
        "1.@1:1 2.@2:1 3.@3:1 一、@4:2 二、@5:2 三、@6:2");
}

TEST_CASE("A same-family list counting from 1 between two items is their sub-list", "[tree]") {
  // tests/corpus 127: a policy address's 192. holds 1. 2. 3., then 193. goes on.
  const Outline outline =
      outline_of("192.措施包括：\n1.增加名额；\n2.推行计划；\n3.加强医疗券。\n193.推动改革。\n");
  CHECK(shape(outline) == "192.@1:1 1.@2:2 2.@3:2 3.@4:2 193.@5:1");
  CHECK(outline.headings[3].parent == 0u);
  CHECK_FALSE(outline.headings[4].parent.has_value());
  // One item between two is a reversal, not a sub-list; a list that never returns is no
  // sub-list either.
  CHECK(shape(outline_of("2.甲\n1.乙\n3.丙\n")) == "2.@1:1 1.@2:1 3.@3:1");
  CHECK(shape(outline_of("5 、甲\n1 、乙\n2 、丙\n")) == "5 、@1:1 1 、@2:1 2 、@3:1");
}

TEST_CASE("The numbered points of a site's notice at the head are no headings", "[tree]") {
  // tests/corpus 106: a document site's download notice above the plan.
  CHECK(shape(outline_of("温馨提示:\n1. 文件下载后无此问题。\n2. 本文档由用户上传。\n"
                         "网站客服:3074922707\n民政局工作安排\n一、总体思路\n1.坚持党建引领\n")) ==
        "一、@6:1 1.@7:2");
  // Below a heading the label is the plan's own (a reminder to the schools).
  CHECK(shape(outline_of("一、安排\n温馨提示:\n1. 按时到会\n2. 带好材料\n")) ==
        "一、@1:1 1.@3:2 2.@4:2");
}

TEST_CASE("A title numbered after its type word opens a part only in sequence", "[tree]") {
  const Outline outline = outline_of("引言\n社区的工作计划1\n一、目的\n二、内容\n");
  REQUIRE(outline.parts.size() == 1);
  CHECK(outline.parts[0].value == 1);
  CHECK(outline.headings[0].part == 0u);
  // Not first of a collection: a title that happens to end with a number.
  CHECK(outline_of("学校安全工作方案3\n一、目的\n").parts.empty());
}

TEST_CASE("A document viewer's page numbers are none of the document's headings", "[tree]") {
  // tests/corpus 125: a .docx shown page by page, one page a line after its number; the first
  // page runs the document's 一、 and (一) into its text.
  const std::string first_page =
      "1、生态环境局分局2023上半年工作总结和下半年工作计划一、主要工作开展情况及工"
      "作成效(一)主要指标完成情况。一是环境空气质量方面。中心城区有效监测天数*天,优"
      "*天,良*天,轻度污染天数*天(均在4月份),优良率*二是水污染防治方面。*个县"
      "级集中式饮用水水源地:*水源地水质保持为类,*常水源地水质下降至I类。*个“千吨"
      "万人”饮用水水源地、*个乡镇集中式饮用水水源地水质达标率均为*%。地表水*个国控"
      "断面水质优良率为*%,*个省控断面,除桥头断面*月水质下降至III类外,其余均达"
      "到考核目标要求。三是土壤污染防治方面。将*晨光云麻生物科技有限公司纳入重点监管名"
      "录。(二)重点工作开展情况。一是深入开展全市";
  const std::string second_page =
      "2、生态环境风险隐患排查。在全市*个市直单位(部门)、*个驻腾单位和*个乡镇(街"
      "道)全面开展生态环境问题自检自查,共反馈问题*个,经梳理归纳为突出生态环境问题*"
      "个。二是筑牢生物生态安全屏障。以*国家级自然保护区及其周边为重点,持续推进“绿盾"
      "*”问题点位整改;截止目前,审批建设项目*个,均严格落实了“三线一单”生态环境分"
      "区管控要求。三是全力推进各级各类环保督察检查反馈问题整改。我市接到上级反馈问题*"
      "个(件),已整改完成*个,正在整改*个,整改完成率为*.*%。四是强化生态环境执"
      "法。截至目前,立案*件,处罚金额*.*万元,正在立案办理*件。五是扎实推进生态创"
      "建及复核评估。我市*月继续申报了第七批国家生";
  CHECK(shape(outline_of(first_page + "\n" + second_page + "\n3、态文明建设\n")) == "");
  // A long heading line that runs in no chapter and section is a heading.
  CHECK(shape(outline_of(second_page + "\n3、甲\n")) == "2、@1:1 3、@2:1");
  // The pages end where the count stops: the document's own headings after them stay.
  CHECK(shape(outline_of(first_page + "\n一、乙\n二、丙\n")) == "一、@2:1 二、@3:1");
}

TEST_CASE("Long lines read from their first bytes give the outline read from the whole view",
          "[tree]") {
  // Line by line, a long line's heading is read from its first bytes when its title ends early
  // (section_tree.cpp); the whole document's view is read whole. Both must agree, wherever the
  // title ends and whatever normalizing meets near the cut.
  const std::string paragraph = [] {
    std::string text;
    for (int i = 0; i < 60; ++i) text += "推进學校工作，";
    return text;
  }();
  const std::string filler_90 = [] {
    std::string text;
    for (int i = 0; i < 30; ++i) text += "關";
    return text;
  }();
  const std::string text =
      "学校工作计划\n"
      "一、总体要求。" +
      paragraph + "\n" + "（一）标题的末尾在很远处" + filler_90 + filler_90 + "。" + paragraph +
      "\n" + "1、以引用结束的标题&#12290;" + paragraph + "\n" + "2、标题：" +
      "关(guān)键(jiàn)詞(cí)&emsp;&amp;" + paragraph + "\n" + "3、" + filler_90 + "關(guān)鍵：" +
      paragraph + "\n" + "4推动" + paragraph + "\n" + "篇一：" + paragraph + "\n" + "1、主要工作" +
      paragraph + "一、总体目标(一)主要指标。" + paragraph + "\n" + "二、结束" +
      std::string(500, ' ') + "。\n" + "附件1" + std::string(400, ' ') + "\n" + "转载请保留\n";
  auto loaded = planlint::load_document_from_bytes("test.txt", text);
  const auto& document = *std::get<std::unique_ptr<planlint::Document>>(loaded);
  const planlint::NormalizedDocument normalized(document.text());
  const auto json = [](const Outline& outline) {
    std::ostringstream out;
    planlint::write_outline_json(out, "test.txt", "UTF-8", outline);
    return out.str();
  };
  const Outline line_by_line = planlint::build_outline(document);
  CHECK(line_by_line.headings.size() >= 5);
  CHECK(json(line_by_line) ==
        json(planlint::build_outline(document, planlint::default_hierarchy(), &normalized)));
}
