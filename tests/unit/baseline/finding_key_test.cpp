#include <catch2/catch.hpp>

#include "planlint/baseline/finding_key.hpp"
#include "planlint/config/rule_set.hpp"
#include "planlint/engine/check_document.hpp"
#include "planlint/input/load_document.hpp"
#include "planlint/parse/outline.hpp"

using namespace planlint;
using Strings = std::vector<std::string>;

namespace {

std::unique_ptr<Document> document_of(const std::string& text) {
  DocumentResult loaded = load_document_from_bytes("plan.txt", text);
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  return std::move(std::get<std::unique_ptr<Document>>(loaded));
}

// The keys of the core rules' findings, as "rule excerpt | section | occurrence".
Strings keys_of(const std::string& text) {
  static const RuleSet core = std::get<RuleSet>(load_rule_set("core"));
  const auto document = document_of(text);
  const Outline outline = build_outline(*document);
  Strings keys;
  for (const FindingKey& key :
       finding_keys(outline, check_document(*document, outline, core.rules))) {
    keys.push_back(key.rule_id + " " + key.excerpt + " | " + key.section + " | " +
                   std::to_string(key.occurrence));
  }
  return keys;
}

Strings sections_of_lines(const std::string& text) {
  const auto document = document_of(text);
  const Outline outline = build_outline(*document);
  Strings sections;
  for (std::uint32_t line = 1; line <= outline.line_count; ++line) {
    sections.push_back(section_path(outline, line));
  }
  return sections;
}

const char* const kPlan =
    "XX区工作要点\n"
    "一、总体要求\n"
    "（一）新建xx所学校。\n"
    "（二）新建xx所学校，改建xx所学校。\n"
    "二、重点任务\n"
    "新建xx所学校。\n";

}  // namespace

TEST_CASE("a line's section is its deepest heading and the headings above it", "[baseline]") {
  CHECK(sections_of_lines(kPlan) ==
        Strings{"", "一、", "一、 > （一）", "一、 > （二）", "二、", "二、"});
}

TEST_CASE("markers are canonical, so fixing brackets or separators moves nothing", "[baseline]") {
  CHECK(sections_of_lines("一、总体要求\n（一)指导思想\n1．目标\n") ==
        sections_of_lines("一、总体要求\n（一）指导思想\n1.目标\n"));
  CHECK(sections_of_lines("一、总体要求\n（一)指导思想\n1．目标\n").back() == "一、 > （一） > 1.");
}

TEST_CASE("the part leads the section path of a bundled file", "[baseline]") {
  CHECK(sections_of_lines(
            "篇一：甲区工作计划\n一、总体要求\n篇二：乙区工作计划\n一、总体要求\n正文\n") ==
        Strings{"篇一", "篇一 > 一、", "篇二", "篇二 > 一、", "篇二 > 一、"});
}

TEST_CASE("keys count occurrences per rule, text and section, and ignore line numbers",
          "[baseline]") {
  const Strings keys = keys_of(kPlan);
  CHECK(keys ==
        Strings{"placeholder-letters XX |  | 0", "placeholder-letters xx | 一、 > （一） | 0",
                "placeholder-letters xx | 一、 > （二） | 0",
                "placeholder-letters xx | 一、 > （二） | 1", "placeholder-letters xx | 二、 | 0"});
  const std::string with_paragraph_above =
      std::string("XX区工作要点\n新插入的一段。\n\n") +
      (std::string(kPlan).substr(std::string(kPlan).find('\n') + 1));
  CHECK(keys_of(with_paragraph_above) == keys);
}
