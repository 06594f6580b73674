#include "planlint/text/pinyin_gloss.hpp"

#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

// Pinyin letters: a–z and the tone-marked vowels (Latin-1 Supplement, Latin Extended-A/B).
bool is_pinyin_letter(char32_t code_point) {
  return (code_point >= U'a' && code_point <= U'z') || (code_point >= 0xC0 && code_point <= 0x24F);
}

}  // namespace

std::string without_pinyin_glosses(std::string_view text) {
  std::string result;
  result.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    if (text[at] == '(') {
      std::size_t end = at + 1;
      while (end < text.size() && text[end] != ')') {
        std::size_t next = end;
        if (!is_pinyin_letter(decode_utf8_at(text, next))) break;
        end = next;
      }
      if (end < text.size() && text[end] == ')' && end > at + 1) {
        at = end + 1;
        continue;
      }
    }
    result += text[at++];
  }
  return result;
}

}  // namespace planlint
