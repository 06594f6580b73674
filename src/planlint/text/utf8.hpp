#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace planlint {

struct Utf8CodePoint {
  char32_t code_point;
  std::size_t length;  // 0: the bytes at this position are not well-formed UTF-8
};

// Decodes the code point at `at` strictly (Unicode table 3-7): overlong forms, surrogates and
// values past U+10FFFF are ill-formed, so no invalid byte passes for a character it resembles.
// Inline: every stage calls it once per character.
inline Utf8CodePoint decode_utf8(std::string_view text, std::size_t at) {
  constexpr Utf8CodePoint kInvalid{0, 0};
  const auto byte_at = [&](std::size_t index) {
    return static_cast<unsigned char>(text[at + index]);
  };
  const unsigned char lead = byte_at(0);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = 0;
  char32_t code_point = 0;
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0F;
    if (lead == 0xE0) second_min = 0xA0;
    if (lead == 0xED) second_max = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07;
    if (lead == 0xF0) second_min = 0x90;
    if (lead == 0xF4) second_max = 0x8F;
  } else {
    return kInvalid;
  }
  if (text.size() - at < length || byte_at(1) < second_min || byte_at(1) > second_max) {
    return kInvalid;
  }
  for (std::size_t index = 1; index < length; ++index) {
    if ((byte_at(index) & 0xC0) != 0x80) return kInvalid;
    code_point = (code_point << 6) | (byte_at(index) & 0x3F);
  }
  return {code_point, length};
}

// Decodes the code point starting at `at` and advances `at` past it. An ill-formed or
// truncated sequence yields U+FFFD and advances by one byte, so callers always make progress.
inline char32_t decode_utf8_at(std::string_view text, std::size_t& at) {
  const Utf8CodePoint decoded = decode_utf8(text, at);
  if (decoded.length == 0) {
    ++at;
    return 0xFFFD;
  }
  at += decoded.length;
  return decoded.code_point;
}
// Writes the UTF-8 form of a code point at `out` (room for 4 bytes) and returns the end.
char* write_utf8(char* out, char32_t code_point);
void append_utf8(std::string& out, char32_t code_point);
// Number of code points in a UTF-8 string (invalid bytes count one each).
std::size_t count_code_points(std::string_view text);

}  // namespace planlint
