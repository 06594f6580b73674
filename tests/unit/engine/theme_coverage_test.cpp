// What the engine tells reporters about required themes beside the findings (theme matrix).
#include <catch2/catch.hpp>

#include "planlint/engine/check_document.hpp"
#include "planlint/input/load_document.hpp"
#include "support/rule_testing.hpp"

using namespace planlint;
using namespace planlint::testing;

namespace {

std::string safety_rule(std::string_view scope) {
  return "id: theme-safety\nkind: required-theme\nseverity: error\ntheme: 安全\n"
         "any: [安全, 平安校园, 防溺水]\nmessage: 缺少必备主题“{theme}”\n" +
         std::string(scope);
}

RuleRunner::Checked checked(const Rule& rule, std::string text) {
  auto loaded = load_document_from_bytes("plan.txt", std::move(text));
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  static std::vector<std::unique_ptr<Document>> kept;  // the spans refer to its text
  kept.push_back(std::move(std::get<std::unique_ptr<Document>>(loaded)));
  return RuleRunner(rule).check(*kept.back());
}

}  // namespace

TEST_CASE("theme coverage: where a present theme is first addressed, in which section",
          "[engine][coverage]") {
  const auto rule = rule_from_yaml(safety_rule(""));
  // Traditional and full-width: the keyword is matched in the normalized view and located in
  // the original text.
  const auto result = checked(*rule,
                              "某縣教育局工作要點\n\n一、加強黨的建設\n（一）守牢校園安全底線。\n"
                              "（二）平安校園\n");
  CHECK(result.findings.empty());
  REQUIRE(result.themes.size() == 1);
  const ThemeCoverage& theme = result.themes[0];
  CHECK(theme.rule_id == "theme-safety");
  CHECK(theme.theme == "安全");
  CHECK(theme.found);
  CHECK(theme.start.line == 4);
  CHECK(theme.start.column == 8);
  REQUIRE(theme.heading.has_value());
  CHECK(*theme.heading == 1);  // （一）, the innermost section, not 一、
}

TEST_CASE("theme coverage: a missing theme is not found and still one finding",
          "[engine][coverage]") {
  const auto rule = rule_from_yaml(safety_rule(""));
  const auto result = checked(*rule, "某县教育局工作要点\n一、加强党的建设\n");
  REQUIRE(result.themes.size() == 1);
  CHECK_FALSE(result.themes[0].found);
  CHECK_FALSE(result.themes[0].heading.has_value());
  CHECK(result.findings.size() == 1);
}

TEST_CASE("theme coverage: in the preamble no section; with scope headings, the heading",
          "[engine][coverage]") {
  const auto anywhere = rule_from_yaml(safety_rule(""));
  const auto preamble = checked(*anywhere, "安全工作要点\n一、总体要求\n");
  REQUIRE(preamble.themes.size() == 1);
  CHECK(preamble.themes[0].found);
  CHECK(preamble.themes[0].start.line == 1);
  CHECK_FALSE(preamble.themes[0].heading.has_value());

  const auto in_headings = rule_from_yaml(safety_rule("scope: headings\n"));
  const auto document = "工作要点\n一、总体要求\n二、守牢安全底线\n";
  const auto result = checked(*in_headings, document);
  REQUIRE(result.themes.size() == 1);
  const ThemeCoverage& theme = result.themes[0];
  CHECK(theme.found);
  CHECK(*theme.heading == 1);
  CHECK(std::string_view(document).substr(theme.begin, theme.end - theme.begin) ==
        "二、守牢安全底线");
}

TEST_CASE("theme coverage: the first evidence, not the first keyword inside another phrase",
          "[engine][coverage]") {
  const auto rule = rule_from_yaml(
      "id: theme-health\nkind: required-theme\nseverity: warning\ntheme: 体卫艺劳\n"
      "any: [体育]\nnot_in: [教育体育局]\nmessage: 缺少{theme}\n");
  const auto result =
      checked(*rule, "罗庄区教育体育局2018年工作要点\n一、总体要求\n二、加强学校体育工作\n");
  REQUIRE(result.themes.size() == 1);
  const ThemeCoverage& theme = result.themes[0];
  CHECK(theme.found);
  CHECK(theme.start.line == 3);
  CHECK(theme.start.column == 7);
  REQUIRE(theme.heading.has_value());
  CHECK(*theme.heading == 1);
}
