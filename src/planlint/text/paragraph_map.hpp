#pragma once
#include <cstdint>
#include <vector>

namespace planlint {

// Where each line of a text extracted from a paragraph-based document (.docx) comes from. The
// extracted text has one line per paragraph, plus one more for each line break inside it.
struct LineOrigin {
  std::uint32_t paragraph = 0;    // 1-based, counting paragraphs as the reader sees them
  std::uint32_t column_base = 0;  // characters of the paragraph before this line
  // Bytes at the line's start that the word processor draws but the file does not hold: an
  // automatic number and the tab or space after it.
  std::uint32_t generated_bytes = 0;
};

using ParagraphMap = std::vector<LineOrigin>;

}  // namespace planlint
