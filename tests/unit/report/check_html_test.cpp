// The html format: goldens of the page's structure and text (its stylesheet and script left
// out), its escaping, the exact characters each highlight covers, and what the overview and the
// theme matrix count. The same page is opened in Chromium by tests/browser/report.test.mjs.
#include <catch2/catch.hpp>
#include <regex>
#include <sstream>

#include "planlint/config/rule_set.hpp"
#include "planlint/engine/check_document.hpp"
#include "report/html_structure.hpp"
#include "report/sample_run.hpp"
#include "support/golden.hpp"

using namespace planlint;
using namespace planlint::testing;

namespace {

// What `planlint check --format html` writes for these texts with these rules: each file with
// its outline and theme coverage, as the CLI gives them.
std::string render_checked(const std::vector<std::pair<std::string, std::string>>& files,
                           const std::string& rule_set, const ReportOptions& options = {}) {
  auto loaded = load_rule_set(rule_set, {source_dir() / "rules"});
  REQUIRE(std::holds_alternative<RuleSet>(loaded));
  const RuleSet& rules = std::get<RuleSet>(loaded);
  std::vector<RuleInfo> infos;
  for (const RulePtr& rule : rules.rules) infos.push_back(rule->info());
  std::ostringstream out;
  const auto reporter = make_check_reporter("html", out, options);
  REQUIRE(reporter != nullptr);
  reporter->rules(infos);
  const RuleRunner runner(rules.rules);
  CheckSummary summary;
  for (const auto& [path, text] : files) {
    const auto document = load(path, text);
    const RuleRunner::Checked checked = runner.check(*document);
    summary.add(checked.findings);
    reporter->file(*document, checked.findings, FileDetails{&checked.outline, checked.themes});
  }
  reporter->finish(summary);
  return out.str();
}

std::vector<std::pair<std::string, std::string>> samples() {
  return {{"samples/clean-plan.txt", read_file(source_dir() / "samples/clean-plan.txt")},
          {"samples/faulty-plan.txt", read_file(source_dir() / "samples/faulty-plan.txt")}};
}

// The number in <dd data-count="key">.
std::string count_of(const std::string& page, const std::string& key) {
  std::smatch match;
  const std::regex count("<dd data-count=\"" + key + "\">([0-9]+)</dd>");
  REQUIRE(std::regex_search(page, match, count));
  return match[1];
}

// The matrix row of a file: its cells' classes in column order.
std::vector<std::string> matrix_row(const std::string& page, const std::string& path) {
  const std::size_t matrix = page.find("<table id=\"matrix\"");
  const std::size_t row = page.find("\">" + path + "</a></th>", matrix);
  const std::string cells = page.substr(row, page.find("</tr>", row) - row);
  std::vector<std::string> classes;
  const std::regex cell("<td class=\"([a-z]+)\"");
  for (auto it = std::sregex_iterator(cells.begin(), cells.end(), cell);
       it != std::sregex_iterator(); ++it) {
    classes.push_back((*it)[1]);
  }
  return classes;
}

}  // namespace

TEST_CASE("html: the sample run, every escape, no more than its findings", "[report][html]") {
  const std::string page = render_sample("html");
  check_golden(golden_path("sample.html"), without_assets(page));
  CHECK(nesting_problems(page).empty());
  // The markup and control characters of the draft are text; the ill-formed UTF-8 of one
  // message becomes U+FFFD.
  CHECK(page.find("&lt;標籤&gt; &amp; 其他<span class=\"ctl\">U+0001</span>控制") !=
        std::string::npos);
  CHECK(page.find("某\xEF\xBF\xBD") != std::string::npos);
  CHECK(page.find("\xED\xA0\x80") == std::string::npos);
  CHECK(page.find('\x01') == std::string::npos);
  // Without outlines or coverage (a caller that gives none), no outline and no matrix.
  CHECK(page.find("class=\"outline\"") == std::string::npos);
  CHECK(page.find("<table id=\"matrix\"") != std::string::npos);  // theme-safety, from rules()
  CHECK(matrix_row(page, "samples/clean-gbk.txt") == std::vector<std::string>{"unknown"});
}

