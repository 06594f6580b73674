#include "planlint/text/blanks.hpp"

#include "planlint/text/utf8.hpp"

namespace planlint {

bool is_blank_code_point(char32_t code_point) {
  return code_point == U' ' || code_point == U'\t' || code_point == 0x3000 || code_point == 0xA0;
}

std::size_t leading_blanks_length(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t next = at;
    if (!is_blank_code_point(decode_utf8_at(text, next))) break;
    at = next;
  }
  return at;
}

std::string_view trim_blanks(std::string_view text) {
  text.remove_prefix(leading_blanks_length(text));
  // Walk back over whole code points: a blank's last byte may also end another character.
  std::size_t end = 0;
  for (std::size_t at = 0; at < text.size();) {
    if (!is_blank_code_point(decode_utf8_at(text, at))) end = at;
  }
  return text.substr(0, end);
}

}  // namespace planlint
