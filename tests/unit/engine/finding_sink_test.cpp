// What the sink holds while the rules run, and the findings it renders from that afterwards.
#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <utility>
#include <variant>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/input/load_document.hpp"
#include "planlint/text/normalized_document.hpp"
#include "support/rule_testing.hpp"

using namespace planlint;
using namespace planlint::testing;

namespace {

std::unique_ptr<Document> document_of(std::string text) {
  auto loaded = load_document_from_bytes("plan.txt", std::move(text));
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  return std::move(std::get<std::unique_ptr<Document>>(loaded));
}

const char* const kSubstitutionRule = R"(
id: term-old
kind: substitution
severity: warning
message: 用语“{match}”宜改为“{expected}”
message_en: Use "{expected}" instead of "{match}"
swap: {老词: 新词}
)";

}  // namespace

TEST_CASE("the sink holds a finding as its rule and span, rendered once the rules are done",
          "[engine][sink]") {
  const auto document = document_of("一、总体要求\n落实老词要求。\n");
  const auto rule = rule_from_yaml(kSubstitutionRule);
  const std::size_t begin = document->text().find("老词");
  const std::size_t end = begin + std::string_view("老词").size();
  const Outline outline;
  const NormalizedDocument normalized(*document);
  const CheckContext context(*document, outline, normalized);
  FindingSink sink(context);

  SECTION("a finding the rule says nothing more of holds nothing beyond its span") {
    sink.report_original_span(*rule, begin, end);
    REQUIRE(sink.findings().size() == 1);
    CHECK(sink.findings()[0].details == nullptr);
    const Finding finding = render_finding(*document, std::move(sink.findings()[0]));
    CHECK(finding.rule_id == "term-old");
    CHECK(finding.kind == "substitution");
    CHECK(finding.severity == Severity::warning);
    CHECK(finding.begin == begin);
    CHECK(finding.end == end);
    CHECK(finding.message == "用语“老词”宜改为“{expected}”");
    CHECK_FALSE(finding.fix);
  }

  SECTION("what the rule says beyond the span is held until the messages are rendered") {
    ReportDetails details;
    details.args = {{"expected", "新词"}};
    details.replacement = "新词";
    details.replacement_fix = FixSafety::safe;
    sink.report_original_span(*rule, begin, end, std::move(details));
    REQUIRE(sink.findings().size() == 1);
    CHECK(sink.findings()[0].details != nullptr);
    const Finding finding = render_finding(*document, std::move(sink.findings()[0]));
    CHECK(finding.message == "用语“老词”宜改为“新词”");
    CHECK(finding.message_en == "Use \"新词\" instead of \"老词\"");
    CHECK(finding.replacement == "新词");
    REQUIRE(finding.fix);
    REQUIRE(finding.fix->edits.size() == 1);
    CHECK(finding.fix->edits[0].begin == begin);
    CHECK(finding.fix->edits[0].replacement == "新词");
  }
}
