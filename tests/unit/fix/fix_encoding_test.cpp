// Fixes written in each encoding and form a file may have: the bytes outside the edits are the
// file's own, the edited ones are in its encoding.
#include <catch2/catch.hpp>

#include "planlint/cli/file_check.hpp"
#include "planlint/config/rule_set.hpp"
#include "planlint/fix/file_edit.hpp"
#include "planlint/fix/fix_selection.hpp"
#include "planlint/input/load_document.hpp"
#include "planlint/text/encode.hpp"
#include "support/golden.hpp"

using namespace planlint;

namespace {

constexpr std::string_view kDraft =
    "一、总体要求\n（一）指导思想\n（二)工作目标\n二、重点任务\n1.加强师资建设\n2、推进课程改革\n";
constexpr std::string_view kFixed =
    "一、总体要求\n（一）指导思想\n（二）工作目标\n二、重点任务\n1.加强师资建设\n2.推进课程改革\n";

struct Form {
  std::string encoding;
  std::string bom;
  bool crlf = false;
};

std::string with_line_ends(std::string_view text, bool crlf) {
  std::string out;
  for (const char c : text) {
    if (c == '\n' && crlf) out += '\r';
    out += c;
  }
  return out;
}

std::string file_bytes(std::string_view text, const Form& form) {
  const auto encoded = encode_text(with_line_ends(text, form.crlf), form.encoding);
  REQUIRE(encoded);
  return form.bom + *encoded;
}

RuleSet core_rules() {
  auto loaded = load_rule_set("core", {testing::source_dir() / "rules"});
  REQUIRE(std::holds_alternative<RuleSet>(loaded));
  return std::move(std::get<RuleSet>(loaded));
}

}  // namespace

TEST_CASE("Fixes keep a file's encoding, BOM and line ends, and every byte outside the edits",
          "[fix]") {
  const Form form = GENERATE(
      Form{"UTF-8", "", false}, Form{"UTF-8", "\xEF\xBB\xBF", false}, Form{"UTF-8", "", true},
      Form{"GB18030", "", false}, Form{"GB18030", "", true}, Form{"UTF-16LE", "\xFF\xFE", false},
      Form{"UTF-16LE", "\xFF\xFE", true}, Form{"UTF-16BE", "\xFE\xFF", true});
  INFO(form.encoding << (form.bom.empty() ? "" : " with BOM") << (form.crlf ? ", CRLF" : ""));
  const RuleSet rules = core_rules();
  const RuleRunner runner(rules.rules);
  const std::string bytes = file_bytes(kDraft, form);

  SECTION("the whole file reads as the fixed text in the same form") {
    const FindingPolicy policy;
    const FileChecker checker{runner, policy, {}, false, 0, FixRequest{}};
    const FileCheck checked = checker.fix_bytes("plan.txt", bytes);
    REQUIRE(checked.fixed);
    CHECK(checked.fixed->fixes == 2);
    CHECK(checked.fixed->fixed_bytes == file_bytes(kFixed, form));
    CHECK(checked.document->decoded().encoding() == form.encoding);
  }

  SECTION("the stretches between the edits are copied byte for byte") {
    auto loaded = load_document_from_bytes("plan.txt", bytes);
    REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
    const Document& document = *std::get<std::unique_ptr<Document>>(loaded);
    const std::vector<Finding> findings = runner.check(document).findings;
    const FixSelection selection = select_fixes(findings, false);
    REQUIRE(selection.edits.size() == 2);
    auto edited = edited_bytes(bytes, document, selection.edits);
    REQUIRE(std::holds_alternative<std::string>(edited));
    const std::string& out = std::get<std::string>(edited);
    std::size_t from = 0;  // in the original
    std::size_t to = 0;    // the same place in the edited bytes
    for (const TextEdit& edit : selection.edits) {
      const auto begin = static_cast<std::size_t>(document.decoded().raw_offset(edit.begin));
      const auto end = static_cast<std::size_t>(document.decoded().raw_offset(edit.end));
      CHECK(out.substr(to, begin - from) == bytes.substr(from, begin - from));
      to += begin - from;
      const std::string replacement = *encode_text(edit.replacement, form.encoding);
      CHECK(out.substr(to, replacement.size()) == replacement);
      to += replacement.size();
      from = end;
    }
    CHECK(out.substr(to) == bytes.substr(from));
  }
}

TEST_CASE("A GB18030 file gets GB18030 bytes for its fixed brackets", "[fix]") {
  const RuleSet rules = core_rules();
  const RuleRunner runner(rules.rules);
  const FindingPolicy policy;
  const FileChecker checker{runner, policy, {}, false, 0, FixRequest{}};
  const FileCheck checked =
      checker.fix_bytes("plan.txt", file_bytes(kDraft, Form{"GB18030", "", false}));
  REQUIRE(checked.fixed);
  // （二） in GB18030: A3A8 B6FE A3A9.
  CHECK(checked.fixed->fixed_bytes.find("\xA3\xA8\xB6\xFE\xA3\xA9") != std::string::npos);
  CHECK(checked.fixed->original_bytes.find("\xA3\xA8\xB6\xFE\x29") != std::string::npos);
}

TEST_CASE("A replacement the file's encoding cannot write leaves the file as it was", "[fix]") {
  Finding finding;
  finding.fix = Fix{FixSafety::safe, {TextEdit{0, 3, "𠀀", {}, {}}}};
  DecodeOptions latin;
  latin.forced_encoding = "ISO-8859-1";
  auto loaded = load_document_from_bytes("plan.txt", "abc\n", latin);
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  auto edited =
      edited_bytes("abc\n", *std::get<std::unique_ptr<Document>>(loaded), finding.fix->edits);
  REQUIRE(std::holds_alternative<Message>(edited));
  CHECK(std::get<Message>(edited).en.find("ISO-8859-1") != std::string::npos);
}

TEST_CASE("A Word document is not fixed", "[fix]") {
  const RuleSet rules = core_rules();
  const RuleRunner runner(rules.rules);
  const FindingPolicy policy;
  const FileChecker checker{runner, policy, {}, false, 0, FixRequest{}};
  const FileCheck checked = checker.fix_bytes(
      "plan.docx", testing::read_file(std::string(PLANLINT_DOCX_FIXTURES_DIR) + "/mixed.docx"));
  REQUIRE(checked.input_error);
  CHECK(checked.input_error->problem.en.find("Word") != std::string::npos);
}
