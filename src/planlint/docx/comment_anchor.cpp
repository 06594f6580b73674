#include "planlint/docx/comment_anchor.hpp"

#include <algorithm>

#include "planlint/docx/run_split.hpp"

namespace planlint::docx {

CommentAnchor::Place CommentAnchor::place_of(std::size_t reader_offset) const {
  const auto& placements = reader_.placements;
  const auto after = std::upper_bound(placements.begin(), placements.end(), reader_offset,
                                      [](std::size_t offset, const ParagraphPlacement& placement) {
                                        return offset < placement.begin;
                                      });
  const std::size_t index =
      after == placements.begin() ? 0 : static_cast<std::size_t>(after - placements.begin()) - 1;
  const ParagraphPlacement& placement = placements[index];
  const std::size_t text_begin = placement.begin + placement.generated;
  const std::size_t text_size = reader_.paragraphs[index].text.size();
  const std::size_t offset = reader_offset <= text_begin ? 0 : reader_offset - text_begin;
  return Place{index, std::min(offset, text_size)};
}

CommentAnchor::InsertionPoint CommentAnchor::point_at(const Place& place) {
  BodyParagraph& paragraph = reader_.paragraphs[place.paragraph];
  auto& pieces = paragraph.pieces;
  const auto piece = std::find_if(pieces.begin(), pieces.end(),
                                  [&](const TextPiece& each) { return each.end > place.offset; });
  if (piece == pieces.end()) {
    if (pieces.empty()) return InsertionPoint{paragraph.node, pugi::xml_node()};
    const pugi::xml_node last_run = pieces.back().node.parent();
    return InsertionPoint{last_run.parent(), last_run.next_sibling()};
  }
  const std::size_t index = static_cast<std::size_t>(piece - pieces.begin());
  pugi::xml_node run;
  if (place.offset <= piece->begin) {
    run = split_run_before(piece->node);
  } else {
    run = split_text(paragraph, index, place.offset - piece->begin);
  }
  return InsertionPoint{run.parent(), run};
}

pugi::xml_node CommentAnchor::insert(const InsertionPoint& point, const char* name) {
  pugi::xml_node parent = point.parent;
  return point.before ? parent.insert_child_before(name, point.before) : parent.append_child(name);
}

void CommentAnchor::anchor(std::size_t begin, std::size_t end, long id) {
  Place start = place_of(begin);
  Place stop = place_of(std::max(begin, end));
  if (start.paragraph == stop.paragraph && start.offset == stop.offset) {
    // Wholly within an automatic number (or empty): the paragraph's own text carries it.
    start.offset = 0;
    stop.offset = reader_.paragraphs[start.paragraph].text.size();
  }
  const std::string id_text = std::to_string(id);
  // The start first, so that an empty range reads start, end, reference. Splitting a run keeps
  // every piece's offsets, so the end is found after it as before it.
  insert(point_at(start), "w:commentRangeStart").append_attribute("w:id") = id_text.c_str();
  const InsertionPoint end_point = point_at(stop);
  insert(end_point, "w:commentRangeEnd").append_attribute("w:id") = id_text.c_str();
  pugi::xml_node reference_run = insert(end_point, "w:r");
  reference_run.append_child("w:commentReference").append_attribute("w:id") = id_text.c_str();
}

}  // namespace planlint::docx
