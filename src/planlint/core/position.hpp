#pragma once
#include <cstdint>

namespace planlint {

// A place in a checked file as a drafter would name it: 1-based line and column counted in
// code points of the decoded text, plus the byte offset into the file as it lies on disk.
// A Word document (.docx) has no text file to point into: there `paragraph` is the 1-based
// paragraph as the reader counts them (table cells included), `column` the character within
// that paragraph (its automatic number included), `line` the line of the extracted text
// (one per paragraph and per line break) and `offset` the byte offset in that UTF-8 text.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint64_t offset = 0;
  std::uint32_t paragraph = 0;  // 0: not a paragraph-based input

  friend bool operator==(const Position&, const Position&) = default;
};

}  // namespace planlint
