#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "planlint/core/fix.hpp"
#include "planlint/core/position.hpp"
#include "planlint/core/severity.hpp"

namespace planlint {

// What a finding counts as where a report sums findings up across kinds (the HTML report's
// overview and its list of missing sections). A kind states it for its findings (KindTraits in
// config/rule.hpp), a finding may state its own (ReportDetails): reports never name a kind.
enum class FindingTopic : std::uint8_t {
  other,
  placeholder,      // text left to fill in
  numbering,        // a heading number out of order or malformed
  missing_theme,    // a theme the document must address and does not
  missing_section,  // a section the document must have and lacks
};

// One violation of one rule, at exact characters of the original text.
struct Finding {
  std::string rule_id;
  std::string kind;
  // The numbering check (gap, duplicate…) or the theme of a required-theme rule.
  std::optional<std::string> check;
  Severity severity = Severity::error;
  FindingTopic topic = FindingTopic::other;
  std::string message;     // Chinese, placeholders filled in
  std::string message_en;  // English, or empty when the rule has none
  // What the span should read instead, when the rule knows (substitution).
  std::optional<std::string> replacement;
  // How to repair the finding, when the rule knows a way (docs/fixing.md).
  std::optional<Fix> fix;
  // Byte offsets in Document::text(): the span the finding covers (end exclusive).
  std::size_t begin = 0;
  std::size_t end = 0;
  // Filled in by the engine from begin/end.
  Position start;
  Position stop;        // the position just past the span (end-exclusive columns)
  std::string excerpt;  // the original text of the span
};

}  // namespace planlint
