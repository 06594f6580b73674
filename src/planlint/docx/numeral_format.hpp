#pragma once
#include <string>
#include <string_view>

namespace planlint::docx {

// A level's counter as Word draws it for the level's w:numFmt (decimal, chineseCounting,
// upperRoman, …). Formats planlint does not know are drawn as decimal, as Word does for them.
// Numbers beyond what a format can show fall back to decimal (①…㊿ stop at 50, 甲…癸 at 10).
std::string format_numeral(long value, std::string_view num_fmt);

}  // namespace planlint::docx
