#include <catch2/catch.hpp>

#include "planlint/docx/numeral_format.hpp"

using planlint::docx::format_numeral;

TEST_CASE("Chinese counting formats write tens and hundreds as a reader says them", "[docx]") {
  for (const char* format : {"chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
                             "taiwaneseCountingThousand"}) {
    CAPTURE(format);
    CHECK(format_numeral(1, format) == "一");
    CHECK(format_numeral(10, format) == "十");
    CHECK(format_numeral(11, format) == "十一");
    CHECK(format_numeral(20, format) == "二十");
    CHECK(format_numeral(99, format) == "九十九");
    CHECK(format_numeral(101, format) == "一百零一");
    CHECK(format_numeral(110, format) == "一百一十");
    CHECK(format_numeral(1010, format) == "一千零一十");
    CHECK(format_numeral(1100, format) == "一千一百");
  }
  CHECK(format_numeral(10010, "chineseCounting") == "一万零一十");
  CHECK(format_numeral(10, "chineseLegalSimplified") == "壹拾");
  CHECK(format_numeral(25, "chineseLegalSimplified") == "贰拾伍");
}

TEST_CASE("Digit formats", "[docx]") {
  CHECK(format_numeral(7, "decimal") == "7");
  CHECK(format_numeral(10, "decimalFullWidth") == "１０");
  CHECK(format_numeral(9, "decimalZero") == "09");
  CHECK(format_numeral(10, "ideographDigital") == "一〇");
  CHECK(format_numeral(3, "someFormatPlanlintDoesNotKnow") == "3");
}

TEST_CASE("Enclosed and stem formats fall back to decimal where they run out", "[docx]") {
  CHECK(format_numeral(1, "decimalEnclosedCircle") == "①");
  CHECK(format_numeral(20, "decimalEnclosedCircleChinese") == "⑳");
  CHECK(format_numeral(21, "decimalEnclosedCircle") == "㉑");
  CHECK(format_numeral(50, "decimalEnclosedCircle") == "㊿");
  CHECK(format_numeral(51, "decimalEnclosedCircle") == "51");
  CHECK(format_numeral(1, "ideographTraditional") == "甲");
  CHECK(format_numeral(10, "ideographTraditional") == "癸");
  CHECK(format_numeral(11, "ideographTraditional") == "11");
}

TEST_CASE("Letters repeat after Z, Roman numerals", "[docx]") {
  CHECK(format_numeral(1, "upperLetter") == "A");
  CHECK(format_numeral(26, "upperLetter") == "Z");
  CHECK(format_numeral(27, "upperLetter") == "AA");
  CHECK(format_numeral(53, "lowerLetter") == "aaa");
  CHECK(format_numeral(4, "upperRoman") == "IV");
  CHECK(format_numeral(1994, "lowerRoman") == "mcmxciv");
}

TEST_CASE("A counter at zero", "[docx]") {
  CHECK(format_numeral(0, "chineseCounting") == "零");
  CHECK(format_numeral(0, "taiwaneseCounting") == "零");
  CHECK(format_numeral(0, "chineseLegalSimplified") == "零");
  CHECK(format_numeral(0, "ideographDigital") == "〇");
  CHECK(format_numeral(0, "decimalEnclosedCircle") == "0");
  CHECK(format_numeral(0, "decimal") == "0");
}
