#include <catch2/catch.hpp>

#include "docx/docx_builder.hpp"
#include "planlint/docx/comment_anchor.hpp"
#include "planlint/docx/comments_part.hpp"
#include "planlint/docx/word_package.hpp"

using namespace planlint::docx;

namespace {

const char* const kNumbering =
    R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";

std::unique_ptr<WordPackage> open_package(const std::string& body) {
  auto opened =
      WordPackage::open(planlint::test::make_docx(planlint::test::word_document(body), kNumbering));
  REQUIRE(std::holds_alternative<std::unique_ptr<WordPackage>>(opened));
  return std::move(std::get<std::unique_ptr<WordPackage>>(opened));
}

std::string body_xml(WordPackage& package) {
  const std::string xml = serialize_part(package.document());
  const auto begin = xml.find("<w:body>");
  return xml.substr(begin + 8, xml.find("</w:body>") - begin - 8);
}

}  // namespace

TEST_CASE("Comments split runs where their spans start and end, keeping run properties", "[docx]") {
  auto package = open_package(R"(<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>新建xx所</w:t></w:r></w:p>)");
  ReaderText reader = read_text(*package);
  REQUIRE(reader.text == "新建xx所\n");
  CommentAnchor anchor(reader);
  anchor.anchor(6, 8, 7);  // "xx"
  anchor.anchor(3, 7, 8);  // "建x": overlapping, its start in a part split off before
  CHECK(body_xml(*package) ==
        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">新</w:t></w:r>"
        "<w:commentRangeStart w:id=\"8\"/>"
        "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">建</w:t></w:r>"
        "<w:commentRangeStart w:id=\"7\"/>"
        "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">x</w:t></w:r>"
        "<w:commentRangeEnd w:id=\"8\"/><w:r><w:commentReference w:id=\"8\"/></w:r>"
        "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">x</w:t></w:r>"
        "<w:commentRangeEnd w:id=\"7\"/><w:r><w:commentReference w:id=\"7\"/></w:r>"
        "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">所</w:t></w:r></w:p>");
}

TEST_CASE("A span within an automatic number anchors on its paragraph's text", "[docx]") {
  auto package = open_package(
      R"(<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>总体要求</w:t></w:r></w:p><w:p/>)");
  ReaderText reader = read_text(*package);
  REQUIRE(reader.text == "一、总体要求\n\n");
  CommentAnchor anchor(reader);
  anchor.anchor(0, 6, 1);                                            // "一、", drawn by Word
  anchor.anchor(reader.text.size() - 1, reader.text.size() - 1, 2);  // the empty paragraph
  CHECK(body_xml(*package) ==
        "<w:p><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
        "<w:commentRangeStart w:id=\"1\"/><w:r><w:t>总体要求</w:t></w:r>"
        "<w:commentRangeEnd w:id=\"1\"/><w:r><w:commentReference w:id=\"1\"/></w:r></w:p>"
        "<w:p><w:commentRangeStart w:id=\"2\"/><w:commentRangeEnd w:id=\"2\"/>"
        "<w:r><w:commentReference w:id=\"2\"/></w:r></w:p>");
}

TEST_CASE("New comment ids follow every annotation id in use", "[docx]") {
  CommentsPart part = CommentsPart::from(
      R"(<w:comments xmlns:w="w"><w:comment w:id="3" w:author="审稿人"/></w:comments>)");
  pugi::xml_document document;
  REQUIRE(document.load_string(R"(<w:document xmlns:w="w"><w:ins w:id="9"/></w:document>)"));
  CHECK(part.first_free_id(document) == 10);
  part.add(10, "序号应为“3.” [numbering]");
  const std::string xml = part.xml();
  CHECK_THAT(xml, Catch::Contains(R"(<w:comment w:id="3" w:author="审稿人"/>)"));
  CHECK_THAT(
      xml, Catch::Contains(R"(<w:comment w:id="10" w:author="planlint" w:initials="PL"><w:p><w:r>)"
                           R"(<w:t xml:space="preserve">序号应为“3.” [numbering]</w:t>)"));
  CHECK_THAT(with_comments_content_type("<Types/>", "/word/comments.xml"),
             Catch::Contains(R"(<Override PartName="/word/comments.xml")"));
}
