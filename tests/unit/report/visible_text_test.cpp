// What a terminal is shown of draft text: every control visible, nothing it would obey.
#include <catch2/catch.hpp>

#include "planlint/report/visible_text.hpp"
#include "planlint/text/display_width.hpp"

using namespace planlint;

TEST_CASE("Controls become one visible character each", "[visible-text]") {
  CHECK(visible_text("a\tb") == "a b");
  CHECK(visible_text("\x01\x1b[31m\x7f\x0b\x0c\r\n") == "␁␛[31m␡␋␌␍␊");
  CHECK(visible_text(std::string_view("\0", 1)) == "␀");
  CHECK(visible_text("\xC2\x9B"
                     "2J") == "\xEF\xBF\xBD"
                              "2J");  // C1 CSI
  CHECK(visible_text("ab\xED\xA0\x80") == "ab\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("Ordinary text is left as it is, one column per control", "[visible-text]") {
  CHECK(visible_text("一、目标 xx，完成") == "一、目标 xx，完成");
  CHECK(display_width(visible_text("\x01\x1b\x7f")) == 3);
}
