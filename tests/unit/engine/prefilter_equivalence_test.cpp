// The line prefilter only narrows which lines each rule scans; it must never change what is
// found. Every real document the project holds (the seeds, both corpora's drafts) is checked
// with each shipped rule set twice, once through the prefilter and once scanning every line; so
// are texts with patterns a user could write whose lines are hard to tell.
#include <catch2/catch.hpp>
#include <sstream>

#include "planlint/config/rule_set.hpp"
#include "planlint/engine/check_document.hpp"
#include "planlint/input/load_document.hpp"
#include "support/golden.hpp"
#include "support/rule_testing.hpp"

namespace fs = std::filesystem;
using namespace planlint;

namespace {

std::vector<fs::path> real_documents() {
  const fs::path shared = testing::seeds_dir().parent_path();
  std::vector<fs::path> documents;
  for (const fs::path& folder : {testing::seeds_dir(), shared / "corpus/docs",
                                 testing::source_dir() / "tests/corpus/docs"}) {
    for (const auto& entry : fs::directory_iterator(folder)) {
      const auto extension = entry.path().extension();
      if (extension == ".txt" || extension == ".md") documents.push_back(entry.path());
    }
  }
  std::sort(documents.begin(), documents.end());
  return documents;
}

// Everything a reporter could show of the findings and theme coverage, one line each.
std::string described(const RuleRunner::Checked& checked) {
  std::ostringstream out;
  for (const Finding& finding : checked.findings) {
    out << finding.rule_id << ' ' << finding.check.value_or("") << ' ' << finding.begin << '-'
        << finding.end << ' ' << finding.start.line << ':' << finding.start.column << ' '
        << finding.message << '\n';
  }
  for (const ThemeCoverage& theme : checked.themes) {
    out << "theme " << theme.found << ' ' << theme.begin << '\n';
  }
  return out.str();
}

}  // namespace

TEST_CASE("The prefilter path finds exactly what scanning every line finds", "[prefilter]") {
  const std::vector<fs::path> documents = real_documents();
  REQUIRE(documents.size() >= 60);
  for (const char* set_name : {"core", "gbt9704", "education-plan"}) {
    auto loaded = load_rule_set(set_name, {testing::source_dir() / "rules"});
    REQUIRE(std::holds_alternative<RuleSet>(loaded));
    const auto& rules = std::get<RuleSet>(loaded).rules;
    const RuleRunner prefiltered(rules, {}, RuleRunner::Prefilter::always);
    const RuleRunner plain(rules, {}, RuleRunner::Prefilter::never);
    std::size_t findings = 0;
    for (const fs::path& path : documents) {
      INFO(path.string() << " with " << set_name);
      auto document = load_document(path.string());
      REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(document));
      const Document& text = *std::get<std::unique_ptr<Document>>(document);
      const auto expected = plain.check(text);
      CHECK(described(prefiltered.check(text)) == described(expected));
      findings += expected.findings.size();
    }
    // The comparison means something only if the documents give the rules work.
    CHECK(findings > documents.size());
  }
}

namespace {

// Patterns a user could write for which a trigger's match on one line and the rule's match in
// the whole view could part: text edges (\A, \z), line ends (^, $, with LF, CRLF and lone CR
// lines), ASCII word boundaries beside Hanzi, capitals in the text against the folded view, a class
// that also holds the line end, an ungreedy flag, a pattern that matches nothing at all.
std::vector<RulePtr> edge_rules() {
  const std::vector<std::string> patterns{R"(\A计划)",  R"(要求\z)",      R"(^二、)",
                                          R"(落实$)",   R"(x\b)",         R"(\bOK\b)",
                                          R"(äö|σοφ)",  R"(工作\s+要点)", R"(学[^校]{0,3}生)",
                                          R"((?U)某+)", R"(a*)",          R"(\p{Han}{2}局)"};
  std::vector<RulePtr> rules;
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    rules.push_back(testing::rule_from_yaml("{id: edge-" + std::to_string(i) +
                                            ", kind: phrase, severity: info, message: x, "
                                            "patterns: ['" +
                                            patterns[i] + "']}"));
  }
  return rules;
}

std::string with_line_ends(std::string text, std::string_view line_end) {
  std::string result;
  for (const char c : text) {
    if (c == '\n') {
      result += line_end;
    } else {
      result += c;
    }
  }
  return result;
}

}  // namespace

TEST_CASE(
    "The prefilter path finds what scanning every line finds, for patterns at the edges "
    "of lines",
    "[prefilter]") {
  const std::vector<RulePtr> rules = edge_rules();
  const RuleRunner prefiltered(rules, {}, RuleRunner::Prefilter::always);
  const RuleRunner plain(rules, {}, RuleRunner::Prefilter::never);
  const std::string text =
      "计划要求\n二、落实\n在x中写OK，x2 不算\n ÄÖ 與 ΣΟΦ\n工作\n要点 工作 要点\n学\n生 学习生\n"
      "某某 某\n市教育局\n计划 要求";
  for (const std::string_view line_end : {"\n", "\r\n", "\r"}) {
    INFO("line end " << (line_end == "\n" ? "LF" : line_end == "\r" ? "CR" : "CRLF"));
    auto loaded = load_document_from_bytes("edge.txt", with_line_ends(text, line_end));
    REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
    const Document& document = *std::get<std::unique_ptr<Document>>(loaded);
    const auto expected = plain.check(document);
    CHECK(described(prefiltered.check(document)) == described(expected));
    // Every rule but the one matching nothing, found on the lines it names.
    CHECK(expected.findings.size() >= 14);
  }
}
