#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include "planlint/docx/paragraph_styles.hpp"

using namespace planlint::docx;

TEST_CASE("A style numbers its paragraphs through w:basedOn", "[docx]") {
  pugi::xml_document document;
  REQUIRE(document.load_string(R"(<w:styles xmlns:w="w">
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>
    <w:style w:type="paragraph" w:styleId="H1"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="H2"><w:basedOn w:val="H1"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Item"><w:basedOn w:val="H2"/></w:style>
    <w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style>
  </w:styles>)"));
  const ParagraphStyles styles = ParagraphStyles::read(document.child("w:styles"));
  CHECK(styles.style_of("") == "Normal");
  CHECK_FALSE(styles.numbering("Normal").num_id);
  const NumberingReference item = styles.numbering("Item");
  CHECK(item.num_id == "5");
  CHECK(item.ilvl == 1);
  CHECK_FALSE(styles.numbering("Loop").num_id);  // a cycle ends the chain

  const NumberingReference direct{std::string("0"), std::nullopt};
  const NumberingReference resolved = resolve_numbering(direct, item);
  CHECK(resolved.num_id == "0");  // the paragraph's numId 0 takes the style's numbering away
  CHECK(resolved.ilvl == 1);
}