TEST_CASE("html: each highlight covers exactly its finding's characters", "[report][html]") {
  const std::string page = render_sample("html");
  const SampleRun& run = sample_run();
  const auto texts = highlighted_text(page, 1);
  const std::vector<Finding>& findings = run.findings[0];
  REQUIRE(texts.size() == findings.size());
  for (std::size_t k = 0; k < findings.size(); ++k) {
    std::string expected(
        run.documents[0]->text().substr(findings[k].begin, findings[k].end - findings[k].begin));
    // A control character shows as its code.
    if (const auto at = expected.find('\x01'); at != std::string::npos)
      expected.replace(at, 1, "U+0001");
    CAPTURE(k, findings[k].rule_id);
    CHECK(texts.at(std::to_string(k)) == expected);
  }
  // Each finding's first mark is focusable and described by its entry in the list.
  CHECK(page.find("id=\"d1-f0\" tabindex=\"0\" aria-describedby=\"d1-i0\"") != std::string::npos);
  CHECK(page.find("<li id=\"d1-i0\"") != std::string::npos);
}

TEST_CASE("html: samples with outline, theme matrix and overview counts", "[report][html]") {
  const std::string page = render_checked(samples(), "education-plan");
  check_golden(golden_path("samples.html"), without_assets(page));
  CHECK(nesting_problems(page).empty());
  CHECK(count_of(page, "files") == "2");
  CHECK(count_of(page, "ready") == "1");
  CHECK(count_of(page, "not-ready") == "1");
  // The clean plan addresses every theme; the faulty one misses as many as it has
  // required-theme findings, each a finding in its list.
  const auto clean = matrix_row(page, "samples/clean-plan.txt");
  const auto faulty = matrix_row(page, "samples/faulty-plan.txt");
  REQUIRE(clean.size() == 12);
  CHECK(std::count(clean.begin(), clean.end(), "present") == 12);
  const auto missing = std::count(faulty.begin(), faulty.end(), "missing");
  CHECK(missing == 8);
  const std::size_t doc = page.find("<article class=\"doc\" id=\"d2\"");
  CHECK(occurrences(page.substr(doc), "<code>theme-") == static_cast<std::size_t>(missing));
  // A present theme names and links the section where it was first found.
  CHECK(page.find("<a href=\"#d1-L5\" title=\"一、坚持党的全面领导，夯实教育系统党的建设\">") !=
        std::string::npos);
  CHECK(page.find("<span class=\"anchor\" id=\"d1-L5\"></span>") != std::string::npos);
}

TEST_CASE("html: a missing theme whose finding was waived is marked so, not as a gap",
          "[report][html]") {
  auto loaded = load_rule_set("education-plan", {source_dir() / "rules"});
  REQUIRE(std::holds_alternative<RuleSet>(loaded));
  const RuleRunner runner(std::get<RuleSet>(loaded).rules);
  const auto document =
      load("samples/faulty-plan.txt", read_file(source_dir() / "samples/faulty-plan.txt"));
  RuleRunner::Checked checked = runner.check(*document);
  // As the config's `ignore` or a baseline would: one missing theme's finding is gone.
  const auto safety = std::find_if(checked.findings.begin(), checked.findings.end(),
                                   [](const Finding& f) { return f.rule_id == "theme-safety"; });
  REQUIRE(safety != checked.findings.end());
  checked.findings.erase(safety);
  std::ostringstream out;
  const auto reporter = make_check_reporter("html", out, {});
  CheckSummary summary;
  summary.add(checked.findings);
  reporter->file(*document, checked.findings, FileDetails{&checked.outline, checked.themes});
  reporter->finish(summary);
  const auto row = matrix_row(out.str(), "samples/faulty-plan.txt");
  CHECK(std::count(row.begin(), row.end(), "waived") == 1);
  CHECK(std::count(row.begin(), row.end(), "missing") == 7);
  CHECK(out.str().find("<td class=\"waived\">– 缺失（已豁免）</td>") != std::string::npos);
}

TEST_CASE("html: hostile text and messages render as inert text", "[report][html]") {
  const std::string hostile =
      "<script>alert(1)</script>工作计划\n"
      "一、</style><style>body{display:none}</style>总体要求 xx\n"
      "<a href=\"javascript:alert(2)\">点我</a> XX\n"
      "\u202Etxt.exe\u202C 與 \u2066隔离\u2069 XX年\n"
      "<img src=x onerror=alert(3)> <!-- 注释 --> ]]> &amp; XX\n";
  const std::string page = render_checked({{"<b>草稿</b>\".txt", hostile}}, "core");
  CHECK(nesting_problems(page).empty());
  CHECK(occurrences(page, "<script") == 1);  // the report's own
  CHECK(occurrences(page, "</style") == 1);
  CHECK(occurrences(page, "<img") == 0);
  CHECK(occurrences(page, "<a href=\"javascript") == 0);
  CHECK(occurrences(page, "<!-- ") == 0);
  CHECK(page.find("\u202E") == std::string::npos);
  CHECK(page.find("\u2066") == std::string::npos);
  CHECK(page.find("<span class=\"ctl\">U+202E</span>txt.exe") != std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("&lt;b&gt;草稿&lt;/b&gt;&quot;.txt") != std::string::npos);
  CHECK(page.find("&amp;amp;") != std::string::npos);
}

