#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "docx/docx_builder.hpp"
#include "support/suppression_testing.hpp"

using namespace planlint;
using Strings = std::vector<std::string>;

namespace {

const char* const kNumbering =
    R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
    <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";

std::string comments(const std::vector<std::pair<int, std::string>>& texts) {
  std::string xml = std::string("<w:comments ") + test::kWordNamespace + ">";
  for (const auto& [id, text] : texts) {
    xml += "<w:comment w:id=\"" + std::to_string(id) + "\" w:author=\"起草人\"><w:p><w:r><w:t>" +
           text + "</w:t></w:r></w:p></w:comment>";
  }
  return xml + "</w:comments>";
}

// "rule@¶paragraph:column" for every finding left in a .docx of `body` and `comment_xml`.
Strings findings_of(const std::string& body, const std::string& comment_xml,
                    bool report_unused = false) {
  return testing::findings_left("plan.docx",
                                test::make_docx(test::word_document(body), kNumbering, comment_xml),
                                report_unused, testing::FindingPlace::paragraph);
}

std::string range(int id, const std::string& runs) {
  const std::string at = "w:id=\"" + std::to_string(id) + "\"";
  return "<w:commentRangeStart " + at + "/>" + runs + "<w:commentRangeEnd " + at +
         "/><w:r><w:commentReference " + at + "/></w:r>";
}

std::string run(const std::string& text) {
  return "<w:r><w:t>" + text + "</w:t></w:r>";
}

}  // namespace

TEST_CASE("a planlint-ignore comment silences its rules on the span it is anchored on",
          "[docx][suppression]") {
  const std::string body = "<w:p>" + run("甲乙") + range(1, run("甲乙")) + run("甲") + "</w:p>";
  CHECK(findings_of(body, comments({{1, "planlint-ignore alpha"}})) ==
        Strings{"alpha@¶1:1", "beta@¶1:2", "beta@¶1:4", "alpha@¶1:5"});
  // Ids after spaces, commas or the 、 of a Chinese keyboard; a reason after --.
  CHECK(findings_of(body, comments({{1, "planlint-ignore alpha，beta -- 引文原样"}})) ==
        Strings{"alpha@¶1:1", "beta@¶1:2", "alpha@¶1:5"});
  CHECK(findings_of(body, comments({{1, "planlint-ignore alpha、beta"}})) ==
        Strings{"alpha@¶1:1", "beta@¶1:2", "alpha@¶1:5"});
}

TEST_CASE("a bare planlint-ignore silences every rule; other comments silence nothing",
          "[docx][suppression]") {
  const std::string body = "<w:p>" + range(1, run("甲乙")) + "</w:p><w:p>" + run("甲") + "</w:p>";
  CHECK(findings_of(body, comments({{1, "planlint-ignore"}})) == Strings{"alpha@¶2:1"});
  CHECK(findings_of(body, comments({{1, "请核实"}})) ==
        Strings{"alpha@¶1:1", "beta@¶1:2", "alpha@¶2:1"});
  CHECK(findings_of(body, comments({{1, "planlint-ignored alpha"}})) ==
        Strings{"alpha@¶1:1", "beta@¶1:2", "alpha@¶2:1"});
}

TEST_CASE("a Word suppression spans paragraphs, takes in a drawn number, or holds its paragraph",
          "[docx][suppression]") {
  // From the middle of one paragraph into the next.
  const std::string across = "<w:p>" + run("甲") + "<w:commentRangeStart w:id=\"1\"/>" + run("甲") +
                             "</w:p><w:p>" + run("甲") + "<w:commentRangeEnd w:id=\"1\"/>" +
                             run("甲") + "</w:p>";
  CHECK(findings_of(across, comments({{1, "planlint-ignore alpha"}})) ==
        Strings{"alpha@¶1:1", "alpha@¶2:2"});
  // A range from the first character of a numbered paragraph holds the number Word draws (一、):
  // the unused suppression is reported at the paragraph's first column, the number's.
  const std::string numbered = R"(<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>)" +
                               range(1, run("乙")) + "</w:p>";
  CHECK(findings_of(numbered, comments({{1, "planlint-ignore alpha"}}), true) ==
        Strings{"unused-suppression@¶1:1", "beta@¶1:3"});
  // A comment on no character holds its paragraph.
  const std::string point =
      "<w:p>" + run("甲") + range(1, "") + run("乙") + "</w:p><w:p>" + run("甲") + "</w:p>";
  CHECK(findings_of(point, comments({{1, "planlint-ignore"}})) == Strings{"alpha@¶2:1"});
}

TEST_CASE("Word suppressions report unknown rules and, when asked, silencing nothing",
          "[docx][suppression]") {
  const std::string body =
      "<w:p>" + range(1, run("甲")) + "</w:p><w:p>" + range(2, run("乙")) + "</w:p>";
  CHECK(findings_of(body, comments({{1, "planlint-ignore alfa"}, {2, "planlint-ignore alpha"}}),
                    true) == Strings{"alpha@¶1:1", "unknown-suppression-rule@¶1:1", "beta@¶2:1",
                                     "unused-suppression@¶2:1"});
}
