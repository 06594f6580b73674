#pragma once
#include <cstddef>
#include <string_view>

namespace planlint {

// The blanks drafts indent and pad with: space, tab, ideographic space U+3000, no-break space.
bool is_blank_code_point(char32_t code_point);
// Byte length of the blanks that start `text`.
std::size_t leading_blanks_length(std::string_view text);
// `text` without blanks at either end.
std::string_view trim_blanks(std::string_view text);

}  // namespace planlint
