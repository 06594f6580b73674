#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "planlint/config/rule.hpp"
#include "planlint/core/finding.hpp"
#include "planlint/core/theme_coverage.hpp"

namespace planlint {

class CheckContext;
class Document;

// Values for a message's {placeholders}. {match} defaults to the original text of the span.
using MessageArgs = std::vector<std::pair<std::string_view, std::string>>;

// What a rule reports beyond its span; everything is optional.
struct ReportDetails {
  MessageArgs args;
  std::optional<std::string> check;        // numbering check name or theme
  std::optional<Severity> severity;        // overrides the rule's (numbering checks have their own)
  std::optional<FindingTopic> topic;       // overrides the kind's (a missing section)
  std::string_view message;                // overrides the rule's Chinese template
  std::string_view message_en;             // overrides the rule's English template
  std::optional<std::string> replacement;  // what the span should read instead
  // When set, `replacement` over the finding's span is offered as a fix of this safety.
  std::optional<FixSafety> replacement_fix;
  // A fix of the kind's own making, its edits in offsets of the original text.
  std::optional<Fix> fix;
};

// A finding as the sink holds it while the rules run: its rule, its original span and what the
// rule said beyond it, no text rendered. Held as Findings (~600 bytes each with their ids,
// messages and excerpts), 200,000 findings cost more than the normalized view they were held
// beside; rendered once the view is gone (render_finding), they cost ~40 bytes each there.
struct HeldFinding {
  const Rule* rule = nullptr;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::unique_ptr<ReportDetails> details;  // null when the rule said nothing beyond the span
};

// The finding `held` stands for, its messages' placeholders filled in from `document`'s text;
// positions and excerpts are left to the engine. The rule must still be alive.
Finding render_finding(const Document& document, HeldFinding held);

// Collects findings, turning a rule's span (in the view or in the original text) into the
// original span and nothing else: messages are rendered and positions and excerpts added once
// the rules are done, by the engine.
class FindingSink {
 public:
  explicit FindingSink(const CheckContext& context);

  void report_view_span(const Rule& rule, std::size_t view_begin, std::size_t view_end,
                        ReportDetails details = {});
  void report_original_span(const Rule& rule, std::size_t begin, std::size_t end,
                            ReportDetails details = {});

  // Whether the document addresses a required theme; `span`: where in the original text its
  // keywords first occur, when they do. Not a finding: reporters may show it (theme matrix).
  void report_coverage(const Rule& rule, std::string theme,
                       std::optional<std::pair<std::size_t, std::size_t>> span);

  std::vector<HeldFinding>& findings() { return findings_; }
  std::vector<ThemeCoverage>& coverage() { return coverage_; }

 private:
  const CheckContext& context_;
  std::vector<HeldFinding> findings_;
  std::vector<ThemeCoverage> coverage_;
};

}  // namespace planlint
