#pragma once
#include <variant>
#include <vector>

#include "planlint/core/message.hpp"
#include "planlint/text/suppression.hpp"

namespace planlint::docx {

class WordPackage;
struct ReaderText;

// The suppressions a Word document's comments write (docs/suppressing.md): a comment whose text
// starts with `planlint-ignore rule-a, rule-b` (no id: every rule) silences the findings that
// start in the span it is anchored on. A span starting at a paragraph's first character takes
// in the number Word draws before it; a comment anchored on no character (a collapsed range)
// holds its whole paragraph. One Suppression per id, in document order. The problem when the
// comments part cannot be read.
std::variant<std::vector<Suppression>, Message> read_suppressions(const WordPackage& package,
                                                                  const ReaderText& reader);

}  // namespace planlint::docx
