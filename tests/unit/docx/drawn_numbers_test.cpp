#include <catch2/catch.hpp>

#include "docx/docx_builder.hpp"
#include "support/rule_testing.hpp"

using namespace planlint;

TEST_CASE("Only numbering rules read the numbers Word draws", "[docx]") {
  // A letter list at its fiftieth item draws XX. and XX is a typed placeholder in the text.
  const char* const numbering =
      R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
    <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="50"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";
  const std::string docx = test::make_docx(
      test::word_document(
          R"(<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>经费XX万元</w:t></w:r></w:p>)"),
      numbering);
  const RulePtr rule = testing::rule_from_yaml(R"(
id: placeholder-letters
kind: placeholder
severity: error
message: 未填写的占位符“{match}”
patterns: ['[xX]{2,}']
)");
  const auto findings = testing::run_rule(*rule, docx);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].excerpt == "XX");
  CHECK(findings[0].start.paragraph == 1);
  CHECK(findings[0].start.column == 7);  // after "XX.", the tab and 经费
}
