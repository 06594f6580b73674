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
Utf8CodePoint decode_utf8(std::string_view text, std::size_t at);
// Decodes the code point starting at `at` and advances `at` past it. An ill-formed or
// truncated sequence yields U+FFFD and advances by one byte, so callers always make progress.
char32_t decode_utf8_at(std::string_view text, std::size_t& at);
// Writes the UTF-8 form of a code point at `out` (room for 4 bytes) and returns the end.
char* write_utf8(char* out, char32_t code_point);
void append_utf8(std::string& out, char32_t code_point);
// Number of code points in a UTF-8 string (invalid bytes count one each).
std::size_t count_code_points(std::string_view text);

}  // namespace planlint
