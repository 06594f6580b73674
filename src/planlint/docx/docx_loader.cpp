#include "planlint/docx/docx_loader.hpp"

#include "planlint/docx/reader_text.hpp"
#include "planlint/docx/suppression_comments.hpp"
#include "planlint/docx/word_package.hpp"

namespace planlint::docx {
namespace {

constexpr std::string_view kZipMagic("PK\x03\x04", 4);
constexpr std::string_view kEmptyZipMagic("PK\x05\x06", 4);
constexpr std::string_view kCompoundMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

// An encrypted Office document is a compound file holding a stream named EncryptedPackage
// (its directory stores names in UTF-16LE).
bool is_encrypted_package(std::string_view bytes) {
  static const std::string kName = [] {
    std::string name;
    for (const char letter : std::string_view("EncryptedPackage")) {
      name += letter;
      name += '\0';
    }
    return name;
  }();
  return bytes.find(kName) != std::string_view::npos;
}

}  // namespace

OfficeContainer sniff_office_container(std::string_view bytes) {
  if (bytes.starts_with(kZipMagic) || bytes.starts_with(kEmptyZipMagic)) {
    return OfficeContainer::zip;
  }
  if (bytes.starts_with(kCompoundMagic)) return OfficeContainer::compound;
  return OfficeContainer::none;
}

DocumentResult load_docx(std::string path, std::string bytes, bool with_notes) {
  if (sniff_office_container(bytes) == OfficeContainer::compound) {
    if (is_encrypted_package(bytes)) {
      return InputError{std::move(path),
                        std::nullopt,
                        {"受密码保护的 Word 文档：请先取消密码（Word：文件 > 信息 > 保护文档），"
                         "再另存为 .docx",
                         "password-protected Word document: remove the password (Word: File > "
                         "Info > Protect Document) and save again as .docx"}};
    }
    return InputError{std::move(path),
                      std::nullopt,
                      {"Word 97-2003（.doc）或 WPS（.wps）二进制文档，planlint 无法读取：请另存为 "
                       ".docx",
                       "binary Word 97-2003 (.doc) or WPS (.wps) document, which planlint cannot "
                       "read: save it as .docx"}};
  }
  auto opened = WordPackage::open(std::move(bytes));
  if (auto* problem = std::get_if<Message>(&opened)) {
    return InputError{std::move(path), std::nullopt, std::move(*problem)};
  }
  WordPackage& package = *std::get<std::unique_ptr<WordPackage>>(opened);
  ReaderText reader = read_text(package);
  auto suppressions = read_suppressions(package, reader);
  if (auto* problem = std::get_if<Message>(&suppressions)) {
    return InputError{std::move(path), std::nullopt, std::move(*problem)};
  }
  if (with_notes) {
    if (auto problem = append_notes(package, reader)) {
      return InputError{std::move(path), std::nullopt, std::move(*problem)};
    }
  }
  auto document = std::make_unique<Document>(std::move(path), extracted_text(reader.text, "docx"),
                                             reader.lines);
  document->set_suppressions(std::move(std::get<std::vector<Suppression>>(suppressions)));
  return document;
}

}  // namespace planlint::docx
