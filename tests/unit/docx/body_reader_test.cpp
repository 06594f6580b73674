#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include "planlint/docx/body_reader.hpp"

using namespace planlint::docx;

namespace {

std::vector<std::string> texts_of(const char* body_xml) {
  pugi::xml_document document;
  REQUIRE(document.load_string(body_xml, pugi::parse_default | pugi::parse_ws_pcdata_single));
  pugi::xml_document no_styles;
  const ParagraphStyles styles = ParagraphStyles::read(no_styles.child("w:styles"));
  std::vector<std::string> texts;
  for (const BodyParagraph& paragraph : read_body(document.child("w:body"), styles)) {
    texts.push_back(paragraph.text);
  }
  return texts;
}

}  // namespace

TEST_CASE("Tracked changes read as accepted, fields as their results", "[docx]") {
  const auto texts = texts_of(R"(<w:body xmlns:w="w">
    <w:p><w:r><w:t>总体</w:t></w:r><w:ins><w:r><w:t>要求</w:t></w:r></w:ins><w:del><w:r><w:delText>目标</w:delText></w:r></w:del></w:p>
    <w:p><w:moveFrom><w:r><w:t>旧</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>新</w:t></w:r></w:moveTo></w:p>
    <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:t>code</w:t></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr="NUMPAGES"><w:r><w:t>9</w:t></w:r></w:fldSimple></w:p>
  </w:body>)");
  REQUIRE(texts.size() == 3);
  CHECK(texts[0] == "总体要求");
  CHECK(texts[1] == "新");
  CHECK(texts[2] == "39");
}

TEST_CASE("Tabs and breaks, table cells row by row, text boxes after their paragraph", "[docx]") {
  const auto texts = texts_of(R"(<w:body xmlns:w="w" xmlns:mc="mc">
    <w:p><w:r><w:t xml:space="preserve">负责 </w:t><w:tab/><w:t>办公室</w:t><w:br/><w:t>配合</w:t><w:br w:type="page"/></w:r></w:p>
    <w:tbl><w:tr><w:tc><w:p><w:r><w:t>A1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B1</w:t></w:r></w:p></w:tc></w:tr>
           <w:tr><w:tc><w:p><w:r><w:t>A2</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>
    <w:p><w:r><w:t>锚</w:t></w:r><w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>后</w:t></w:r></w:p>
  </w:body>)");
  CHECK(texts ==
        std::vector<std::string>{"负责 \t办公室\n配合", "A1", "B1", "A2", "", "锚后", "框内"});
}

TEST_CASE("Each piece of text remembers the element it came from", "[docx]") {
  pugi::xml_document document;
  REQUIRE(document.load_string(
      R"(<w:body xmlns:w="w"><w:p><w:r><w:t>甲乙</w:t><w:tab/></w:r><w:r><w:t>丙</w:t></w:r></w:p></w:body>)"));
  pugi::xml_document no_styles;
  const auto paragraphs =
      read_body(document.child("w:body"), ParagraphStyles::read(no_styles.child("w:styles")));
  REQUIRE(paragraphs.size() == 1);
  const auto& pieces = paragraphs[0].pieces;
  REQUIRE(pieces.size() == 3);
  CHECK(pieces[0].begin == 0);
  CHECK(pieces[0].end == 6);
  CHECK(std::string(pieces[1].node.name()) == "w:tab");
  CHECK(std::string(pieces[2].node.text().get()) == "丙");
  CHECK(pieces[2].begin == 7);
}
