#include "planlint/parse/numeral_value.hpp"

#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

int digit_value(char32_t code_point) {
  switch (code_point) {
    case U'〇':
    case U'零':
      return 0;
    case U'一':
      return 1;
    case U'二':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

int place_value(char32_t code_point) {
  switch (code_point) {
    case U'十':
      return 10;
    case U'百':
      return 100;
    case U'千':
      return 1000;
    default:
      return 0;
  }
}

}  // namespace

std::int64_t chinese_numeral_value(std::string_view utf8) {
  std::int64_t total = 0;    // completed groups of 万
  std::int64_t section = 0;  // the group below 万 being read
  std::int64_t pending_digit = 0;
  for (std::size_t at = 0; at < utf8.size();) {
    const char32_t code_point = decode_utf8_at(utf8, at);
    if (const int digit = digit_value(code_point); digit >= 0) {
      pending_digit = digit;
    } else if (const int place = place_value(code_point); place > 0) {
      // A bare 十 at the start means 一十.
      section += (pending_digit == 0 ? 1 : pending_digit) * place;
      pending_digit = 0;
    } else if (code_point == U'万') {
      total += (section + pending_digit) * 10000;
      section = 0;
      pending_digit = 0;
    }
  }
  return total + section + pending_digit;
}

std::int64_t arabic_numeral_value(std::string_view digits) {
  std::int64_t value = 0;
  for (const char digit : digits) value = value * 10 + (digit - '0');
  return value;
}

std::int64_t circled_number_value(char32_t code_point) {
  if (code_point >= U'①' && code_point <= U'⑳') return code_point - U'①' + 1;
  if (code_point >= 0x3251 && code_point <= 0x325F) return code_point - 0x3251 + 21;
  if (code_point >= 0x32B1 && code_point <= 0x32BF) return code_point - 0x32B1 + 36;
  return 0;
}

}  // namespace planlint
