#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>

#include "planlint/report/check_report.hpp"
#include "planlint/report/column_units.hpp"
#include "planlint/report/json_string.hpp"
#include "planlint/text/document.hpp"

namespace planlint {
namespace {

// SARIF 2.1.0 (OASIS), as GitHub code scanning and other review tools read it: one run, the
// rules in tool.driver.rules, one result per finding. Columns are counted in UTF-16 code units,
// SARIF's default column kind, which every consumer assumes when it ignores run.columnKind.

std::string_view sarif_level(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "note";
  }
  return "error";
}

// A rule's "friendly name", which SARIF asks to be one Pascal-case identifier:
// placeholder-letters → PlaceholderLetters.
std::string pascal_case(std::string_view rule_id) {
  std::string name;
  bool word_start = true;
  for (const char c : rule_id) {
    if (!std::isalnum(static_cast<unsigned char>(c))) {
      word_start = true;
      continue;
    }
    name += word_start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    word_start = false;
  }
  return name;
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return std::ranges::equal(a, b, [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

// RFC 3986's unreserved characters, spelled out: std::isalnum would follow the locale.
bool is_unreserved(unsigned char byte) {
  return (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
         (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_' || byte == '~';
}

// The path as a relative URI reference (RFC 3986): relative to the working directory,
// '/'-separated, every byte other than an unreserved character or '/' percent-encoded (so a
// Chinese file name becomes its UTF-8 bytes in %XX form, and a ':' cannot pass for a scheme).
std::string artifact_uri(const std::string& path) {
  std::filesystem::path relative = std::filesystem::path(path).lexically_normal();
  if (relative.is_absolute()) {
    relative = relative.lexically_relative(std::filesystem::current_path());
  }
  std::string uri;
  for (const char c : relative.generic_string()) {
    const auto byte = static_cast<unsigned char>(c);
    if (is_unreserved(byte) || byte == '/') {
      uri += c;
    } else {
      char encoded[4];
      std::snprintf(encoded, sizeof encoded, "%%%02X", byte);
      uri += encoded;
    }
  }
  return uri;
}

// 64-bit FNV-1a: small, and the same on every platform and compiler, as a fingerprint that is
// compared across runs must be.
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = 0xcbf29ce484222325ULL) {
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// partialFingerprints["planlint/v1"]: a hash of the rule and the text it matched, then which
// occurrence of that pair in the file this is (from 1), in the form of GitHub's own
// primaryLocationLineHash ("hash:occurrence"). No line number goes in, so editing other parts
// of the draft keeps the fingerprint and a review tool keeps tracking the same alert.
std::string fingerprint(const Finding& finding, std::size_t occurrence) {
  std::uint64_t hash = fnv1a(finding.rule_id);
  hash = fnv1a(std::string_view("\0", 1), hash);
  hash = fnv1a(finding.excerpt, hash);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
  return std::string(hex) + ':' + std::to_string(occurrence);
}

// The rule's examples as lines for its help text; empty when it has none.
std::string examples_text(const RuleInfo& rule) {
  const auto listed = [](std::string_view label, const std::vector<RuleExample>& examples) {
    std::string line;
    for (const RuleExample& example : examples) {
      line += (line.empty() ? std::string("\n").append(label) : std::string("；")) + example.text;
    }
    return line;
  };
  return listed("违规示例 / Flagged: ", rule.hit_examples) +
         listed("合规示例 / Not flagged: ", rule.miss_examples);
}

class SarifReporter final : public CheckReporter {
 public:
  SarifReporter(std::ostream& out, Language language) : out_(out), language_(language) {}

  bool describes_rules() const override { return true; }
  void rules(std::span<const RuleInfo> rules) override {
    for (const RuleInfo& rule : rules) add_rule(rule);
  }

  void file(const Document& document, const std::vector<Finding>& findings) override {
    const std::string uri = artifact_uri(document.path());
    std::map<std::pair<std::string_view, std::string_view>, std::size_t> occurrences;
    for (const Finding& finding : findings) {
      const std::size_t occurrence = ++occurrences[{finding.rule_id, finding.excerpt}];
      results_ << (results_.tellp() == 0 ? "\n        " : ",\n        ");
      write_result(document, uri, finding, occurrence);
    }
  }

  void finish(const CheckSummary& /*summary*/) override {
    out_ << "{\n"
         << "  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
         << "  \"version\": \"2.1.0\",\n"
         << "  \"runs\": [\n"
         << "    {\n";
    write_tool();
    out_ << "      \"language\": \"" << (language_ == Language::zh ? "zh-CN" : "en-US") << "\",\n"
         << "      \"columnKind\": \"utf16CodeUnits\",\n"
         << "      \"results\": [" << results_.str()
         << (results_.tellp() == 0 ? "]\n" : "\n      ]\n") << "    }\n"
         << "  ]\n"
         << "}\n";
  }

 private:
  std::size_t add_rule(const RuleInfo& rule) {
    const auto [at, added] = rule_indices_.try_emplace(rule.id, rules_.size());
    if (added) rules_.push_back(rule);
    return at->second;
  }

  // The finding's rule in tool.driver.rules; a rule the reporter was not told about is
  // described from the finding, so every ruleIndex points at a rule whatever the caller did.
  std::size_t rule_index(const Finding& finding) {
    const auto known = rule_indices_.find(finding.rule_id);
    if (known != rule_indices_.end()) return known->second;
    RuleInfo described;
    described.id = finding.rule_id;
    described.kind = finding.kind;
    described.severity = finding.severity;
    return add_rule(described);
  }

  void write_tool() {
    const std::string_view version = PLANLINT_VERSION;
    out_ << "      \"tool\": {\n"
         << "        \"driver\": {\n"
         << "          \"name\": \"planlint\",\n"
         << "          \"version\": \"" << version << "\",\n"
         << "          \"semanticVersion\": \"" << version << "\",\n"
         << "          \"rules\": [";
    for (std::size_t i = 0; i < rules_.size(); ++i) {
      out_ << (i == 0 ? "\n            " : ",\n            ");
      write_rule(rules_[i]);
    }
    out_ << (rules_.empty() ? "]\n" : "\n          ]\n") << "        }\n"
         << "      },\n";
  }

  // Every rule carries the three texts GitHub code scanning asks for (the SARIF Multitool's
  // rule GH2012): a short description, a full one, and help for the alert's page.
  void write_rule(const RuleInfo& rule) {
    out_ << "{\"id\": " << json_string(rule.id);
    // A name that differs from the id only in case adds nothing, and SARIF asks to omit it
    // (the SARIF Multitool's rule SARIF1001): `numbering` gets none.
    const std::string name = pascal_case(rule.id);
    if (!equal_ignoring_case(name, rule.id)) out_ << ", \"name\": " << json_string(name);
    const std::string description = rule.description.empty() ? rule.id : rule.description;
    const std::string full_description =
        rule.source.empty() ? description : description + "\n依据 / Source: " + rule.source;
    out_ << ", \"shortDescription\": {\"text\": " << json_string(description)
         << "}, \"fullDescription\": {\"text\": " << json_string(full_description)
         << "}, \"help\": {\"text\": " << json_string(full_description + examples_text(rule))
         << "}, \"defaultConfiguration\": {\"level\": \"" << sarif_level(rule.severity) << "\"}}";
  }

  void write_result(const Document& document, const std::string& uri, const Finding& finding,
                    std::size_t occurrence) {
    results_ << "{\"ruleId\": " << json_string(finding.rule_id)
             << ", \"ruleIndex\": " << rule_index(finding) << ", \"level\": \""
             << sarif_level(finding.severity)
             << "\", \"message\": {\"text\": " << json_string(message_in(finding, language_))
             << "}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": "
             << json_string(uri) << "}, \"region\": ";
    write_region(document, finding);
    results_ << ", \"snippet\": {\"text\": " << json_string(finding.excerpt) << "}}}}]";
    if (finding.fix) write_fix(document, uri, *finding.fix);
    results_ << ", \"partialFingerprints\": {\"planlint/v1\": \""
             << fingerprint(finding, occurrence) << "\"}";
    // A .docx has paragraphs: the region counts lines of its extracted text, the property names
    // the paragraph and the character within it as Word counts them (docs/docx.md).
    if (finding.start.paragraph != 0) {
      results_ << ", \"properties\": {\"paragraph\": " << finding.start.paragraph
               << ", \"paragraphColumn\": " << finding.start.column << "}";
    }
    results_ << "}";
  }

  // The region's line and column numbers, without the closing brace so a snippet may follow.
  void write_region(const Document& document, const Finding& finding) {
    results_ << "{\"startLine\": " << finding.start.line
             << ", \"startColumn\": " << utf16_column(document, finding.begin)
             << ", \"endLine\": " << finding.stop.line
             << ", \"endColumn\": " << utf16_column(document, finding.end);
  }

  // One fix with every edit of it, so a tool applies them together; its description says
  // whether it is safe (docs/fixing.md).
  void write_fix(const Document& document, const std::string& uri, const Fix& fix) {
    results_ << ", \"fixes\": [{\"description\": {\"text\": \"" << safety_name(fix.safety)
             << "\"}, \"artifactChanges\": [{\"artifactLocation\": {\"uri\": " << json_string(uri)
             << "}, \"replacements\": [";
    for (std::size_t index = 0; index < fix.edits.size(); ++index) {
      const TextEdit& edit = fix.edits[index];
      results_ << (index == 0 ? "" : ", ")
               << "{\"deletedRegion\": {\"startLine\": " << edit.start.line
               << ", \"startColumn\": " << utf16_column(document, edit.begin)
               << ", \"endLine\": " << edit.stop.line
               << ", \"endColumn\": " << utf16_column(document, edit.end)
               << "}, \"insertedContent\": {\"text\": " << json_string(edit.replacement) << "}}";
    }
    results_ << "]}]}]";
  }

  std::ostream& out_;
  Language language_;
  std::vector<RuleInfo> rules_;
  std::map<std::string, std::size_t, std::less<>> rule_indices_;
  // The results, kept until finish() because the rules they point at come first in the document.
  std::ostringstream results_;
};

}  // namespace

std::unique_ptr<CheckReporter> make_sarif_reporter(std::ostream& out, Language language) {
  return std::make_unique<SarifReporter>(out, language);
}

}  // namespace planlint
