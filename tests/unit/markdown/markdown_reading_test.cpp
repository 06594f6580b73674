#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "planlint/engine/check_document.hpp"
#include "planlint/input/load_document.hpp"
#include "planlint/markdown/markdown_reading.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/text/line_index.hpp"
#include "planlint/text/utf8.hpp"
#include "support/rule_testing.hpp"

using planlint::markdown::is_markdown_name;
using planlint::markdown::read_markdown;
using Strings = std::vector<std::string>;

namespace {

std::unique_ptr<planlint::Document> markdown_document(const std::string& text) {
  auto loaded = planlint::load_document_from_bytes("plan.md", text);
  REQUIRE(std::holds_alternative<std::unique_ptr<planlint::Document>>(loaded));
  return std::move(std::get<std::unique_ptr<planlint::Document>>(loaded));
}

// "marker@line:column" for every heading of a Markdown text.
std::string headings_of(const std::string& text) {
  const auto document = markdown_document(text);
  std::string result;
  for (const auto& heading : planlint::build_outline(*document).headings) {
    if (!result.empty()) result += ' ';
    result += heading.marker + "@" + std::to_string(heading.position.line) + ":" +
              std::to_string(heading.position.column);
  }
  return result;
}

// The placeholder findings of a Markdown text, "L:C-L:C excerpt".
Strings placeholders_in(const std::string& text) {
  static const auto rule = planlint::testing::documented_rule("placeholder", "placeholder-letters");
  const auto document = markdown_document(text);
  return planlint::testing::spans(
      planlint::check_document(*document, planlint::build_outline(*document), *rule));
}

// The reading is laid out like the source: the same bytes and code points on every line.
void check_same_layout(const std::string& source) {
  const std::string reading = read_markdown(source);
  REQUIRE(reading.size() == source.size());
  const planlint::LineIndex source_lines(source);
  const planlint::LineIndex reading_lines(reading);
  REQUIRE(reading_lines.line_count() == source_lines.line_count());
  for (std::size_t line = 0; line < source_lines.line_count(); ++line) {
    CHECK(reading_lines.line_start(line) == source_lines.line_start(line));
    CHECK(planlint::count_code_points(reading_lines.line_text(line)) ==
          planlint::count_code_points(source_lines.line_text(line)));
  }
}

const std::string kIdeographicSpace = "\u3000";

}  // namespace

TEST_CASE("Markdown files are known by their extension", "[markdown]") {
  CHECK(is_markdown_name("plan.md"));
  CHECK(is_markdown_name("docs/2026/Plan.MD"));
  CHECK(is_markdown_name("plan.markdown"));
  CHECK_FALSE(is_markdown_name("plan.txt"));
  CHECK_FALSE(is_markdown_name("plan.md.txt"));
  CHECK_FALSE(is_markdown_name("md"));
  CHECK_FALSE(is_markdown_name("notes.md/plan"));
  CHECK_FALSE(is_markdown_name("-"));
}

TEST_CASE("Heading markup is blank; the numbering marker after it is the heading's", "[markdown]") {
  CHECK(read_markdown("## 一、总体要求\n") == "   一、总体要求\n");
  CHECK(read_markdown("### （一）指导思想 ###\n") == "    （一）指导思想    \n");
  CHECK(read_markdown("一、总体要求\n======\n") == "一、总体要求\n      \n");
  CHECK(headings_of("# 某校工作计划\n\n## 一、总体要求\n\n### （一）指导思想\n") ==
        "一、@3:4 （一）@5:5");
  CHECK(headings_of("一、总体要求\n------\n\n二、重点任务\n===\n") == "一、@1:1 二、@4:1");
}

TEST_CASE("A Markdown heading that is a bare numeral is its list's next item", "[markdown]") {
  // tests/corpus 171: "## 三" after "## 二、…", its text on the line below.
  const std::string text =
      "## 一、制度工作时间的计算\n\n## 二、日工资、小时工资的折算\n\n## 三\n"
      "2000年3月17日劳动保障部发布的《通知》同时废止。\n";
  CHECK(headings_of(text) == "一、@1:4 二、@3:4 三@5:4");
  const auto document = markdown_document(text);
  CHECK(planlint::build_outline(*document).headings.back().malformed);
}

