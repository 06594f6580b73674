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

bool is_ordinal_family(Family family) {
  return family == Family::part || family == Family::chapter || family == Family::section ||
         family == Family::article;
}

std::string_view standard_unit(Family family) {
  switch (family) {
    case Family::part:
      return "部分";
    case Family::chapter:
      return "章";
    case Family::section:
      return "节";
    case Family::article:
      return "条";
    default:
      return "";
  }
}

// Everything a marker holds besides its number and its form.
struct MarkerStyle {
  Family family = Family::cn;
  NumeralStyle numeral = NumeralStyle::chinese;
  std::string unit;  // 章 of 第三章; empty for the other families
};

MarkerStyle standard_style(Family family) {
  MarkerStyle style{family, NumeralStyle::chinese, std::string(standard_unit(family))};
  if (family == Family::arabic || family == Family::arabic_paren) {
    style.numeral = NumeralStyle::ascii_digits;
  } else if (family == Family::circled) {
    style.numeral = NumeralStyle::circled;
  }
  return style;
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

MarkerStyle style_as_written(const Heading& heading) {
  MarkerStyle style = standard_style(heading.family);
  if (style.numeral == NumeralStyle::circled || heading.family == Family::cn ||
      heading.family == Family::cn_paren) {
    return style;
  }
  if (is_ordinal_family(heading.family)) {
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

std::string write_marker(const MarkerStyle& style, std::int64_t value, const MarkerForm& form) {
  const std::string number = write_numeral(value, style.numeral);
  if (is_ordinal_family(style.family)) return "第" + number + style.unit + form.separator;
  if (!is_bracketed(style.family)) return number + form.separator;
  std::size_t close = 0;
  decode_utf8_at(form.brackets, close);
  return form.brackets.substr(0, close) + number + form.brackets.substr(close) + form.separator;
}

}  // namespace

bool is_bracketed(Family family) {
  return family == Family::cn_paren || family == Family::arabic_paren;
}

MarkerForm standard_form(Family family) {
  switch (family) {
    case Family::cn:
      return {"", "、"};
    case Family::cn_paren:
    case Family::arabic_paren:
      return {"（）", ""};
    case Family::arabic:
      return {"", "."};
    default:
      return {};
  }
}

bool brackets_match(std::string_view brackets) {
  if (brackets.empty()) return true;
  std::size_t at = 0;
  const char32_t open = decode_utf8_at(brackets, at);
  const char32_t close = at < brackets.size() ? decode_utf8_at(brackets, at) : 0;
  if (open == U'〔' || close == U'〕') return open == U'〔' && close == U'〕';
  return (open < 0x80) == (close < 0x80);
}

std::string format_marker(const Heading& model, std::int64_t value, const MarkerForm& form) {
  return write_marker(style_as_written(model), value, form);
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
  return write_marker(standard_style(family), value, form);
}

}  // namespace planlint
