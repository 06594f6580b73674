#include "planlint/docx/numeral_format.hpp"

#include <array>
#include <optional>
#include <utility>

#include "planlint/text/numeral_writer.hpp"

namespace planlint::docx {
namespace {

std::string roman(long value, bool upper) {
  static constexpr std::array<std::pair<long, std::string_view>, 13> kParts = {{{1000, "m"},
                                                                                {900, "cm"},
                                                                                {500, "d"},
                                                                                {400, "cd"},
                                                                                {100, "c"},
                                                                                {90, "xc"},
                                                                                {50, "l"},
                                                                                {40, "xl"},
                                                                                {10, "x"},
                                                                                {9, "ix"},
                                                                                {5, "v"},
                                                                                {4, "iv"},
                                                                                {1, "i"}}};
  std::string text;
  for (const auto& [amount, letters] : kParts) {
    for (; value >= amount; value -= amount) text += letters;
  }
  if (upper) {
    for (char& letter : text) letter = static_cast<char>(letter - 'a' + 'A');
  }
  return text;
}

// A, B, … Z, AA, BB, … ZZ, AAA: the letter repeated once more for every round of 26.
std::string letters(long value, char first) {
  const long round = (value - 1) / 26 + 1;
  return std::string(static_cast<std::size_t>(round), static_cast<char>(first + (value - 1) % 26));
}

std::string heavenly_stem(long value) {
  static constexpr std::array<std::string_view, 10> kStems = {"甲", "乙", "丙", "丁", "戊",
                                                              "己", "庚", "辛", "壬", "癸"};
  if (value < 1 || value > 10) return std::to_string(value);
  return std::string(kStems[static_cast<std::size_t>(value - 1)]);
}

// The numeral styles Word shares with heading markers; the rest are Word's own.
std::optional<NumeralStyle> shared_style(std::string_view num_fmt) {
  static constexpr std::array<std::pair<std::string_view, NumeralStyle>, 11> kStyles{{
      {"chineseCounting", NumeralStyle::chinese},
      {"chineseCountingThousand", NumeralStyle::chinese},
      {"taiwaneseCounting", NumeralStyle::chinese_traditional},
      {"taiwaneseCountingThousand", NumeralStyle::chinese_traditional},
      {"chineseLegalSimplified", NumeralStyle::chinese_financial},
      {"ideographDigital", NumeralStyle::chinese_digits},
      {"taiwaneseDigital", NumeralStyle::chinese_digits},
      {"decimalFullWidth", NumeralStyle::full_width_digits},
      {"decimalFullWidth2", NumeralStyle::full_width_digits},
      {"decimalEnclosedCircle", NumeralStyle::circled},
      {"decimalEnclosedCircleChinese", NumeralStyle::circled},
  }};
  for (const auto& [name, style] : kStyles) {
    if (name == num_fmt) return style;
  }
  return std::nullopt;
}

}  // namespace

std::string format_numeral(long value, std::string_view num_fmt) {
  if (value < 0) return std::to_string(value);
  if (const auto style = shared_style(num_fmt)) {
    // Word draws a counting counter at zero as 零, where a heading writes 〇.
    const bool counting =
        *style == NumeralStyle::chinese || *style == NumeralStyle::chinese_traditional;
    if (value == 0 && counting) return "零";
    return write_numeral(value, *style);
  }
  if (num_fmt == "decimalZero") return (value < 10 ? "0" : "") + std::to_string(value);
  if (num_fmt == "ideographTraditional") return heavenly_stem(value);
  if (value == 0) return "0";
  if (num_fmt == "upperRoman") return roman(value, true);
  if (num_fmt == "lowerRoman") return roman(value, false);
  if (num_fmt == "upperLetter") return letters(value, 'A');
  if (num_fmt == "lowerLetter") return letters(value, 'a');
  return std::to_string(value);
}

}  // namespace planlint::docx
