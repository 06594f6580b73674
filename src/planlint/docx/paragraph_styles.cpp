#include "planlint/docx/paragraph_styles.hpp"

#include <pugixml.hpp>

#include "planlint/docx/wordml.hpp"

namespace planlint::docx {

NumberingReference read_numbering_reference(const pugi::xml_node& num_pr) {
  NumberingReference reference;
  if (!num_pr) return reference;
  if (const auto num_id = num_pr.child("w:numId")) reference.num_id = val(num_id);
  if (const auto ilvl = num_pr.child("w:ilvl"))
    reference.ilvl = static_cast<int>(val_long(ilvl, 0));
  return reference;
}

NumberingReference resolve_numbering(const NumberingReference& direct,
                                     const NumberingReference& from_style) {
  return NumberingReference{direct.num_id ? direct.num_id : from_style.num_id,
                            direct.ilvl ? direct.ilvl : from_style.ilvl};
}

ParagraphStyles ParagraphStyles::read(const pugi::xml_node& styles) {
  ParagraphStyles result;
  for (const auto& style : styles.children("w:style")) {
    const std::string type = attribute(style, "w:type");
    const std::string id = attribute(style, "w:styleId");
    if (type == "numbering") {
      const NumberingReference list =
          read_numbering_reference(style.child("w:pPr").child("w:numPr"));
      if (list.num_id) result.list_styles_[id] = *list.num_id;
    }
    if (type != "paragraph") continue;
    Style& target = result.styles_[id];
    target.based_on = val(style, "w:basedOn");
    target.numbering = read_numbering_reference(style.child("w:pPr").child("w:numPr"));
    const std::string is_default = style.attribute("w:default").value();
    if (is_default == "1" || is_default == "true" || is_default == "on") result.default_style_ = id;
  }
  return result;
}

std::string ParagraphStyles::style_of(const std::string& named_style) const {
  return named_style.empty() ? default_style_ : named_style;
}

NumberingReference ParagraphStyles::numbering(const std::string& style_id) const {
  NumberingReference found;
  std::string current = style_id;
  // A chain longer than the number of styles has a cycle; stop there.
  for (std::size_t steps = 0; !current.empty() && steps <= styles_.size(); ++steps) {
    const auto style = styles_.find(current);
    if (style == styles_.end()) break;
    found = resolve_numbering(found, style->second.numbering);
    current = style->second.based_on;
  }
  return found;
}

}  // namespace planlint::docx
