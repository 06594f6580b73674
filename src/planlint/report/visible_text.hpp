#pragma once
#include <string>
#include <string_view>

namespace planlint {

// Text from a draft (or a file name) as a terminal may show it. A control character would shift
// a caret or, as ESC or a C1 control, take over the terminal; each becomes one visible
// character instead: a tab a space, the other C0 controls and DEL their Unicode control
// pictures (␀ … ␟, ␡), C1 controls and bytes that are not UTF-8 U+FFFD.
std::string visible_text(std::string_view text);

}  // namespace planlint
