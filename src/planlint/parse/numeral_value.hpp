#pragma once
#include <cstdint>
#include <string_view>

namespace planlint {

// Value of a Chinese numeral the grammar accepted (grammars/cn_numerals.hpp): 十 → 10,
// 二十三 → 23, 一百零五 → 105, 九十九万 → 990000, 〇 → 0.
std::int64_t chinese_numeral_value(std::string_view utf8);
// Value of a run of ASCII digits.
std::int64_t arabic_numeral_value(std::string_view digits);
// Value of a circled number: ① → 1 … ⑳ → 20, ㉑ → 21 … ㊿ → 50; 0 for anything else.
std::int64_t circled_number_value(char32_t code_point);

}  // namespace planlint
