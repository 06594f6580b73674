#pragma once
// Writing heading markers, for the `numbering` kind's messages: the marker a heading should
// have (“（三）”, “3.”, “第三章”), in the form its list or the rule prescribes.
#include <cstdint>
#include <string>
#include <string_view>

#include "planlint/parse/family.hpp"

namespace planlint {

struct Heading;

// Both brackets of the same width and shape: （） () 〔〕, not （) (） or 〔）.
bool brackets_match(std::string_view brackets);

// The marker `model` would have with the number `value`, written in `form`: the numeral as the
// model writes it (Chinese, ASCII or full-width digits) and, for 第…章/节/条/部分, the model's
// unit.
std::string format_marker(const Heading& model, std::int64_t value, const MarkerForm& form);
// A part's marker with its number replaced by `value`, written as the marker writes its own
// (篇五 → 篇一, 【篇3】 → 【篇2】, 第四篇 → 第三篇).
std::string renumbered_part_marker(std::string_view marker, std::int64_t value);
// The same for a family no heading shows yet: Chinese numerals, ASCII digits or circled numbers
// as the family has them, and the Simplified unit (章, 节, 条, 部分).
std::string format_marker(Family family, std::int64_t value, const MarkerForm& form);

}  // namespace planlint
