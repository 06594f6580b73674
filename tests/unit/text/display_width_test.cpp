#include <catch2/catch.hpp>

#include "planlint/text/display_width.hpp"

using planlint::display_width;

TEST_CASE("Wide and fullwidth characters take two columns", "[display_width]") {
  CHECK(display_width(std::string_view("教育")) == 4);
  CHECK(display_width(std::string_view("Ａ")) == 2);    // U+FF21 FULLWIDTH LATIN CAPITAL A
  CHECK(display_width(std::string_view("一、")) == 4);  // ideographic comma is wide too
  CHECK(display_width(std::string_view("𠀀")) == 2);    // U+20000, outside the BMP
  CHECK(display_width(U'（') == 2);
}

TEST_CASE("ASCII and narrow characters take one column", "[display_width]") {
  CHECK(display_width(std::string_view("ab")) == 2);
  CHECK(display_width(std::string_view("")) == 0);
  CHECK(display_width(std::string_view("é")) == 1);
  CHECK(display_width(U'ｱ') == 1);  // halfwidth katakana
}

TEST_CASE("Combining marks and zero-width characters take no column", "[display_width]") {
  CHECK(display_width(std::string_view("a\u0301")) == 1);
  CHECK(display_width(U'\u200B') == 0);
  CHECK(display_width(U'\u20DD') == 0);  // enclosing circle (Me)
  CHECK(display_width(U'\uFEFF') == 0);  // format character (Cf)
  CHECK(display_width(std::string_view("教\u200B育")) == 4);
}

TEST_CASE("Invalid bytes take one column each", "[display_width]") {
  CHECK(display_width(std::string_view("a\xFF\xFE"
                                       "b")) == 4);
  CHECK(display_width(std::string_view("\xE6\x95")) == 2);  // a truncated 教
}
