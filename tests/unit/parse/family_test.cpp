#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "planlint/parse/family.hpp"
#include "planlint/parse/hierarchy.hpp"

using planlint::Family;
using planlint::standard_marker;

TEST_CASE("family table: names read back to their family, in the table's order",
          "[parse][family]") {
  for (const planlint::FamilyTraits& traits : planlint::kFamilyTraits) {
    CAPTURE(traits.name);
    CHECK(planlint::family_name(traits.family) == traits.name);
    CHECK(planlint::family_from_name(traits.name) == traits.family);
  }
  CHECK_FALSE(planlint::family_from_name("roman"));
  CHECK(planlint::family_names() ==
        "part, chapter, section, article, cn, cn-paren, arabic, arabic-paren, "
        "arabic-half-paren, circled");
  CHECK(planlint::default_hierarchy().size() == planlint::kFamilyCount);
  CHECK(planlint::default_hierarchy().front() == Family::part);
  CHECK(planlint::default_hierarchy().back() == Family::circled);
}

TEST_CASE("family table: every family's standard marker", "[parse][family]") {
  CHECK(standard_marker(Family::part, 2) == "第二部分");
  CHECK(standard_marker(Family::chapter, 3) == "第三章");
  CHECK(standard_marker(Family::section, 10) == "第十节");
  CHECK(standard_marker(Family::article, 120) == "第一百二十条");
  CHECK(standard_marker(Family::cn, 12) == "十二、");
  CHECK(standard_marker(Family::cn_paren, 12) == "（十二）");
  CHECK(standard_marker(Family::arabic, 12) == "12.");
  CHECK(standard_marker(Family::arabic_paren, 12) == "（12）");
  CHECK(standard_marker(Family::arabic_half_paren, 12) == "12）");
  CHECK(standard_marker(Family::circled, 12) == "⑫");
  CHECK(standard_marker(Family::circled, 51) == "51");
  for (std::int64_t value = 1; value <= 120; ++value) {
    CAPTURE(value);
    const std::string digits = std::to_string(value);
    CHECK(standard_marker(Family::arabic, value) == digits + ".");
    CHECK(standard_marker(Family::arabic_paren, value) == "（" + digits + "）");
    const std::string chinese = planlint::write_numeral(value, planlint::NumeralStyle::chinese);
    CHECK(standard_marker(Family::cn, value) == chinese + "、");
    CHECK(standard_marker(Family::chapter, value) == "第" + chinese + "章");
  }
}

TEST_CASE("family table: a marker written in another form", "[parse][family]") {
  CHECK(planlint::write_marker(Family::cn_paren, "三", "", {"()", "、"}) == "(三)、");
  CHECK(planlint::write_marker(Family::chapter, "３", "節", {"", "、"}) == "第３節、");
  CHECK(planlint::write_marker(Family::arabic, "3", "", {"", "、"}) == "3、");
  CHECK(planlint::is_bracketed(Family::arabic_paren));
  CHECK_FALSE(planlint::is_bracketed(Family::circled));
}
