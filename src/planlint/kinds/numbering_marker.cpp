#include "planlint/kinds/numbering_marker.hpp"

#include <string_view>

#include "planlint/parse/outline.hpp"
#include "planlint/text/numeral_writer.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

bool is_ascii_digit(char32_t code_point) {
  return code_point >= U'0' && code_point <= U'9';
}
bool is_full_width_digit(char32_t code_point) {
  return code_point >= U'０' && code_point <= U'９';
}
bool is_numeral_character(char32_t code_point) {
  static constexpr std::u32string_view kChineseNumeralCharacters =
      U"〇零一二三四五六七八九十百千万萬";
  return is_ascii_digit(code_point) || is_full_width_digit(code_point) ||
         kChineseNumeralCharacters.find(code_point) != std::u32string_view::npos;
}

// Everything a marker holds besides its number and its form.
struct MarkerStyle {
  Family family = Family::cn;
  NumeralStyle numeral = NumeralStyle::chinese;
  std::string unit;  // 章 of 第三章; empty for the other families
};

MarkerStyle standard_style(Family family) {
  const FamilyTraits& traits = family_traits(family);
  return {family, traits.numeral, std::string(traits.unit)};
}

// 第三章、 → 章, 第二部分 → 部分, 第五節 → 節: what follows 第 and the number.
std::string unit_in_marker(const Heading& heading) {
  std::string_view marker = heading.marker;
  if (marker.size() >= heading.separator.size()) marker.remove_suffix(heading.separator.size());
  std::size_t at = 0;
  decode_utf8_at(marker, at);  // 第
  while (at < marker.size()) {
    std::size_t next = at;
    if (!is_numeral_character(decode_utf8_at(marker, next))) break;
    at = next;
  }
  return std::string(marker.substr(at));
}

// The numeral and unit as `heading` writes them: 第3章 and 1. may have digits of either width
// (第３節: full-width digits, the unit 節); 一、 （一） ① have only their own numerals.
MarkerStyle style_as_written(const Heading& heading) {
  MarkerStyle style = standard_style(heading.family);
  const FamilyTraits& traits = family_traits(heading.family);
  const bool ordinal = traits.shape == MarkerShape::ordinal;
  if (!ordinal && traits.numeral != NumeralStyle::ascii_digits) return style;
  if (ordinal) {
    if (std::string unit = unit_in_marker(heading); !unit.empty()) style.unit = std::move(unit);
  }
  for (std::size_t at = 0; at < heading.marker.size();) {
    const char32_t code_point = decode_utf8_at(heading.marker, at);
    if (is_ascii_digit(code_point) || is_full_width_digit(code_point)) {
      style.numeral =
          is_ascii_digit(code_point) ? NumeralStyle::ascii_digits : NumeralStyle::full_width_digits;
      return style;
    }
  }
  return style;
}

std::string written_marker(const MarkerStyle& style, std::int64_t value, const MarkerForm& form) {
  return write_marker(style.family, write_numeral(value, style.numeral), style.unit, form);
}

}  // namespace

bool brackets_match(std::string_view brackets) {
  if (brackets.empty()) return true;
  std::size_t at = 0;
  const char32_t open = decode_utf8_at(brackets, at);
  const char32_t close = at < brackets.size() ? decode_utf8_at(brackets, at) : 0;
  if (open == U'〔' || close == U'〕') return open == U'〔' && close == U'〕';
  return (open < 0x80) == (close < 0x80);
}

std::string format_marker(const Heading& model, std::int64_t value, const MarkerForm& form) {
  return written_marker(style_as_written(model), value, form);
}

std::string renumbered_part_marker(std::string_view marker, std::int64_t value) {
  std::size_t number_begin = std::string_view::npos;
  std::size_t number_end = marker.size();
  NumeralStyle kind = NumeralStyle::chinese;
  for (std::size_t at = 0; at < marker.size();) {
    const std::size_t from = at;
    const char32_t code_point = decode_utf8_at(marker, at);
    if (!is_numeral_character(code_point)) {
      if (number_begin != std::string_view::npos) {
        number_end = from;
        break;
      }
      continue;
    }
    if (number_begin == std::string_view::npos) {
      number_begin = from;
      if (is_ascii_digit(code_point)) kind = NumeralStyle::ascii_digits;
      if (is_full_width_digit(code_point)) kind = NumeralStyle::full_width_digits;
    }
  }
  if (number_begin == std::string_view::npos) return std::string(marker);
  return std::string(marker.substr(0, number_begin)) + write_numeral(value, kind) +
         std::string(marker.substr(number_end));
}

std::string format_marker(Family family, std::int64_t value, const MarkerForm& form) {
  return written_marker(standard_style(family), value, form);
}

}  // namespace planlint
