#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "planlint/parse/family.hpp"

namespace planlint {

// What starts one line, as found by the grammar in grammars/heading.hpp. All offsets are byte
// offsets into the normalized line the detector was given; `npos` where a part is absent.
struct LineStart {
  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  // Each number of a decimal marker has at most three digits (grammars/heading.hpp).
  static constexpr std::uint64_t kDecimalBase = 1000;

  enum class Kind {
    text,        // no marker: an ordinary line
    heading,     // a heading marker and its title
    piece,       // 篇一: one of several documents bundled in one file
    attachment,  // 附件1 alone on its line
  };

  Kind kind = Kind::text;
  Family family = Family::cn;
  std::int64_t value = 0;
  // The number was not followed by any separator (4推动…, 二积极参加…): a heading only if its
  // neighbours in the section tree say so.
  bool bare = false;
  // A part marker after a title on its line (学校工作计划 篇1, …模板(篇1)为贯彻…): a part only
  // if it continues the parts before it.
  bool after_title = false;
  // The marker follows a year cell of a table flattened to text (1996 1. 在…).
  bool in_table_row = false;
  // A decimal marker (3.1.2): the numbers before its value, packed in base kDecimalBase
  // (3.1 → 3001), and how many there are; 0 for every other marker.
  std::uint64_t decimal_prefix = 0;
  std::uint8_t decimal_depth = 0;
  std::size_t marker_begin = npos;
  std::size_t marker_end = npos;
  std::size_t open_bracket = npos;  // the （ of （一）, the 〔 of 〔一〕
  std::size_t open_bracket_end = npos;
  std::size_t close_bracket = npos;  // the ） of （一）
  std::size_t close_bracket_end = npos;
  std::size_t separator_begin = npos;
  std::size_t separator_end = npos;
  std::size_t title_begin = npos;
  std::size_t title_end = npos;
};

// Classifies one line of the normalized view (without its line end).
LineStart detect_line_start(std::string_view normalized_line);

// Whether a line of the normalized view ends with a number or a closing bracket (before
// blanks), as a title numbered as the first of a collection does (社区的工作计划1, …计划(一)):
// a cheap test before reading it.
bool ends_with_title_number(std::string_view normalized_line);

}  // namespace planlint
