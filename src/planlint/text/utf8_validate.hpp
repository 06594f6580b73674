#pragma once
#include <string_view>

namespace planlint {

// Whether `text` is well-formed UTF-8 (Unicode table 3-7: no overlong forms, surrogates, values
// past U+10FFFF or truncated sequences), as decode_utf8 reads it. Answers only yes or no, at
// several GB/s on processors with SSSE3 (16 bytes a step, Keiser and Lemire's lookup method);
// finding where a flaw lies is left to a careful scan, which only a flawed text needs.
bool is_valid_utf8(std::string_view text);

// The same answer, one code point at a time: the reference the fast path is tested against,
// and the path on processors without SSSE3.
bool is_valid_utf8_scalar(std::string_view text);

}  // namespace planlint
