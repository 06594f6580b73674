#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace planlint {

// Line starts of a UTF-8 text whose lines end in LF, CRLF or CR (mixed allowed).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  std::size_t line_count() const { return starts_.size(); }
  // 0-based line number → byte offset of its first byte.
  std::size_t line_start(std::size_t line) const { return starts_[line]; }
  // The line's content without its line end.
  std::string_view line_text(std::size_t line) const;
  // 0-based line containing `byte_offset`.
  std::size_t line_of(std::size_t byte_offset) const;
  // 1-based code-point column of `byte_offset` within its line.
  std::uint32_t column_of(std::size_t byte_offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

}  // namespace planlint
