#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace planlint {

// Decodes the code point starting at `at` and advances `at` past it. An invalid or truncated
// sequence yields U+FFFD and advances by one byte, so callers always make progress.
char32_t decode_utf8_at(std::string_view text, std::size_t& at);
void append_utf8(std::string& out, char32_t code_point);
// Number of code points in a UTF-8 string (invalid bytes count one each).
std::size_t count_code_points(std::string_view text);

}  // namespace planlint
