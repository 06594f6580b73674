// The line prefilter only narrows which lines each rule scans; it must never change what is
// found. Every real document the project holds (the seeds, both corpora's drafts) is checked
// with each shipped rule set twice, once through the prefilter and once scanning every line.
#include <catch2/catch.hpp>
#include <sstream>

#include "planlint/config/rule_set.hpp"
#include "planlint/engine/check_document.hpp"
#include "planlint/input/load_document.hpp"
#include "support/golden.hpp"

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
