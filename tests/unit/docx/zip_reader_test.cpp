#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <variant>

#include "docx/docx_builder.hpp"
#include "planlint/docx/zip_reader.hpp"
#include "planlint/input/load_document.hpp"

using namespace planlint;
using docx::ZipReader;
using docx::ZipWriter;

TEST_CASE("an entry is read, or the reason it cannot be is said, an absent one included",
          "[docx][zip]") {
  ZipWriter writer;
  writer.add("word/document.xml", "<w:document/>");
  const std::string archive = std::get<std::string>(writer.finish());
  auto opened = ZipReader::open(archive);
  const auto* zip = std::get_if<std::unique_ptr<ZipReader>>(&opened);
  REQUIRE(zip);

  const auto present = (*zip)->read("word/document.xml", 1024);
  CHECK(std::get<std::string>(present) == "<w:document/>");
  CHECK((*zip)->has("word/document.xml"));

  CHECK_FALSE((*zip)->has("word/comments.xml"));
  const auto absent = (*zip)->read("word/comments.xml", 1024);
  REQUIRE(std::holds_alternative<Message>(absent));
  CHECK(std::get<Message>(absent).en == "word/comments.xml is missing");

  const auto too_large = (*zip)->read("word/document.xml", 4);
  REQUIRE(std::holds_alternative<Message>(too_large));
}

TEST_CASE("bytes that are no ZIP archive are refused with the reason", "[docx][zip]") {
  auto opened = ZipReader::open("not a zip");
  REQUIRE(std::holds_alternative<Message>(opened));
  CHECK(std::get<Message>(opened).en.starts_with("not a readable ZIP archive"));
}

TEST_CASE("a part a relationship names but the archive lacks is no problem", "[docx][zip]") {
  // The comments relationship points at word/comments.xml, which is not in the file: Word opens
  // such a document, and so does planlint, with no comments.
  ZipWriter writer;
  writer.add(
      "[Content_Types].xml",
      R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)");
  writer.add(
      "_rels/.rels",
      R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)");
  writer.add("word/document.xml",
             test::word_document("<w:p><w:r><w:t>一、总体要求</w:t></w:r></w:p>"));
  writer.add(
      "word/_rels/document.xml.rels",
      R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>)");
  auto loaded = load_document_from_bytes("plan.docx", std::get<std::string>(writer.finish()));
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  CHECK(std::get<std::unique_ptr<Document>>(loaded)->text().starts_with("一、总体要求"));
}
