#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "docx/docx_builder.hpp"
#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "support/rule_testing.hpp"

using namespace planlint;

namespace {

// A letter list at its fiftieth item draws XX. and XX is a typed placeholder in the text.
std::string fiftieth_letter_docx() {
  const char* const numbering =
      R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
    <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="50"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";
  return test::make_docx(
      test::word_document(
          R"(<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>经费XX万元</w:t></w:r></w:p>)"),
      numbering);
}

// A rule reporting every XX under any kind name: what the engine does with its findings in
// drawn numbers depends on the traits it declares, never on the name.
class EveryXx final : public Rule {
 public:
  EveryXx(std::string kind, KindTraits traits) : Rule(info_with(std::move(kind), traits)) {}
  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::string_view text = context.document().text();
    for (std::size_t at = text.find("XX"); at != std::string_view::npos;
         at = text.find("XX", at + 2)) {
      sink.report_original_span(*this, at, at + 2);
    }
  }

 private:
  static RuleInfo info_with(std::string kind, KindTraits traits) {
    RuleInfo info;
    info.id = "every-xx";
    info.kind = std::move(kind);
    info.message = "{match}";
    info.traits = traits;
    return info;
  }
};

}  // namespace

TEST_CASE("Only numbering rules read the numbers Word draws", "[docx]") {
  const std::string docx = fiftieth_letter_docx();
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

TEST_CASE("A kind that declares it reads drawn numbers keeps its findings there, whatever its name",
          "[docx]") {
  const std::string docx = fiftieth_letter_docx();
  const auto kept = testing::run_rule(EveryXx("future-kind", {.reads_drawn_numbers = true}), docx);
  CHECK(testing::spans(kept) == std::vector<std::string>{"1:1-1:3 XX", "1:7-1:9 XX"});
  const auto dropped = testing::run_rule(EveryXx("numbering", {}), docx);
  CHECK(testing::spans(dropped) == std::vector<std::string>{"1:7-1:9 XX"});
}
