#pragma once
#include <cstddef>
#include <string_view>

namespace planlint {

// Terminal columns a code point occupies: 2 for East Asian Wide and Fullwidth, 0 for
// combining marks and other zero-width characters, 1 otherwise.
int display_width(char32_t code_point);
// Sum over a UTF-8 string (invalid bytes count 1 each).
std::size_t display_width(std::string_view utf8);

}  // namespace planlint
