#include "planlint/docx/comments_part.hpp"

#include <charconv>
#include <sstream>

namespace planlint::docx {
namespace {

constexpr const char* kWordNamespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kCommentsType =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
constexpr const char* kCommentsContentType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

long largest_id(const pugi::xml_node& root) {
  long largest = -1;
  for (const pugi::xpath_node& found : root.select_nodes("//@w:id")) {
    const std::string_view text = found.attribute().value();
    long value = 0;
    if (std::from_chars(text.data(), text.data() + text.size(), value).ec == std::errc{}) {
      largest = std::max(largest, value);
    }
  }
  return largest;
}

void load(pugi::xml_document& document, const std::string& xml) {
  document.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
}

}  // namespace

CommentsPart CommentsPart::from(const std::string& existing) {
  CommentsPart part;
  if (!existing.empty()) load(part.part_, existing);
  if (!part.part_.child("w:comments")) {
    part.part_.reset();
    part.part_.append_child("w:comments").append_attribute("xmlns:w") = kWordNamespace;
  }
  return part;
}

long CommentsPart::first_free_id(const pugi::xml_document& document) const {
  return std::max(largest_id(part_), largest_id(document)) + 1;
}

void CommentsPart::add(long id, const std::string& text) {
  pugi::xml_node comment = part_.child("w:comments").append_child("w:comment");
  comment.append_attribute("w:id") = id;
  comment.append_attribute("w:author") = "planlint";
  comment.append_attribute("w:initials") = "PL";
  pugi::xml_node run = comment.append_child("w:p").append_child("w:r");
  pugi::xml_node text_node = run.append_child("w:t");
  text_node.append_attribute("xml:space") = "preserve";
  text_node.text().set(text.c_str());
}

std::string CommentsPart::xml() const {
  return serialize_part(part_);
}

std::string with_comments_relationship(const std::string& rels_xml, const std::string& target) {
  pugi::xml_document rels;
  load(rels, rels_xml);
  pugi::xml_node root = rels.child("Relationships");
  if (!root) {
    root = rels.append_child("Relationships");
    root.append_attribute("xmlns") = "http://schemas.openxmlformats.org/package/2006/relationships";
  }
  std::string id = "rIdPlanlintComments";
  while (root.find_child_by_attribute("Relationship", "Id", id.c_str())) id += "1";
  pugi::xml_node relationship = root.append_child("Relationship");
  relationship.append_attribute("Id") = id.c_str();
  relationship.append_attribute("Type") = kCommentsType;
  relationship.append_attribute("Target") = target.c_str();
  return serialize_part(rels);
}

std::string with_comments_content_type(const std::string& types_xml, const std::string& part_name) {
  pugi::xml_document types;
  load(types, types_xml);
  pugi::xml_node root = types.child("Types");
  if (!root) {
    root = types.append_child("Types");
    root.append_attribute("xmlns") = "http://schemas.openxmlformats.org/package/2006/content-types";
  }
  if (!root.find_child_by_attribute("Override", "PartName", part_name.c_str())) {
    pugi::xml_node override_node = root.append_child("Override");
    override_node.append_attribute("PartName") = part_name.c_str();
    override_node.append_attribute("ContentType") = kCommentsContentType;
  }
  return serialize_part(types);
}

std::string serialize_part(const pugi::xml_document& part) {
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
  part.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return out.str();
}

}  // namespace planlint::docx
