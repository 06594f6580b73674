// `planlint check` for the real documents in ../shared/seeds, with core and with education-plan,
// as text snapshots a reviewer reads against the seed: each finding's position, severity, message
// and rule. One JSON golden stays, for the JSON shape over a real document's findings (see
// tests/golden/README.md). The seeds' text stays in ../shared: a snapshot keeps no echoed line and
// no caret, and clips every quoted stretch of the text (a message's “…”, an excerpt) to its first
// few characters, so no golden copies a seed's sentences.
#include <catch2/catch.hpp>
#include <regex>
#include <sstream>

#include "planlint/config/rule_set.hpp"
#include "planlint/engine/check_document.hpp"
#include "planlint/input/load_document.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/report/check_report.hpp"
#include "support/golden.hpp"

namespace fs = std::filesystem;
using namespace planlint;

namespace {

std::string check_report(const fs::path& seed, const RuleSet& rules,
                         MakeCheckReporter make_reporter) {
  auto loaded = load_document_from_bytes(seed.filename().string(), testing::read_file(seed));
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  const Document& document = *std::get<std::unique_ptr<Document>>(loaded);
  const auto findings = check_document(document, build_outline(document), rules.rules);
  std::ostringstream out;
  const auto reporter = make_reporter(out, ReportOptions{});
  CheckSummary summary;
  summary.add(findings);
  reporter->file(document, findings, {});
  reporter->finish(summary);
  return out.str();
}

RuleSet shipped_rule_set(const char* name) {
  auto loaded = load_rule_set(name, {testing::source_dir() / "rules"});
  REQUIRE(std::holds_alternative<RuleSet>(loaded));
  return std::move(std::get<RuleSet>(loaded));
}

// The first kClippedCodePoints code points of `text`, and … when there were more.
constexpr std::size_t kClippedCodePoints = 12;
std::string clip(const std::string& text) {
  std::size_t code_points = 0;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const bool starts_code_point = (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
    if (starts_code_point && code_points++ == kClippedCodePoints) return text.substr(0, at) + "…";
  }
  return text;
}

// Every match of `pattern`'s first group in `text` clipped.
std::string clip_groups(const std::string& text, const std::regex& pattern) {
  std::string out;
  auto from = text.cbegin();
  for (std::sregex_iterator match(text.begin(), text.end(), pattern), end; match != end; ++match) {
    out.append(from, (*match)[1].first);
    out += clip((*match)[1].str());
    from = (*match)[1].second;
  }
  out.append(from, text.cend());
  return out;
}

// The text report without its echoed lines and carets, quotes clipped.
std::string without_seed_text(const std::string& report) {
  static const std::regex echo_or_caret(R"(^ +(\d+ )?\| )");
  static const std::regex quoted("“(.*?)”");
  std::istringstream lines(report);
  std::string out;
  for (std::string line; std::getline(lines, line);) {
    if (std::regex_search(line, echo_or_caret)) continue;
    out += clip_groups(line, quoted) + "\n";
  }
  return out;
}

// The JSON report with every message quote and excerpt clipped.
std::string json_without_seed_text(const std::string& report) {
  static const std::regex quoted("“(.*?)”");
  static const std::regex excerpt(R"re("excerpt": "((?:[^"\\]|\\.)*)")re");
  return clip_groups(clip_groups(report, quoted), excerpt);
}

}  // namespace

TEST_CASE("check output for the seed documents matches the hand-checked snapshots", "[golden]") {
  for (const char* set_name : {"core", "education-plan"}) {
    const RuleSet rules = shipped_rule_set(set_name);
    for (const auto& entry : fs::directory_iterator(testing::seeds_dir())) {
      if (entry.path().extension() != ".txt") continue;
      SECTION(entry.path().filename().string() + " with " + set_name) {
        testing::check_golden(
            testing::source_dir() / "tests/golden/check" /
                (entry.path().stem().string() + "." + set_name + ".txt"),
            without_seed_text(check_report(entry.path(), rules, make_text_reporter)));
      }
    }
  }
}

TEST_CASE("the JSON report of a seed document keeps its hand-checked shape", "[golden]") {
  const fs::path seed = testing::seeds_dir() / "000_27f374c6e08bd2b9.txt";
  testing::check_golden(
      testing::source_dir() / "tests/golden/check/000_27f374c6e08bd2b9.core.json",
      json_without_seed_text(check_report(seed, shipped_rule_set("core"), make_json_reporter)));
}
