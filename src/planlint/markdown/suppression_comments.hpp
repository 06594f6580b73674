#pragma once
#include <string_view>
#include <vector>

#include "planlint/text/suppression.hpp"

namespace planlint::markdown {

// The suppressions a Markdown text's HTML comments write (docs/suppressing.md):
//   <!-- planlint-disable-next-line rule-a rule-b -->  the next non-blank line
//   <!-- planlint-disable rule-a -->                   from here to a matching enable, or the end
//   <!-- planlint-enable rule-a -->                    (no id: every open region ends)
// Ids are separated by spaces or commas; no id means every rule; text after `--` is a reason.
// One Suppression per id. A comment in code (fenced, indented, inline) is text, not a comment.
// A text without "planlint-" is not parsed at all.
std::vector<Suppression> read_suppressions(std::string_view source);

}  // namespace planlint::markdown
