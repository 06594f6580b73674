#pragma once
#include <string>

#include <pugixml.hpp>

namespace planlint::docx {

// word/comments.xml: the comments a document already has, or a new part, and what registers
// a new part in the package (its relationship and content type).
class CommentsPart {
 public:
  // `existing` is the part's XML, empty when the document has no comments part.
  static CommentsPart from(const std::string& existing);

  // The first comment id free in both the comments part and document.xml (whose annotations
  // share one id space).
  long first_free_id(const pugi::xml_document& document) const;
  void add(long id, const std::string& text);
  std::string xml() const;

 private:
  pugi::xml_document part_;
};

// Adds the relationship to comments.xml to document.xml.rels (given as XML, possibly empty)
// and returns the new XML.
std::string with_comments_relationship(const std::string& rels_xml, const std::string& target);
// Adds the comments part's content type to [Content_Types].xml.
std::string with_comments_content_type(const std::string& types_xml, const std::string& part_name);

// Serializes a part as Word writes it: an XML declaration, no indentation.
std::string serialize_part(const pugi::xml_document& part);

}  // namespace planlint::docx
