// Writes the Word-like files planlint must refuse with a clear message (tests/CMakeLists.txt):
// a binary .doc and .wps, a password-protected .docx, a ZIP that is no Word document, a .docx
// without document.xml, one with malformed XML, one with an external entity, and a
// decompression bomb. Built, not committed: the bomb is 65 MB inflated.
//   make_bad_inputs OUTPUT_DIR
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "planlint/docx/zip_writer.hpp"

namespace {

void write(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string compound_file(bool encrypted) {
  std::string bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  bytes.resize(2048, '\0');
  if (encrypted) {
    const std::string name = "EncryptedPackage";
    for (std::size_t i = 0; i < name.size(); ++i) bytes[1024 + 2 * i] = name[i];
  }
  return bytes;
}

std::string package(const std::string& document_xml, bool with_document = true) {
  planlint::docx::ZipWriter zip;
  zip.add("[Content_Types].xml", "<Types/>");
  zip.add(
      "_rels/.rels",
      R"(<Relationships><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)");
  if (with_document) zip.add("word/document.xml", document_xml);
  return std::get<std::string>(zip.finish());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: make_bad_inputs OUTPUT_DIR\n";
    return 2;
  }
  const std::filesystem::path out = argv[1];
  std::filesystem::create_directories(out);
  const std::string ns =
      R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
  write(out / "binary.doc", compound_file(false));
  write(out / "binary.wps", compound_file(false));
  write(out / "password.docx", compound_file(true));
  planlint::docx::ZipWriter workbook;
  workbook.add("xl/workbook.xml", "<workbook/>");
  write(out / "workbook.docx", std::get<std::string>(workbook.finish()));
  write(out / "no-document.docx", package("", false));
  write(out / "malformed.docx", package("<w:document " + ns + "><w:body><w:p></w:body>"));
  write(
      out / "entity.docx",
      package(
          R"(<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document )" +
          ns + "><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"));
  std::string body;
  while (body.size() < (65u << 20)) body += "<w:p><w:r><w:t>重复的段落</w:t></w:r></w:p>";
  write(out / "bomb.docx",
        package("<w:document " + ns + "><w:body>" + body + "</w:body></w:document>"));
  return 0;
}
