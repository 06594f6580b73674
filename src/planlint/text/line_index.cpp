#include "planlint/text/line_index.hpp"

#include <algorithm>
#include <cstring>

namespace planlint {
namespace {

// Offset of the next `wanted` byte at or after `from`, or text.size().
std::size_t next_byte(std::string_view text, std::size_t from, char wanted) {
  if (from >= text.size()) return text.size();
  const void* found = std::memchr(text.data() + from, wanted, text.size() - from);
  if (found == nullptr) return text.size();
  return static_cast<std::size_t>(static_cast<const char*>(found) - text.data());
}

bool is_continuation(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

}  // namespace

LineIndex::LineIndex(std::string_view text) : text_(text), starts_{0} {
  // Two memchr cursors, one per line-end byte, find every line end at memchr speed; each
  // cursor moves on only once the scan has passed it.
  std::size_t next_lf = next_byte(text, 0, '\n');
  std::size_t next_cr = next_byte(text, 0, '\r');
  for (;;) {
    const std::size_t line_end = std::min(next_lf, next_cr);
    if (line_end == text.size()) break;
    const bool crlf =
        text[line_end] == '\r' && line_end + 1 < text.size() && text[line_end + 1] == '\n';
    const std::size_t next_start = line_end + (crlf ? 2 : 1);
    // A line end at the very end of the text closes the last line rather than opening one.
    if (next_start == text.size()) break;
    starts_.push_back(next_start);
    if (next_lf < next_start) next_lf = next_byte(text, next_start, '\n');
    if (next_cr < next_start) next_cr = next_byte(text, next_start, '\r');
  }
}

std::string_view LineIndex::line_text(std::size_t line) const {
  const std::size_t begin = starts_[line];
  const std::size_t end = line + 1 < starts_.size() ? starts_[line + 1] : text_.size();
  std::string_view content = text_.substr(begin, end - begin);
  if (content.ends_with("\r\n")) {
    content.remove_suffix(2);
  } else if (content.ends_with('\n') || content.ends_with('\r')) {
    content.remove_suffix(1);
  }
  return content;
}

std::size_t LineIndex::line_of(std::size_t byte_offset) const {
  const auto after = std::upper_bound(starts_.begin(), starts_.end(), byte_offset);
  return static_cast<std::size_t>(after - starts_.begin()) - 1;
}

std::uint32_t LineIndex::column_of(std::size_t byte_offset) const {
  const std::size_t begin = starts_[line_of(byte_offset)];
  const std::size_t end = std::min(byte_offset, text_.size());
  const auto leads = std::count_if(text_.begin() + begin, text_.begin() + end,
                                   [](char byte) { return !is_continuation(byte); });
  return static_cast<std::uint32_t>(leads) + 1;
}

}  // namespace planlint
