#include "planlint/report/column_units.hpp"

#include "planlint/text/document.hpp"

namespace planlint {
namespace {

std::size_t start_of_line_holding(const Document& document, std::size_t offset) {
  const LineIndex& lines = document.lines();
  return lines.line_start(lines.line_of(offset));
}

}  // namespace

std::uint32_t utf8_byte_column(const Document& document, std::size_t offset) {
  return static_cast<std::uint32_t>(offset - start_of_line_holding(document, offset) + 1);
}

std::uint32_t utf16_column(const Document& document, std::size_t offset) {
  const std::string_view text = document.text();
  std::uint32_t units = 0;
  for (std::size_t at = start_of_line_holding(document, offset); at < offset && at < text.size();
       ++at) {
    const auto byte = static_cast<unsigned char>(text[at]);
    // Like LineIndex::column_of, count lead bytes (a stray byte counts one); a four-byte
    // sequence is a character beyond U+FFFF, a surrogate pair in UTF-16.
    if ((byte & 0xC0) != 0x80) units += byte >= 0xF0 ? 2 : 1;
  }
  return units + 1;
}

}  // namespace planlint
