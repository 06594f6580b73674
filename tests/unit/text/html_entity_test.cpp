#include <catch2/catch.hpp>

#include <optional>
#include <string_view>

#include "planlint/text/html_entity.hpp"

using planlint::html_entity_shape_length;
using planlint::read_html_entity;

namespace {

// The code point of the reference that makes up all of `text`, or nullopt.
std::optional<char32_t> whole_entity(std::string_view text) {
  const auto entity = read_html_entity(text, 0);
  if (!entity || entity->length != text.size()) return std::nullopt;
  return entity->code_point;
}

}  // namespace

TEST_CASE("Spaces web pages write as references are read as those spaces", "[html_entity]") {
  CHECK(whole_entity("&emsp;") == U'\u2003');
  CHECK(whole_entity("&ensp;") == U'\u2002');
  CHECK(whole_entity("&nbsp;") == U'\u00A0');
  CHECK(whole_entity("&thinsp;") == U'\u2009');
  CHECK(whole_entity("&#12288;") == U'\u3000');
  CHECK(whole_entity("&#x3000;") == U'\u3000');
  CHECK(whole_entity("&#X3000;") == U'\u3000');
}

TEST_CASE("The characters HTML escapes, and numbered characters, are read", "[html_entity]") {
  CHECK(whole_entity("&amp;") == U'&');
  CHECK(whole_entity("&lt;") == U'<');
  CHECK(whole_entity("&gt;") == U'>');
  CHECK(whole_entity("&quot;") == U'"');
  CHECK(whole_entity("&AMP;") == U'&');
  CHECK(whole_entity("&mdash;") == U'\u2014');
  CHECK(whole_entity("&#20013;") == U'中');
  CHECK(whole_entity("&#x4e2d;") == U'中');
  CHECK(whole_entity("&#9;") == U'\t');
}

TEST_CASE("Only well-formed references are read; a bare & is text", "[html_entity]") {
  const auto at_start = [](std::string_view text) { return read_html_entity(text, 0); };
  CHECK_FALSE(at_start("&"));
  CHECK_FALSE(at_start("& 研发"));
  CHECK_FALSE(at_start("&nbsp"));      // no ;
  CHECK_FALSE(at_start("&nbsp 1、"));  // no ;
  CHECK_FALSE(at_start("&Nbsp;"));     // names are case-sensitive
  CHECK_FALSE(at_start("&hearts;"));   // a name planlint does not know
  CHECK_FALSE(at_start("&#;"));
  CHECK_FALSE(at_start("&#x;"));
  CHECK_FALSE(at_start("&#xZZ;"));
  CHECK_FALSE(at_start("&#12288"));  // no ;
  CHECK_FALSE(at_start("&#10;"));    // a line end: lines of the view stay those of the text
  CHECK_FALSE(at_start("&#13;"));
  CHECK_FALSE(at_start("&#0;"));
  CHECK_FALSE(at_start("&#x85;"));        // a C1 control
  CHECK_FALSE(at_start("&#xD800;"));      // a surrogate
  CHECK_FALSE(at_start("&#x110000;"));    // past U+10FFFF
  CHECK_FALSE(at_start("&#123456789;"));  // too many digits
}

TEST_CASE("A reference is read where it stands in a line", "[html_entity]") {
  const std::string_view line = "R&D&emsp;中心";
  CHECK_FALSE(read_html_entity(line, 1));
  const auto entity = read_html_entity(line, 3);
  REQUIRE(entity);
  CHECK(entity->code_point == U'\u2003');
  CHECK(entity->length == 6);
}

TEST_CASE("The shape of a reference, known or not", "[html_entity]") {
  CHECK(html_entity_shape_length("&hearts;x", 0) == 8);
  CHECK(html_entity_shape_length("&emsp;", 0) == 6);
  CHECK(html_entity_shape_length("&#0;", 0) == 4);
  CHECK(html_entity_shape_length("&#x1F600;", 0) == 9);
  CHECK(html_entity_shape_length("&hearts", 0) == 0);
  CHECK(html_entity_shape_length("& x;", 0) == 0);
  CHECK(html_entity_shape_length("&#;", 0) == 0);
}
