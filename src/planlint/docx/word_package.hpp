#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <pugixml.hpp>

#include "planlint/core/message.hpp"
#include "planlint/docx/zip_reader.hpp"

namespace planlint::docx {

// Most bytes any one part may inflate to: far above the text of the longest plan (a 200-page
// document.xml is a few MB), far below what a decompression bomb would take.
constexpr std::uint64_t kMaxPartSize = 64ull << 20;

// A Word document opened for reading: the ZIP container and the parsed parts planlint needs
// (the main document, its styles and numbering, which may be absent).
class WordPackage {
 public:
  // `bytes` is the whole .docx; the package keeps it (the ZIP reader reads from it).
  static std::variant<std::unique_ptr<WordPackage>, Message> open(std::string bytes);

  const ZipReader& zip() const { return *zip_; }
  const std::string& document_part() const { return document_part_; }  // word/document.xml
  const std::string& part_folder() const { return part_folder_; }      // word/
  pugi::xml_document& document() { return document_; }
  const pugi::xml_document& styles() const { return styles_; }
  const pugi::xml_document& numbering() const { return numbering_; }
  pugi::xml_node body() const;
  // The part the main document's relationship of `type` ("/comments") points to; empty if none.
  std::string related_part(std::string_view type) const;
  // Every part of that type (a document has up to three headers and three footers).
  std::vector<std::string> related_parts(std::string_view type) const;
  // The main document's relationships part: word/_rels/document.xml.rels.
  std::string relationships_part() const;

 private:
  WordPackage() = default;
  std::string bytes_;
  std::unique_ptr<ZipReader> zip_;
  std::string document_part_;
  std::string part_folder_;
  pugi::xml_document document_;
  pugi::xml_document document_rels_;
  pugi::xml_document styles_;
  pugi::xml_document numbering_;
};

}  // namespace planlint::docx
