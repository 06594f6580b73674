#include "planlint/docx/word_package.hpp"

#include <optional>

#include "planlint/docx/xml_part.hpp"

namespace planlint::docx {
namespace {

Message not_word() {
  return {
      "是 ZIP 压缩包，但不是 Word 文档（没有 word/document.xml）；如果是 Excel 或 PowerPoint "
      "文件，请把文字另存为 .docx 或 .txt",
      "a ZIP archive but not a Word document (no word/document.xml); if it is an Excel or "
      "PowerPoint file, save the text as .docx or .txt"};
}

// Parses an optional part into `into`; a part that is absent leaves it empty.
std::optional<Message> load_part(const ZipReader& zip, const std::string& name,
                                 pugi::xml_document& into) {
  if (!zip.has(name)) return std::nullopt;
  auto read = zip.read(name, kMaxPartSize);
  if (auto* problem = std::get_if<Message>(&read)) return std::move(*problem);
  return parse_xml_part(name, std::get<std::string>(read), into);
}

// The targets of the relationships of `type` in a .rels part, resolved against `folder`.
std::vector<std::string> relationship_targets(const pugi::xml_document& rels, std::string_view type,
                                              const std::string& folder) {
  std::vector<std::string> targets;
  for (const auto& relationship : rels.child("Relationships").children("Relationship")) {
    const std::string_view kind = relationship.attribute("Type").value();
    if (kind.size() < type.size() || kind.substr(kind.size() - type.size()) != type) continue;
    const std::string target = relationship.attribute("Target").value();
    targets.push_back(!target.empty() && target.front() == '/' ? target.substr(1)
                                                               : folder + target);
  }
  return targets;
}

std::string relationship_target(const pugi::xml_document& rels, std::string_view type,
                                const std::string& folder) {
  const std::vector<std::string> targets = relationship_targets(rels, type, folder);
  return targets.empty() ? std::string() : targets.front();
}

std::string folder_of(const std::string& part) {
  const auto slash = part.rfind('/');
  return slash == std::string::npos ? std::string() : part.substr(0, slash + 1);
}

std::string rels_of(const std::string& part) {
  const std::string folder = folder_of(part);
  return folder + "_rels/" + part.substr(folder.size()) + ".rels";
}

}  // namespace

std::variant<std::unique_ptr<WordPackage>, Message> WordPackage::open(std::string bytes) {
  std::unique_ptr<WordPackage> package(new WordPackage);
  package->bytes_ = std::move(bytes);
  auto zip = ZipReader::open(package->bytes_);
  if (auto* problem = std::get_if<Message>(&zip)) return std::move(*problem);
  package->zip_ = std::move(std::get<std::unique_ptr<ZipReader>>(zip));
  const ZipReader& archive = *package->zip_;

  pugi::xml_document root_rels;
  if (auto problem = load_part(archive, "_rels/.rels", root_rels)) return *problem;
  package->document_part_ = relationship_target(root_rels, "/officeDocument", "");
  if (package->document_part_.empty()) package->document_part_ = "word/document.xml";
  if (!archive.has(package->document_part_)) return not_word();
  package->part_folder_ = folder_of(package->document_part_);
  if (auto problem = load_part(archive, package->document_part_, package->document_)) {
    return *problem;
  }
  if (!package->body()) {
    return prefixed(package->document_part_,
                    {" 没有 w:document/w:body：文档已损坏；请用 Word 或 WPS 打开后重新另存为 .docx",
                     " has no w:document/w:body: the document is damaged; "
                     "open it in Word or WPS and save it again as .docx"});
  }
  if (auto problem = load_part(archive, package->relationships_part(), package->document_rels_)) {
    return *problem;
  }
  for (const auto& [type, into] :
       {std::pair{"/styles", &package->styles_}, std::pair{"/numbering", &package->numbering_}}) {
    const std::string part = package->related_part(type);
    if (part.empty()) continue;
    if (auto problem = load_part(archive, part, *into)) return *problem;
  }
  return package;
}

std::string WordPackage::related_part(std::string_view type) const {
  return relationship_target(document_rels_, type, part_folder_);
}

std::vector<std::string> WordPackage::related_parts(std::string_view type) const {
  return relationship_targets(document_rels_, type, part_folder_);
}

std::string WordPackage::relationships_part() const {
  return rels_of(document_part_);
}

pugi::xml_node WordPackage::body() const {
  return document_.child("w:document").child("w:body");
}

}  // namespace planlint::docx
