#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "planlint/parse/numeral_value.hpp"
#include "planlint/text/numeral_writer.hpp"
#include "planlint/text/utf8.hpp"

using planlint::NumeralStyle;
using planlint::write_numeral;

TEST_CASE("Chinese numerals: 十 bare at the start, one 零 per gap", "[text][numeral]") {
  CHECK(write_numeral(0, NumeralStyle::chinese) == "〇");
  CHECK(write_numeral(1, NumeralStyle::chinese) == "一");
  CHECK(write_numeral(10, NumeralStyle::chinese) == "十");
  CHECK(write_numeral(16, NumeralStyle::chinese) == "十六");
  CHECK(write_numeral(20, NumeralStyle::chinese) == "二十");
  CHECK(write_numeral(99, NumeralStyle::chinese) == "九十九");
  CHECK(write_numeral(105, NumeralStyle::chinese) == "一百零五");
  CHECK(write_numeral(110, NumeralStyle::chinese) == "一百一十");
  CHECK(write_numeral(120, NumeralStyle::chinese) == "一百二十");
  CHECK(write_numeral(1010, NumeralStyle::chinese) == "一千零一十");
  CHECK(write_numeral(1100, NumeralStyle::chinese) == "一千一百");
  CHECK(write_numeral(10010, NumeralStyle::chinese) == "一万零一十");
  CHECK(write_numeral(100000, NumeralStyle::chinese) == "十万");
  CHECK(write_numeral(120000, NumeralStyle::chinese) == "十二万");
  CHECK(write_numeral(990001, NumeralStyle::chinese) == "九十九万零一");
  CHECK(write_numeral(100'000'000, NumeralStyle::chinese) == "100000000");
  CHECK(write_numeral(-3, NumeralStyle::chinese) == "-3");
}

TEST_CASE("Chinese numerals are the inverse of their value", "[text][numeral]") {
  for (std::int64_t value = 0; value <= 120'000; ++value) {
    const std::string numeral = write_numeral(value, NumeralStyle::chinese);
    if (planlint::chinese_numeral_value(numeral) != value) FAIL(value << " → " << numeral);
  }
}

TEST_CASE("Traditional and financial counting", "[text][numeral]") {
  CHECK(write_numeral(11, NumeralStyle::chinese_traditional) == "十一");
  CHECK(write_numeral(20010, NumeralStyle::chinese_traditional) == "二萬零一十");
  CHECK(write_numeral(0, NumeralStyle::chinese_financial) == "零");
  CHECK(write_numeral(10, NumeralStyle::chinese_financial) == "壹拾");
  CHECK(write_numeral(25, NumeralStyle::chinese_financial) == "贰拾伍");
  CHECK(write_numeral(105, NumeralStyle::chinese_financial) == "壹佰零伍");
  CHECK(write_numeral(10010, NumeralStyle::chinese_financial) == "壹万零壹拾");
}

TEST_CASE("Digits: ASCII, full-width, Chinese one a digit", "[text][numeral]") {
  for (std::int64_t value = 1; value <= 120; ++value) {
    CAPTURE(value);
    const std::string ascii = std::to_string(value);
    CHECK(write_numeral(value, NumeralStyle::ascii_digits) == ascii);
    const std::string full_width = write_numeral(value, NumeralStyle::full_width_digits);
    std::size_t at = 0;
    for (const char digit : ascii) {
      CHECK(planlint::decode_utf8_at(full_width, at) == U'０' + static_cast<char32_t>(digit - '0'));
    }
    CHECK(at == full_width.size());
  }
  CHECK(write_numeral(10, NumeralStyle::full_width_digits) == "１０");
  CHECK(write_numeral(10, NumeralStyle::chinese_digits) == "一〇");
  CHECK(write_numeral(2024, NumeralStyle::chinese_digits) == "二〇二四");
}

TEST_CASE("Circled numbers ① to ㊿, digits beyond", "[text][numeral]") {
  for (std::int64_t value = 1; value <= 50; ++value) {
    const std::string circled = write_numeral(value, NumeralStyle::circled);
    std::size_t at = 0;
    CHECK(planlint::circled_number_value(planlint::decode_utf8_at(circled, at)) == value);
    CHECK(at == circled.size());
  }
  CHECK(write_numeral(20, NumeralStyle::circled) == "⑳");
  CHECK(write_numeral(21, NumeralStyle::circled) == "㉑");
  CHECK(write_numeral(50, NumeralStyle::circled) == "㊿");
  CHECK(write_numeral(0, NumeralStyle::circled) == "0");
  CHECK(write_numeral(51, NumeralStyle::circled) == "51");
  for (std::int64_t value = 51; value <= 120; ++value) {
    CHECK(write_numeral(value, NumeralStyle::circled) == std::to_string(value));
  }
}
