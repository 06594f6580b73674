#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "planlint/text/line_index.hpp"

using planlint::LineIndex;

namespace {

std::vector<std::string> lines_of(const LineIndex& index) {
  std::vector<std::string> lines;
  for (std::size_t line = 0; line < index.line_count(); ++line) {
    lines.emplace_back(index.line_text(line));
  }
  return lines;
}

}  // namespace

TEST_CASE("LF, CRLF and CR each end a line", "[line_index]") {
  using Lines = std::vector<std::string>;
  CHECK(lines_of(LineIndex("a\nb\nc")) == Lines{"a", "b", "c"});
  CHECK(lines_of(LineIndex("a\r\nb\r\nc")) == Lines{"a", "b", "c"});
  CHECK(lines_of(LineIndex("a\rb\rc")) == Lines{"a", "b", "c"});
  CHECK(lines_of(LineIndex("a\r\nb\nc\rd")) == Lines{"a", "b", "c", "d"});
  // LF then CR is two line ends, with an empty line between them.
  CHECK(lines_of(LineIndex("a\n\rb")) == Lines{"a", "", "b"});
  CHECK(lines_of(LineIndex("a\r\r\nb")) == Lines{"a", "", "b"});
}

TEST_CASE("Line starts point past the whole line end", "[line_index]") {
  const LineIndex index("ab\r\ncd\ref\ngh");
  REQUIRE(index.line_count() == 4);
  CHECK(index.line_start(0) == 0);
  CHECK(index.line_start(1) == 4);
  CHECK(index.line_start(2) == 7);
  CHECK(index.line_start(3) == 10);
}

TEST_CASE("A final line end opens no extra line", "[line_index]") {
  CHECK(LineIndex("a\n").line_count() == 1);
  CHECK(LineIndex("a\r\n").line_count() == 1);
  CHECK(LineIndex("a\r").line_count() == 1);
  CHECK(LineIndex("a\n\n").line_count() == 2);
  CHECK(LineIndex("a\nb").line_count() == 2);
  CHECK(LineIndex("a\r\n").line_text(0) == "a");
}

TEST_CASE("An empty text has one empty line", "[line_index]") {
  const LineIndex index("");
  REQUIRE(index.line_count() == 1);
  CHECK(index.line_text(0).empty());
  CHECK(index.line_of(0) == 0);
  CHECK(index.column_of(0) == 1);
}

TEST_CASE("line_of finds the line holding an offset, line end included", "[line_index]") {
  const std::string text = "ab\r\ncd\nef";
  const LineIndex index(text);
  const std::size_t expected_lines[] = {0, 0, 0, 0, 1, 1, 1, 2, 2, 2};
  for (std::size_t offset = 0; offset <= text.size(); ++offset) {
    INFO(offset);
    CHECK(index.line_of(offset) == expected_lines[offset]);
  }
}

TEST_CASE("Columns count code points from the line start", "[line_index]") {
  // 一 and 、 take three bytes each in UTF-8.
  const std::string text = "标题\n一、加强a\r\n𠀀x";
  const LineIndex index(text);
  CHECK(index.column_of(0) == 1);
  CHECK(index.column_of(3) == 2);
  const std::size_t second_line = index.line_start(1);
  CHECK(second_line == 7);
  CHECK(index.column_of(second_line) == 1);
  CHECK(index.column_of(second_line + 3) == 2);
  CHECK(index.column_of(second_line + 6) == 3);
  CHECK(index.column_of(second_line + 12) == 5);  // the 'a'
  const std::size_t third_line = index.line_start(2);
  CHECK(index.column_of(third_line + 4) == 2);  // past the four-byte U+20000
}
