#include "planlint/docx/run_split.hpp"

#include <cstring>
#include <string>

namespace planlint::docx {

pugi::xml_node new_run_before(const pugi::xml_node& run) {
  pugi::xml_node created = run.parent().insert_child_before("w:r", run);
  if (const pugi::xml_node properties = run.child("w:rPr")) created.append_copy(properties);
  return created;
}

pugi::xml_node split_run_before(const pugi::xml_node& node) {
  const pugi::xml_node run = node.parent();
  pugi::xml_node first = run.first_child();
  while (first && std::strcmp(first.name(), "w:rPr") == 0) first = first.next_sibling();
  if (first == node) return run;
  pugi::xml_node earlier = new_run_before(run);
  for (pugi::xml_node child = first; child && child != node;) {
    const pugi::xml_node next = child.next_sibling();
    earlier.append_move(child);
    child = next;
  }
  return run;
}

pugi::xml_node split_text(BodyParagraph& paragraph, std::size_t piece, std::size_t at) {
  auto& pieces = paragraph.pieces;
  TextPiece rest = pieces[piece];
  const pugi::xml_node run = split_run_before(rest.node);
  const std::string text = rest.node.text().get();
  pugi::xml_node earlier = new_run_before(run);
  pugi::xml_node first_part = earlier.append_child("w:t");
  set_preserved_text(first_part, text.substr(0, at).c_str());
  set_preserved_text(rest.node, text.substr(at).c_str());
  pieces[piece].begin += at;
  pieces.insert(pieces.begin() + static_cast<std::ptrdiff_t>(piece),
                TextPiece{rest.begin, rest.begin + at, first_part, rest.field_result});
  return run;
}

void set_preserved_text(pugi::xml_node text_node, const char* text) {
  text_node.text().set(text);
  if (!text_node.attribute("xml:space")) text_node.append_attribute("xml:space") = "preserve";
}

}  // namespace planlint::docx
