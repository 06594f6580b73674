#include "planlint/text/display_width.hpp"

#include <unicode/uchar.h>

#include "planlint/text/utf8.hpp"

namespace planlint {

int display_width(char32_t code_point) {
  const auto character = static_cast<UChar32>(code_point);
  // Cf covers the invisible format characters, U+200B ZERO WIDTH SPACE among them.
  const std::int8_t category = u_charType(character);
  if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) {
    return 0;
  }
  const auto east_asian_width = u_getIntPropertyValue(character, UCHAR_EAST_ASIAN_WIDTH);
  if (east_asian_width == U_EA_WIDE || east_asian_width == U_EA_FULLWIDTH) return 2;
  return 1;
}

std::size_t display_width(std::string_view utf8) {
  std::size_t width = 0;
  for (std::size_t at = 0; at < utf8.size();) {
    // ASCII needs no property lookup: one column each.
    if (static_cast<unsigned char>(utf8[at]) < 0x80) {
      ++width;
      ++at;
      continue;
    }
    // decode_utf8_at turns an invalid byte into U+FFFD (one column) and moves on by one byte.
    width += static_cast<std::size_t>(display_width(decode_utf8_at(utf8, at)));
  }
  return width;
}

}  // namespace planlint
