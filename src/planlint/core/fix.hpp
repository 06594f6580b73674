#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "planlint/core/position.hpp"

namespace planlint {

// Whether applying a fix can change what the text means. A safe fix only rewrites a form
// (a bracket paired like its siblings', a separator the siblings use, a term the rule gives
// exactly one replacement for); an unsafe one changes words or numbers a reader relies on
// (renumbering, removing a line, a replacement the context decides). docs/fixing.md.
enum class FixSafety { safe, unsafe };

std::string_view safety_name(FixSafety safety);  // "safe" | "unsafe"

// One replacement of a stretch of the original text.
struct TextEdit {
  // Byte offsets in Document::text(), end exclusive; begin == end inserts.
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string replacement;
  // Filled in by the engine from begin/end, as for a finding's span.
  Position start;
  Position stop;
};

// What repairs a finding: edits that belong together (renumbering a run of siblings touches
// every later one), applied all or none. Edits are ascending and do not overlap.
struct Fix {
  FixSafety safety = FixSafety::safe;
  std::vector<TextEdit> edits;
};

// A fix a rule can offer, as `planlint rules list/show` and the docs name it.
struct FixOffer {
  std::string what;  // the check it repairs or what it does, e.g. "bracket-mismatch"
  FixSafety safety = FixSafety::safe;
};

}  // namespace planlint