TEST_CASE("Emphasis delimiters are blank: **1.加强…** is the heading 1.", "[markdown]") {
  CHECK(read_markdown("**1.加强组织领导**，成立专班。\n") == "  1.加强组织领导  ，成立专班。\n");
  CHECK(read_markdown("*强调* 与 __粗体__ 与 ~~删除~~\n") == " 强调  与   粗体   与   删除  \n");
  CHECK(headings_of("**1.加强组织领导**\n\n**2.加强经费保障**\n") == "1.@1:3 2.@3:3");
}

TEST_CASE("Bullets are markup; an ordered item keeps its number as written", "[markdown]") {
  CHECK(read_markdown("- 一、甲\n* 二、乙\n+ 三、丙\n") == "  一、甲\n  二、乙\n  三、丙\n");
  CHECK(read_markdown("1. 加强组织领导\n3. 加强经费保障\n") ==
        "1. 加强组织领导\n3. 加强经费保障\n");
  CHECK(read_markdown("- [ ] 任务\n") == "      任务\n");
  CHECK(headings_of("- 一、总体要求\n  - （一）指导思想\n") == "一、@1:3 （一）@2:5");
  CHECK(headings_of("一、重点任务\n\n1. 推进学前教育\n2. 深化课堂改革\n4. 加强教研\n") ==
        "一、@1:1 1.@3:1 2.@4:1 4.@5:1");
}

TEST_CASE("Block quote markers are blank, on every line of the quote", "[markdown]") {
  CHECK(read_markdown("> （一）指导思想\n> 以人民为中心\n") ==
        "  （一）指导思想\n  以人民为中心\n");
  CHECK(headings_of("> 一、甲\n>\n> > （一）乙\n") == "一、@1:3 （一）@3:5");
}

TEST_CASE("A table row is one line: its cells' text in place, pipes and rule blank", "[markdown]") {
  CHECK(read_markdown("| 项目 | 时间 |\n|---|:---:|\n| 智慧校园 | XX月 |\n") ==
        "  项目   时间  \n           \n  智慧校园   XX月  \n");
  CHECK(read_markdown("| a \\| b | c |\n|---|---|\n") == "  a  | b   c  \n         \n");
  CHECK(placeholders_in("| 项目 | 时间 |\n|---|---|\n| 智慧校园 | 2026年XX月 |\n") ==
        Strings{"3:15-3:17 XX"});
}

TEST_CASE("Code is not read: fenced, indented and inline", "[markdown]") {
  CHECK(read_markdown("```\nXX年\n```\n") == "   \n  " + kIdeographicSpace + "\n   \n");
  CHECK(read_markdown("正文\n\n    XX\n") == "正文\n\n      \n");
  CHECK(read_markdown("用 `XX` 表示\n") == "用      表示\n");
  CHECK(placeholders_in("```yaml\nid: XX\n```\n\n    XX\n\n填写 `XX` 与 ``a ` XX`` 后，共XX人\n") ==
        Strings{"7:25-7:27 XX"});
}

TEST_CASE("A blanked character keeps its column: later findings point at the file", "[markdown]") {
  // The code span's two Hanzi become two ideographic spaces, not six bytes of spaces.
  CHECK(read_markdown("`代码`XX\n") == " " + kIdeographicSpace + kIdeographicSpace + " XX\n");
  CHECK(placeholders_in("`代码`与XX\n") == Strings{"1:6-1:8 XX"});
  check_same_layout("`代码`与XX\n`😀`\n<span title=\"标题\">说明</span>\n");
}

TEST_CASE("HTML tags are not read; the text between them is", "[markdown]") {
  CHECK(read_markdown("说明<br>续行\n") == "说明    续行\n");
  CHECK(read_markdown("中文<span style=\"x\">内</span>文\n") ==
        "中文                内       文\n");
  CHECK(read_markdown("<div>\n一、甲&nbsp;乙\n</div>\n") == "     \n一、甲&nbsp;乙\n      \n");
  CHECK(read_markdown("<!-- 注释 -->\n") ==
        "     " + kIdeographicSpace + kIdeographicSpace + "    \n");
  CHECK(placeholders_in("<p title=\"XX\">共XX所</p>\n") == Strings{"1:16-1:18 XX"});
  CHECK(headings_of("<div>\n一、甲\n</div>\n") == "一、@2:1");
}

