#include "planlint/docx/numeral_format.hpp"

#include <array>
#include <cstdint>

#include "planlint/text/utf8.hpp"

namespace planlint::docx {
namespace {

constexpr std::array<std::string_view, 10> kCnDigits = {"〇", "一", "二", "三", "四",
                                                        "五", "六", "七", "八", "九"};
constexpr std::array<std::string_view, 10> kLegalDigits = {"零", "壹", "贰", "叁", "肆",
                                                           "伍", "陆", "柒", "捌", "玖"};

struct CountingUnits {
  std::string_view ten, hundred, thousand, ten_thousand;
  std::string_view zero;
  const std::array<std::string_view, 10>& digits;
  bool bare_ten;  // 十一 rather than 一十一 (the legal forms write 壹拾壹)
};

// Below 10,000: 一千零一十, 一百一十, 十一 (a leading 一 before 十 is dropped only below 20).
std::string counting_below_10000(long value, const CountingUnits& units, bool leading) {
  const std::array<std::string_view, 4> unit_names = {units.thousand, units.hundred, units.ten, ""};
  const std::array<long, 4> unit_values = {1000, 100, 10, 1};
  std::string text;
  bool pending_zero = false;
  bool any = false;
  for (std::size_t i = 0; i < unit_values.size(); ++i) {
    const long digit = value / unit_values[i] % 10;
    if (digit == 0) {
      pending_zero = any;
      continue;
    }
    if (pending_zero || (!any && !leading)) text += units.zero;
    pending_zero = false;
    const bool bare_ten =
        units.bare_ten && unit_values[i] == 10 && digit == 1 && !any && leading && value < 20;
    if (!bare_ten) text += units.digits[static_cast<std::size_t>(digit)];
    text += unit_names[i];
    any = true;
  }
  return text;
}

std::string counting(long value, const CountingUnits& units) {
  if (value == 0) return std::string(units.zero);
  if (value < 10000) return counting_below_10000(value, units, true);
  std::string text = counting_below_10000(value / 10000, units, true);
  text += units.ten_thousand;
  if (value % 10000 != 0) text += counting_below_10000(value % 10000, units, value % 10000 >= 1000);
  return text;
}

std::string digit_by_digit(long value, const std::array<std::string_view, 10>& digits) {
  std::string text;
  for (const char digit : std::to_string(value))
    text += digits[static_cast<std::size_t>(digit - '0')];
  return text;
}

std::string full_width(long value) {
  std::string text;
  for (const char digit : std::to_string(value)) {
    append_utf8(text, static_cast<char32_t>(U'０' + (digit - '0')));
  }
  return text;
}

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

// ①…⑳ are U+2460…2473, ㉑…㉟ U+3251…325F, ㊱…㊿ U+32B1…32BF.
std::string enclosed_circle(long value) {
  std::string text;
  if (value >= 1 && value <= 20) {
    append_utf8(text, static_cast<char32_t>(0x2460 + value - 1));
  } else if (value >= 21 && value <= 35) {
    append_utf8(text, static_cast<char32_t>(0x3251 + value - 21));
  } else if (value >= 36 && value <= 50) {
    append_utf8(text, static_cast<char32_t>(0x32B1 + value - 36));
  } else {
    text = std::to_string(value);
  }
  return text;
}

std::string heavenly_stem(long value) {
  static constexpr std::array<std::string_view, 10> kStems = {"甲", "乙", "丙", "丁", "戊",
                                                              "己", "庚", "辛", "壬", "癸"};
  if (value < 1 || value > 10) return std::to_string(value);
  return std::string(kStems[static_cast<std::size_t>(value - 1)]);
}

}  // namespace

std::string format_numeral(long value, std::string_view num_fmt) {
  static const CountingUnits kCounting{"十", "百", "千", "万", "零", kCnDigits, true};
  static const CountingUnits kTaiwanese{"十", "百", "千", "萬", "零", kCnDigits, true};
  static const CountingUnits kLegal{"拾", "佰", "仟", "万", "零", kLegalDigits, false};
  if (value < 0) return std::to_string(value);
  if (num_fmt == "chineseCounting" || num_fmt == "chineseCountingThousand") {
    return counting(value, kCounting);
  }
  if (num_fmt == "taiwaneseCounting" || num_fmt == "taiwaneseCountingThousand") {
    return counting(value, kTaiwanese);
  }
  if (num_fmt == "chineseLegalSimplified") return counting(value, kLegal);
  if (num_fmt == "ideographDigital" || num_fmt == "taiwaneseDigital") {
    return digit_by_digit(value, kCnDigits);
  }
  if (num_fmt == "decimalFullWidth" || num_fmt == "decimalFullWidth2") return full_width(value);
  if (num_fmt == "decimalZero") return (value < 10 ? "0" : "") + std::to_string(value);
  if (num_fmt == "decimalEnclosedCircle" || num_fmt == "decimalEnclosedCircleChinese") {
    return enclosed_circle(value);
  }
  if (num_fmt == "ideographTraditional") return heavenly_stem(value);
  if (value == 0) return "0";
  if (num_fmt == "upperRoman") return roman(value, true);
  if (num_fmt == "lowerRoman") return roman(value, false);
  if (num_fmt == "upperLetter") return letters(value, 'A');
  if (num_fmt == "lowerLetter") return letters(value, 'a');
  return std::to_string(value);
}

}  // namespace planlint::docx
