#include <catch2/catch.hpp>

#include "planlint/docx/xml_part.hpp"

using planlint::docx::parse_xml_part;

TEST_CASE("A DTD is refused and its external entities are never resolved", "[docx]") {
  // pugixml has no DTD processing: even parsed without refusal, &xxe; would stay literal text.
  const std::string xxe = R"(<?xml version="1.0"?>
<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>)";
  pugi::xml_document document;
  const auto problem = parse_xml_part("word/document.xml", xxe, document);
  REQUIRE(problem);
  CHECK_THAT(problem->en, Catch::Contains("word/document.xml declares a DTD"));

  pugi::xml_document lenient;
  REQUIRE(lenient.load_string(xxe.c_str()));
  const std::string text =
      lenient.child("w:document").first_element_by_path("w:body/w:p/w:r/w:t").text().get();
  CHECK(text == "&xxe;");
}

TEST_CASE("Malformed XML names the part and the byte", "[docx]") {
  pugi::xml_document document;
  const auto problem =
      parse_xml_part("word/document.xml", "<w:document><w:body></w:document>", document);
  REQUIRE(problem);
  CHECK_THAT(problem->en, Catch::StartsWith("word/document.xml: malformed XML at byte "));
  CHECK_FALSE(parse_xml_part("word/styles.xml", "<w:styles/>", document));
}

TEST_CASE("A part nested deeper than any Word document is refused", "[docx]") {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<w:sdt>";
  pugi::xml_document document;
  const auto problem = parse_xml_part("word/document.xml", "<w:document>" + deep, document);
  REQUIRE(problem);  // malformed (unclosed) is reported first, without a crash
  std::string closed = deep;
  for (int i = 0; i < 100000; ++i) closed += "</w:sdt>";
  const auto deep_problem =
      parse_xml_part("word/document.xml", "<w:document>" + closed + "</w:document>", document);
  REQUIRE(deep_problem);
  CHECK_THAT(deep_problem->en, Catch::Contains("more than 200 levels deep"));
}
