#include "planlint/report/visible_text.hpp"

#include "planlint/text/utf8.hpp"

namespace planlint {

std::string visible_text(std::string_view text) {
  std::string shown;
  shown.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t start = at;
    const char32_t code_point = decode_utf8_at(text, at);
    if (code_point == U'\t') {
      shown += ' ';
    } else if (code_point < 0x20) {
      append_utf8(shown, 0x2400 + code_point);
    } else if (code_point == 0x7F) {
      append_utf8(shown, 0x2421);
    } else if ((code_point >= 0x80 && code_point < 0xA0) || code_point == 0xFFFD) {
      append_utf8(shown, 0xFFFD);  // also for each byte that is not UTF-8
    } else {
      shown.append(text.substr(start, at - start));
    }
  }
  return shown;
}

}  // namespace planlint
