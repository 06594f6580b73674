#include "planlint/docx/comment_anchor.hpp"

#include <algorithm>
#include <cstring>

namespace planlint::docx {
namespace {

bool is_run_properties(const pugi::xml_node& node) {
  return std::strcmp(node.name(), "w:rPr") == 0;
}

// A run like `run`, with a copy of its properties, inserted just before it.
pugi::xml_node new_run_before(const pugi::xml_node& run) {
  pugi::xml_node created = run.parent().insert_child_before("w:r", run);
  if (const pugi::xml_node properties = run.child("w:rPr")) created.append_copy(properties);
  return created;
}

void set_preserved_text(pugi::xml_node text_node, const std::string& text) {
  text_node.text().set(text.c_str());
  if (!text_node.attribute("xml:space")) text_node.append_attribute("xml:space") = "preserve";
}

}  // namespace

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

// Moves the children of `node`'s run that come before it into a new run before that run, so
// that the run starts with `node`. Returns the run.
pugi::xml_node CommentAnchor::split_before(const pugi::xml_node& node) {
  const pugi::xml_node run = node.parent();
  pugi::xml_node first = run.first_child();
  while (first && is_run_properties(first)) first = first.next_sibling();
  if (first == node) return run;
  pugi::xml_node earlier = new_run_before(run);
  for (pugi::xml_node child = first; child && child != node;) {
    const pugi::xml_node next = child.next_sibling();
    earlier.append_move(child);
    child = next;
  }
  return run;
}

// Cuts the w:t of piece `piece` at byte `at` of its text: the first part moves into a new run
// before, the rest stays. Returns the run now starting with the rest.
pugi::xml_node CommentAnchor::split_text(std::size_t paragraph, std::size_t piece, std::size_t at) {
  auto& pieces = reader_.paragraphs[paragraph].pieces;
  TextPiece rest = pieces[piece];
  const pugi::xml_node run = split_before(rest.node);
  const std::string text = rest.node.text().get();
  pugi::xml_node earlier = new_run_before(run);
  pugi::xml_node first_part = earlier.append_child("w:t");
  set_preserved_text(first_part, text.substr(0, at));
  set_preserved_text(rest.node, text.substr(at));
  pieces[piece].begin += at;
  pieces.insert(pieces.begin() + static_cast<std::ptrdiff_t>(piece),
                TextPiece{rest.begin, rest.begin + at, first_part});
  return run;
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
    run = split_before(piece->node);
  } else {
    run = split_text(place.paragraph, index, place.offset - piece->begin);
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
