#pragma once
// Builds small .docx files in memory for the tests: the parts given, plus the package parts
// every Word document has.
#include <string>

#include "planlint/docx/zip_writer.hpp"

namespace planlint::test {

constexpr const char* kWordNamespace =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

inline std::string word_document(const std::string& body) {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8"?><w:document )") + kWordNamespace +
         "><w:body>" + body + "</w:body></w:document>";
}

inline std::string make_docx(const std::string& document_xml, const std::string& numbering_xml = "",
                             const std::string& comments_xml = "") {
  docx::ZipWriter zip;
  zip.add(
      "[Content_Types].xml",
      R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)");
  zip.add(
      "_rels/.rels",
      R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)");
  zip.add("word/document.xml", document_xml);
  std::string relationships;
  if (!numbering_xml.empty()) {
    relationships +=
        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>)";
    zip.add("word/numbering.xml", numbering_xml);
  }
  if (!comments_xml.empty()) {
    relationships +=
        R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>)";
    zip.add("word/comments.xml", comments_xml);
  }
  if (!relationships.empty()) {
    zip.add(
        "word/_rels/document.xml.rels",
        R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
            relationships + "</Relationships>");
  }
  return std::get<std::string>(zip.finish());
}

}  // namespace planlint::test
