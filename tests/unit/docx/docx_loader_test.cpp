#include <catch2/catch.hpp>

#include "docx/docx_builder.hpp"
#include "planlint/docx/docx_loader.hpp"
#include "planlint/parse/outline.hpp"

using namespace planlint;

namespace {

std::string problem_of(std::string bytes) {
  DocumentResult loaded = docx::load_docx("plan.docx", std::move(bytes));
  const auto* error = std::get_if<InputError>(&loaded);
  return error != nullptr ? error->problem.en : "(read)";
}

const char* const kNumbering =
    R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";

std::string numbered(const std::string& text) {
  return R"(<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>)" +
         text + "</w:t></w:r></w:p>";
}

}  // namespace

TEST_CASE("A .docx reads as one line per paragraph, automatic numbers drawn", "[docx]") {
  const std::string bytes = test::make_docx(
      test::word_document("<w:p><w:r><w:t>标题</w:t></w:r></w:p>" + numbered("总体要求") +
                          "<w:p><w:r><w:t>甲</w:t><w:br/><w:t>乙xx</w:t></w:r></w:p>" +
                          numbered("保障措施")),
      kNumbering);
  DocumentResult loaded = docx::load_docx("plan.docx", bytes);
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  const Document& document = *std::get<std::unique_ptr<Document>>(loaded);
  CHECK(document.text() == "标题\n一、\t总体要求\n甲\n乙xx\n二、\t保障措施\n");
  CHECK(document.decoded().encoding() == "docx");

  // 乙 is on the paragraph's second line: paragraph 3, character 3 (甲 and the break first).
  const std::size_t yi = document.text().find("乙");
  const Position position = document.position_of(yi);
  CHECK(position.paragraph == 3);
  CHECK(position.line == 4);
  CHECK(position.column == 3);
  CHECK(position.offset == yi);

  CHECK(document.is_generated(document.text().find("一、")));
  CHECK(document.is_generated(document.text().find("\t总体")));
  CHECK_FALSE(document.is_generated(document.text().find("总体")));

  const Outline outline = build_outline(document);
  REQUIRE(outline.headings.size() == 2);
  CHECK(outline.headings[0].automatic);
  CHECK(outline.headings[0].position.paragraph == 2);
  CHECK(outline.headings[1].marker == "二、");
}

TEST_CASE("Office files planlint cannot read say what to do", "[docx]") {
  std::string compound("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  compound.resize(1024, '\0');
  CHECK_THAT(problem_of(compound), Catch::Contains("save it as .docx"));

  std::string encrypted = compound;
  const std::u16string name = u"EncryptedPackage";
  encrypted.replace(512, name.size() * 2, reinterpret_cast<const char*>(name.data()),
                    name.size() * 2);
  CHECK_THAT(problem_of(encrypted), Catch::Contains("password-protected"));

  docx::ZipWriter other;
  other.add("xl/workbook.xml", "<workbook/>");
  CHECK_THAT(problem_of(std::get<std::string>(other.finish())),
             Catch::Contains("not a Word document"));

  CHECK_THAT(problem_of(test::make_docx("<w:document><w:body>")),
             Catch::StartsWith("word/document.xml: malformed XML at byte"));
  CHECK_THAT(problem_of(test::make_docx("<w:document xmlns:w=\"w\"/>")),
             Catch::Contains("has no w:document/w:body"));
  CHECK_THAT(problem_of(std::string("PK\x03\x04truncated", 13)),
             Catch::Contains("not a readable ZIP archive"));
}

TEST_CASE("A part that inflates beyond the cap is refused: a decompression bomb", "[docx]") {
  // 65 MB of one repeated paragraph deflates to a few hundred KB.
  std::string body;
  const std::string paragraph = "<w:p><w:r><w:t>重复</w:t></w:r></w:p>";
  body.reserve(65u << 20);
  while (body.size() < (65u << 20)) body += paragraph;
  CHECK_THAT(problem_of(test::make_docx(test::word_document(body))),
             Catch::Contains("inflates to more than 64 MB"));
}
