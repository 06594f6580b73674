#include "planlint/report/json_string.hpp"

#include <string_view>

#include "planlint/text/utf8.hpp"

namespace planlint {

std::string json_string(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t start = at;
    const char32_t code_point = decode_utf8_at(text, at);
    switch (code_point) {
      case U'"':
        out += "\\\"";
        break;
      case U'\\':
        out += "\\\\";
        break;
      case U'\n':
        out += "\\n";
        break;
      case U'\r':
        out += "\\r";
        break;
      case U'\t':
        out += "\\t";
        break;
      default:
        if (code_point < 0x20 || code_point == 0x7F) {
          // A control character, below 0x80: two hex digits after \u00.
          constexpr std::string_view kHexDigits = "0123456789abcdef";
          out += "\\u00";
          out += kHexDigits[code_point >> 4];
          out += kHexDigits[code_point & 0xF];
        } else if (code_point == 0xFFFD) {
          out += "\xEF\xBF\xBD";
        } else {
          out.append(text.substr(start, at - start));
        }
    }
  }
  out += '"';
  return out;
}

}  // namespace planlint
