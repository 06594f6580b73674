#include "report/sample_run.hpp"

#include <catch2/catch.hpp>
#include <sstream>

#include "planlint/input/load_document.hpp"
#include "planlint/kinds/registry.hpp"
#include "support/golden.hpp"

namespace planlint::testing {
namespace {

// What the registry says of a kind, which the loader copies into each rule of it.
KindTraits traits_of(std::string_view kind) {
  const KindEntry* entry = find_kind(kind);
  REQUIRE(entry != nullptr);
  return entry->traits;
}

// Line 4 holds quotes, < > & and a control character; line 5 starts with 𠮷 (U+20BB7, two
// UTF-16 code units, four UTF-8 bytes), so each column unit gives a different number there.
constexpr std::string_view kTraditionalDraft =
    "２０２４年教育局工作計劃\n"
    "一、總體要求\n"
    "（一)全區新建xx所中小學，新增學位＿＿個。\n"
    "二、\"引號\" <標籤> & 其他\x01控制\n"
    "𠮷野家的菜單要寫成菜单。\n"
    "相關文章\n"
    "轉載請保留，謝謝！\n"
    "某某負責xx。\n";

// "一、总体要求" in GBK with a CRLF line end: detected as GB18030, no findings.
constexpr std::string_view kCleanGbkDraft = "\xd2\xbb\xa1\xa2\xd7\xdc\xcc\xe5\xd2\xaa\xc7\xf3\r\n";

std::vector<Finding> traditional_draft_findings(const Document& document) {
  std::vector<Finding> findings = findings_in(
      document,
      {
          {"numbering", "numbering", "bracket-mismatch", Severity::error, "（一)",
           "括号不配对：“（一)”", "Mismatched brackets: \"（一)\"", std::nullopt},
          {"placeholder-letters", "placeholder", std::nullopt, Severity::error, "xx",
           "未填写的占位符“xx”，请填入实际内容",
           "Unfilled placeholder \"xx\"; fill in the actual name or number", std::nullopt},
          {"placeholder-blanks", "placeholder", std::nullopt, Severity::error, "＿＿",
           "未填写的空白“＿＿”，请填入实际内容", "", std::nullopt},
          {"residue-markup", "phrase", std::nullopt, Severity::warning,
           "\"引號\" <標籤> & 其他\x01控制",
           "网页残留“\"引號\" <標籤> & 其他\x01控制”，提交前请删除",
           "Web page residue “\"引號\" <標籤> & 其他\x01控制”; delete it", std::nullopt},
          {"substitution-hant", "substitution", std::nullopt, Severity::info, "菜單",
           "繁体字“菜單”应写作“菜单”", "Traditional \"菜單\" should read \"菜单\"", "菜单"},
          {"residue-navigation", "phrase", std::nullopt, Severity::warning, "相關文章\n轉載請保留",
           "网页导航残留“相關文章\n轉載請保留”，提交前请删除", "", std::nullopt},
          {"placeholder-words", "placeholder", std::nullopt, Severity::error, "某某",
           "未填写的占位内容“某某”，请填入实际内容", "", std::nullopt},
          {"placeholder-letters", "placeholder", std::nullopt, Severity::error, "xx",
           "未填写的占位符“xx”，请填入实际内容",
           "Unfilled placeholder \"xx\"; fill in the actual name or number", std::nullopt},
      });
  // The engine never makes these from decoded text, but a reporter must write valid output
  // whatever it is given: an encoded lone surrogate (ED A0 80, ill-formed UTF-8), and the
  // characters each format must escape (% , : CR) in one message.
  Finding& odd = findings[6];
  odd.excerpt = "某\xED\xA0\x80某";
  odd.message = "未填写的占位内容“某\xED\xA0\x80某”：完成率100%, 见附件:1\r";
  return findings;
}

SampleRun make_sample_run() {
  SampleRun run;
  run.documents.push_back(load("草稿/會議:總結,第1版.txt", kTraditionalDraft));
  run.documents.push_back(load("samples/clean-gbk.txt", kCleanGbkDraft));
  run.findings.push_back(traditional_draft_findings(*run.documents[0]));
  run.findings.emplace_back();

  // The rule set in its own order; substitution-hant is left out on purpose (a reporter must
  // still describe it), theme-safety has no finding (it is listed all the same) and no
  // description; placeholder-letters has examples, numbering the norm it enforces.
  const auto rule = [](std::string id, std::string kind, Severity severity,
                       std::string description) {
    RuleInfo info;
    info.id = std::move(id);
    info.traits = traits_of(kind);
    info.kind = std::move(kind);
    info.severity = severity;
    info.description = std::move(description);
    return info;
  };
  RuleInfo letters =
      rule("placeholder-letters", "placeholder", Severity::error,
           "代替名称或数字的字母（XX市、20XX年）。Letters standing in for a name or a number.");
  letters.hit_examples = {{"XX市教育局"}, {"计划于20XX年完成"}};
  letters.miss_examples = {{"拍X光片"}};
  RuleInfo numbering =
      rule("numbering", "numbering", Severity::error,
           "序号连续、括号配对、分隔符一致。Heading numbers in sequence, brackets matched.");
  numbering.source = "GB/T 9704-2012 7.3.3";
  run.rules = {
      letters,
      rule("placeholder-blanks", "placeholder", Severity::error,
           "留待填写的横线、圆圈、方框和空括号。Blanks left to be filled in."),
      rule("placeholder-words", "placeholder", Severity::error,
           "代替实际内容的字词（某某、【单位名称】）。Words standing in for the actual text."),
      numbering,
      rule("residue-markup", "phrase", Severity::warning,
           "网页标记 <b> & \"引号\"。Markup & \"quotes\" left by a web page."),
      rule("residue-navigation", "phrase", Severity::warning, "网页导航残留。Site navigation."),
      rule("theme-safety", "required-theme", Severity::error, ""),
  };
  return run;
}

}  // namespace

std::unique_ptr<Document> load(std::string path, std::string_view bytes) {
  auto loaded = load_document_from_bytes(std::move(path), std::string(bytes));
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  return std::move(std::get<std::unique_ptr<Document>>(loaded));
}

std::vector<Finding> findings_in(const Document& document, const std::vector<FindingSpec>& specs) {
  std::vector<Finding> findings;
  std::size_t search_from = 0;
  for (const FindingSpec& spec : specs) {
    const std::size_t begin = document.text().find(spec.matched, search_from);
    REQUIRE(begin != std::string_view::npos);
    search_from = begin;
    Finding finding;
    finding.rule_id = spec.rule_id;
    finding.kind = spec.kind;
    finding.check = spec.check;
    finding.severity = spec.severity;
    finding.topic = traits_of(spec.kind).topic;
    finding.message = spec.message;
    finding.message_en = spec.message_en;
    finding.replacement = spec.replacement;
    finding.begin = begin;
    finding.end = begin + spec.matched.size();
    finding.start = document.position_of(finding.begin);
    finding.stop = document.position_of(finding.end);
    finding.excerpt = std::string(spec.matched);
    // A replacement is offered as the safe fix a substitution rule gives it.
    if (finding.replacement) {
      finding.fix = Fix{FixSafety::safe,
                        {TextEdit{finding.begin, finding.end, *finding.replacement, finding.start,
                                  finding.stop}}};
    }
    findings.push_back(std::move(finding));
  }
  return findings;
}

const SampleRun& sample_run() {
  static const SampleRun run = make_sample_run();
  return run;
}

std::string render_sample(std::string_view format, const ReportOptions& options, bool tell_rules) {
  const SampleRun& run = sample_run();
  std::ostringstream out;
  const auto reporter = make_check_reporter(format, out, options);
  REQUIRE(reporter != nullptr);
  if (tell_rules) reporter->rules(run.rules);
  CheckSummary summary;
  for (std::size_t i = 0; i < run.documents.size(); ++i) {
    summary.add(run.findings[i]);
    reporter->file(*run.documents[i], run.findings[i], {});
  }
  reporter->finish(summary);
  return out.str();
}

std::string golden_path(std::string_view name) {
  return (source_dir() / "tests/golden/report" / name).string();
}

}  // namespace planlint::testing
