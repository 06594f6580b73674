#pragma once
#include <memory>
#include <string>
#include <vector>

#include "planlint/core/finding.hpp"
#include "planlint/core/fix.hpp"
#include "planlint/core/severity.hpp"

namespace planlint {

class CheckContext;
class FindingSink;

// What a kind contributes besides spans and messages, stated once in its registry entry
// (KindEntry::traits) and copied into each of its rules, so that the engine and the reports
// act on it without naming a kind.
struct KindTraits {
  // Its findings may lie in numbers Word draws (automatic list numbers). Those numbers are not
  // the drafter's words, so the engine drops every other kind's findings there.
  bool reads_drawn_numbers = false;
  // Once per document it tells the sink whether the document addresses its theme, and where
  // (FindingSink::report_coverage); reports that show coverage give each such rule a column.
  bool reports_coverage = false;
  // What its findings count as in a report's overview, unless a finding states its own.
  FindingTopic topic = FindingTopic::other;
};

// One text of a rule's `examples`, with where its rule file holds it, so that the self-test
// (engine/rule_examples.hpp), which runs long after the file was read, can point at it.
struct RuleExample {
  std::string text;
  int line = 0;    // 1-based; 0 when unknown
  int column = 0;  // 1-based
};

// What every rule has, whatever its kind: the common keys of a rule-file entry.
struct RuleInfo {
  std::string id;    // stable, kebab-case
  std::string kind;  // the registry name: placeholder, required-theme, numbering…
  Severity severity = Severity::error;
  std::string message;     // Chinese template with {placeholders}
  std::string message_en;  // optional English template
  std::string description;
  std::string source;                      // the norm it enforces, e.g. "GB/T 9704-2012 7.3.3"
  std::string path;                        // the rule file that defines it
  std::vector<RuleExample> hit_examples;   // texts on which the rule must fire
  std::vector<RuleExample> miss_examples;  // texts on which it must not
  KindTraits traits;                       // its kind's, from the registry
};

// A configured rule. Kinds live in src/planlint/kinds/, one per file pair.
class Rule {
 public:
  explicit Rule(RuleInfo info) : info_(std::move(info)) {}
  virtual ~Rule() = default;
  Rule(const Rule&) = delete;
  Rule& operator=(const Rule&) = delete;

  const RuleInfo& info() const { return info_; }
  // Reports every violation in the document to `sink`. Never throws on user input.
  virtual void check(const CheckContext& context, FindingSink& sink) const = 0;
  // Regular expressions (RE2, as compiled by RuleFields::pattern) at least one of which matches
  // within a line wherever this rule can report. The engine runs the triggers of all rules in
  // one pass per line and gives each rule only its candidate lines (CheckContext::ranges_for).
  // Empty (the default): the rule looks at the whole document.
  virtual std::vector<std::string> triggers() const { return {}; }
  // The fixes this rule can attach to its findings, and how safe each is.
  virtual std::vector<FixOffer> fix_offers() const { return {}; }

 private:
  RuleInfo info_;
};

using RulePtr = std::unique_ptr<const Rule>;

}  // namespace planlint
