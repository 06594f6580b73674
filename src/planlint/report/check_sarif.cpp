#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>

#include "planlint/core/working_directory.hpp"
#include "planlint/report/check_report.hpp"
#include "planlint/report/column_units.hpp"
#include "planlint/report/json_writer.hpp"
#include "planlint/report/report_spool.hpp"
#include "planlint/report/severity_labels.hpp"
#include "planlint/text/document.hpp"

namespace planlint {
namespace {

// SARIF 2.1.0 (OASIS), as GitHub code scanning and other review tools read it: one run, the
// rules in tool.driver.rules, one result per finding. Columns are counted in UTF-16 code units,
// SARIF's default column kind, which every consumer assumes when it ignores run.columnKind.

constexpr SeverityLabels kSarifLevels{"error", "warning", "note"};

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
  const std::filesystem::path base = working_directory();
  if (relative.is_absolute() && !base.empty()) relative = relative.lexically_relative(base);
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

// A SARIF region: lines, and columns in UTF-16 code units.
struct Region {
  std::size_t start_line;
  std::size_t start_column;
  std::size_t end_line;
  std::size_t end_column;
};

Region region_of(const Document& document, const Position& start, std::size_t begin,
                 const Position& stop, std::size_t end) {
  return {start.line, utf16_column(document, begin), stop.line, utf16_column(document, end)};
}

void write_region_lines(JsonWriter& json, const Region& region) {
  json.member("startLine", region.start_line).member("startColumn", region.start_column);
  json.member("endLine", region.end_line).member("endColumn", region.end_column);
}

// {"text": …}, SARIF's message and description object.
void write_text(JsonWriter& json, std::string_view text) {
  json.begin_object();
  json.member("text", text);
  json.end_object();
}

// Every rule carries the three texts GitHub code scanning asks for (the SARIF Multitool's
// rule GH2012): a short description, a full one, and help for the alert's page.
void write_rule(JsonWriter& json, const RuleInfo& rule) {
  json.begin_object();
  json.member("id", rule.id);
  // A name that differs from the id only in case adds nothing, and SARIF asks to omit it
  // (the SARIF Multitool's rule SARIF1001): `numbering` gets none.
  const std::string name = pascal_case(rule.id);
  if (!equal_ignoring_case(name, rule.id)) json.member("name", name);
  const std::string description = rule.description.empty() ? rule.id : rule.description;
  const std::string full_description =
      rule.source.empty() ? description : description + "\n依据 / Source: " + rule.source;
  write_text(json.key("shortDescription"), description);
  write_text(json.key("fullDescription"), full_description);
  write_text(json.key("help"), full_description + examples_text(rule));
  json.key("defaultConfiguration").begin_object();
  json.member("level", kSarifLevels(rule.severity));
  json.end_object();
  json.end_object();
}

// One fix with every edit of it, so a tool applies them together; its description says
// whether it is safe (docs/fixing.md).
void write_fixes(JsonWriter& json, const Document& document, std::string_view uri, const Fix& fix) {
  json.key("fixes").begin_array();
  json.begin_object();
  write_text(json.key("description"), safety_name(fix.safety));
  json.key("artifactChanges").begin_array();
  json.begin_object();
  json.key("artifactLocation").begin_object();
  json.member("uri", uri);
  json.end_object();
  json.key("replacements").begin_array();
  for (const TextEdit& edit : fix.edits) {
    json.begin_object();
    json.key("deletedRegion").begin_object();
    write_region_lines(json, region_of(document, edit.start, edit.begin, edit.stop, edit.end));
    json.end_object();
    write_text(json.key("insertedContent"), edit.replacement);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  json.end_array();
  json.end_object();
  json.end_array();
}

// How much of a file's results is written before they go to the spool: a file with very many
// findings does not hold them all as text.
constexpr std::size_t kResultsBuffer = 64 * 1024;

class SarifReporter final : public CheckReporter {
 public:
  SarifReporter(std::ostream& out, const ReportOptions& options)
      : out_(out), language_(options.language) {
    results_.begin_array(json_lines(8, 6));
  }

  bool describes_rules() const override { return true; }
  void rules(std::span<const RuleInfo> rules) override {
    for (const RuleInfo& rule : rules) add_rule(rule);
  }

  void file(const Document& document, std::span<const Finding> findings,
            const FileDetails& /*details*/) override {
    const std::string uri = artifact_uri(document.path());
    std::map<std::pair<std::string_view, std::string_view>, std::size_t> occurrences;
    for (const Finding& finding : findings) {
      const std::size_t occurrence = ++occurrences[{finding.rule_id, finding.excerpt}];
      write_result(document, uri, finding, occurrence);
      if (results_.text().size() >= kResultsBuffer) move_results_to_spool();
    }
    move_results_to_spool();
  }

  void finish(const CheckSummary& /*summary*/) override {
    results_.end_array();
    move_results_to_spool();
    JsonWriter json(out_);
    json.begin_object(json_lines(2, 0));
    json.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    json.member("version", "2.1.0");
    json.key("runs").begin_array(json_lines(4, 2));
    json.begin_object(json_lines(6, 4));
    write_tool(json);
    json.member("language", language_ == Language::zh ? "zh-CN" : "en-US");
    json.member("columnKind", "utf16CodeUnits");
    json.key("results").embed(spool_);
    json.end_object();
    json.end_array();
    json.end_object();
    json.end_line();
    json.flush();
  }

 private:
  void move_results_to_spool() {
    spool_.append(results_.text());
    results_.clear_text();
  }

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

  void write_tool(JsonWriter& json) const {
    const std::string_view version = PLANLINT_VERSION;
    json.key("tool").begin_object(json_lines(8, 6));
    json.key("driver").begin_object(json_lines(10, 8));
    json.member("name", "planlint");
    json.member("version", version).member("semanticVersion", version);
    json.key("rules").begin_array(json_lines(12, 10));
    for (const RuleInfo& rule : rules_) write_rule(json, rule);
    json.end_array();
    json.end_object();
    json.end_object();
  }

  void write_result(const Document& document, std::string_view uri, const Finding& finding,
                    std::size_t occurrence) {
    JsonWriter& json = results_;
    json.begin_object();
    json.member("ruleId", finding.rule_id);
    json.member("ruleIndex", rule_index(finding));
    json.member("level", kSarifLevels(finding.severity));
    write_text(json.key("message"), message_in(finding, language_));
    json.key("locations").begin_array();
    json.begin_object();
    json.key("physicalLocation").begin_object();
    json.key("artifactLocation").begin_object();
    json.member("uri", uri);
    json.end_object();
    json.key("region").begin_object();
    write_region_lines(
        json, region_of(document, finding.start, finding.begin, finding.stop, finding.end));
    write_text(json.key("snippet"), finding.excerpt);
    json.end_object();
    json.end_object();
    json.end_object();
    json.end_array();
    if (finding.fix) write_fixes(json, document, uri, *finding.fix);
    json.key("partialFingerprints").begin_object();
    json.member("planlint/v1", fingerprint(finding, occurrence));
    json.end_object();
    // A .docx has paragraphs: the region counts lines of its extracted text, the property names
    // the paragraph and the character within it as Word counts them (docs/docx.md).
    if (finding.start.paragraph != 0) {
      json.key("properties").begin_object();
      json.member("paragraph", finding.start.paragraph);
      json.member("paragraphColumn", finding.start.column);
      json.end_object();
    }
    json.end_object();
  }

  std::ostream& out_;
  Language language_;
  std::vector<RuleInfo> rules_;
  std::map<std::string, std::size_t, std::less<>> rule_indices_;
  // The results, spooled until finish() because the rules they point at come first in the
  // document: each file's are written into results_ and then go to the spool.
  JsonWriter results_;
  ReportSpool spool_;
};

}  // namespace

std::unique_ptr<CheckReporter> make_sarif_reporter(std::ostream& out,
                                                   const ReportOptions& options) {
  return std::make_unique<SarifReporter>(out, options);
}

}  // namespace planlint