TEST_CASE("html: --fail-on decides which files are ready; --lang en", "[report][html]") {
  const std::vector<std::pair<std::string, std::string>> files{
      {"warning-only.txt", "工作计划\n一、总体要求\n相关文章\n"}, {"error.txt", "XX区工作计划\n"}};
  ReportOptions options;
  options.fail_on = Severity::warning;
  const std::string strict = render_checked(files, "core", options);
  CHECK(count_of(strict, "ready") == "0");
  options.fail_on = Severity::error;
  const std::string usual = render_checked(files, "core", options);
  CHECK(count_of(usual, "ready") == "1");
  CHECK(usual.find("<tr data-status=\"ready\"><td><a href=\"#d1\">warning-only.txt") !=
        std::string::npos);
  options.fail_on = std::nullopt;
  options.language = Language::en;
  const std::string never = render_checked(files, "core", options);
  CHECK(count_of(never, "ready") == "2");
  CHECK(never.find("<html lang=\"en\">") != std::string::npos);
  CHECK(never.find("Ready: --fail-on never") != std::string::npos);
}

TEST_CASE("html: each document's type and date in the overview, missing sections in its outline",
          "[report][html]") {
  const std::string plan =
      "校园安全实施方案\n一、指导思想\n坚持安全第一。\n二、工作目标\n消除隐患。\n"
      "三、主要任务\n排查隐患。\n\n市教育局\n2024年3月5日\n";
  const std::string page = render_checked({{"plan.txt", plan}}, "document-types");
  CHECK(nesting_problems(page).empty());
  // The files table: type and date after the status.
  CHECK(page.find("</span></td><td>实施方案</td><td>2024年3月5日</td></tr>") != std::string::npos);
  // The document's meta line and its outline.
  CHECK(page.find(" · 类型 实施方案 · 日期 2024年3月5日 · ") != std::string::npos);
  CHECK(page.find("<p class=\"missing-sections\">缺少的部分</p><ul class=\"missing-sections\"><li>"
                  "<a href=\"#d1-i0\">实施方案缺少“保障措施”部分</a></li></ul></details>") !=
        std::string::npos);
}

TEST_CASE("html: what a kind declares gives its theme column and overview counts, not its name",
          "[report][html]") {
  const auto document = load("plan.txt", "工作计划\n经费XX万元，由某某负责。\n");
  std::vector<Finding> findings =
      findings_in(*document, {{"placeholder-letters", "placeholder", std::nullopt, Severity::info,
                               "XX", "XX", "", std::nullopt},
                              {"placeholder-words", "placeholder", std::nullopt, Severity::info,
                               "某某", "某某", "", std::nullopt}});
  // A kind planlint does not have, counting as a placeholder; and a placeholder that says it
  // counts as nothing.
  findings[0].kind = "future-kind";
  findings[1].topic = FindingTopic::other;
  RuleInfo covering;
  covering.id = "theme-future";
  covering.kind = "future-kind";
  covering.traits.reports_coverage = true;
  RuleInfo named_only;
  named_only.id = "theme-by-name";
  named_only.kind = "required-theme";

  std::ostringstream out;
  const auto reporter = make_check_reporter("html", out, {});
  reporter->rules(std::vector<RuleInfo>{covering, named_only});
  CheckSummary summary;
  summary.add(findings);
  reporter->file(*document, findings, {});
  reporter->finish(summary);
  const std::string page = out.str();
  CHECK(page.find("<th scope=\"col\" data-rule=\"theme-future\">") != std::string::npos);
  CHECK(page.find("data-rule=\"theme-by-name\"") == std::string::npos);
  // Errors, warnings, placeholders, numbering, missing themes.
  CHECK(page.find("plan.txt</a></td><td class=\"num zero\">0</td><td class=\"num zero\">0</td>"
                  "<td class=\"num\">1</td><td class=\"num zero\">0</td><td class=\"num "
                  "zero\">0</td>") != std::string::npos);
}