TEST_CASE("Link text is read, destinations are not; a bare URL is text", "[markdown]") {
  CHECK(read_markdown("见[方案](http://x.cn/a_(b) \"题\")。\n") ==
        "见 方案                     " + kIdeographicSpace + "  。\n");
  CHECK(read_markdown("[参考][r] 与 [r]\n\n[r]: http://r.cn\n") ==
        " 参考     与  r \n\n                \n");
  CHECK(read_markdown("<http://a.cn> 与 http://b.cn/x\n") == " http://a.cn  与 http://b.cn/x\n");
  CHECK(read_markdown("![图XX](x.png)\n") == "  图XX        \n");
  CHECK(placeholders_in("详见[XX方案](https://example.cn/XX/plan.html)。\n") ==
        Strings{"1:4-1:6 XX"});
}

TEST_CASE("Entities and escapes stay as written; the view reads them", "[markdown]") {
  CHECK(read_markdown("&emsp;&emsp;1、缩放\n") == "&emsp;&emsp;1、缩放\n");
  CHECK(read_markdown("\\*不是强调\\* &hearts;\n") == " *不是强调 * &hearts;\n");
  CHECK(headings_of("&emsp;&emsp;1、缩放\n&emsp;&emsp;2、添加组件\n") == "1、@1:13 2、@2:13");
  // An escaped # is text, so the line reads "# 一、甲": no marker starts it.
  CHECK(headings_of("\\# 一、甲\n").empty());
}

TEST_CASE("Text on continuation lines is found where the file has it", "[markdown]") {
  // cmark's own positions for these lines are off: a continuation line's indentation and a
  // backslash line break shift them; the reading finds the text itself.
  CHECK(placeholders_in("第一行\n   第二行XX\n") == Strings{"2:7-2:9 XX"});
  CHECK(placeholders_in("上一行\\\n再XX\n") == Strings{"2:2-2:4 XX"});
  CHECK(placeholders_in("- 项目一\n  续行XX\n") == Strings{"2:5-2:7 XX"});
  CHECK(headings_of("说明如下：\n一、总体要求\n二、重点任务\n") == "一、@2:1 二、@3:1");
}

TEST_CASE("Line ends of every kind stay, so lines keep their numbers", "[markdown]") {
  CHECK(read_markdown("## 一、甲\r\n\r\n**1.乙**\r二、丙") == "   一、甲\r\n\r\n  1.乙  \r二、丙");
  check_same_layout("# 标题\r\n> 引用\r\n\r\n| a | b |\r\n|---|---|\r\n| 丙 | `丁` |\r\n");
}

TEST_CASE("Findings and excerpts in a .md file point at the file", "[markdown]") {
  const auto document = markdown_document("## 一、总体要求\n\n**1.推进XX工作**\n");
  CHECK(document->source_line(2) == "**1.推进XX工作**");
  CHECK(document->text().substr(document->lines().line_start(2)) == "  1.推进XX工作  \n");
  const auto findings = planlint::check_document(
      *document, planlint::build_outline(*document),
      *planlint::testing::documented_rule("placeholder", "placeholder-letters"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].start.line == 3);
  CHECK(findings[0].start.column == 7);
  CHECK(findings[0].start.offset == 33);
  CHECK(findings[0].excerpt == "XX");
}

TEST_CASE("A .txt file is read as written, Markdown-like or not", "[markdown]") {
  auto loaded = planlint::load_document_from_bytes("plan.txt", "## 一、甲\n");
  const auto& document = *std::get<std::unique_ptr<planlint::Document>>(loaded);
  CHECK(document.text() == "## 一、甲\n");
  CHECK(document.source() == document.text());
}

TEST_CASE("A GB18030 .md file's findings carry the file's byte offsets", "[markdown]") {
  // "`代码`与XX\n" in GB18030: the code span is blank in the reading, the offsets are the file's.
  const auto document = markdown_document("`\xB4\xFA\xC2\xEB`\xD3\xEBXX\n");
  CHECK(document->decoded().encoding() == "GB18030");
  const auto findings = planlint::check_document(
      *document, planlint::build_outline(*document),
      *planlint::testing::documented_rule("placeholder", "placeholder-letters"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].start.column == 6);
  CHECK(findings[0].start.offset == 8);
  CHECK(findings[0].stop.offset == 10);
}
