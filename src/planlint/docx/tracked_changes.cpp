#include "planlint/docx/tracked_changes.hpp"

#include <algorithm>
#include <cstring>
#include <iterator>

#include "planlint/docx/run_split.hpp"

namespace planlint::docx {
namespace {

bool named(const pugi::xml_node& node, const char* name) {
  return std::strcmp(node.name(), name) == 0;
}

// Whether a piece is typed text that a tracked change may replace: a w:t in a run that sits in
// the paragraph (directly or in a hyperlink, a content control, a smart tag), not in someone's
// tracked change or a field's result.
bool is_plain_text(const TextPiece& piece) {
  if (!named(piece.node, "w:t") || piece.field_result) return false;
  for (pugi::xml_node up = piece.node.parent().parent(); up && !named(up, "w:p");
       up = up.parent()) {
    if (!named(up, "w:hyperlink") && !named(up, "w:sdt") && !named(up, "w:sdtContent") &&
        !named(up, "w:smartTag") && !named(up, "w:customXml")) {
      return false;
    }
  }
  return true;
}

// The outermost element standing for a run in its parent: the run, or the w:del holding it.
pugi::xml_node outer(const pugi::xml_node& run) {
  return named(run.parent(), "w:del") ? run.parent() : run;
}

}  // namespace

// The body paragraph holding `offset`, or null past the body.
const ParagraphPlacement* TrackedChanges::placement_at(std::size_t offset) const {
  const auto& placements = reader_.placements;
  const auto body = placements.begin() + static_cast<std::ptrdiff_t>(reader_.paragraphs.size());
  const auto after = std::upper_bound(
      placements.begin(), body, offset,
      [](std::size_t at, const ParagraphPlacement& placement) { return at < placement.begin; });
  if (after == placements.begin()) return nullptr;
  const ParagraphPlacement& placement = *std::prev(after);
  return offset <= placement.end ? &placement : nullptr;
}

std::optional<TrackedChanges::Local> TrackedChanges::local(const TextEdit& edit) const {
  const ParagraphPlacement* found = placement_at(edit.begin);
  if (found == nullptr) return std::nullopt;
  const auto index = static_cast<std::size_t>(found - reader_.placements.data());
  const ParagraphPlacement& placement = *found;
  const std::size_t text_begin = placement.begin + placement.generated;
  if (edit.begin < text_begin || edit.end > placement.end) return std::nullopt;
  return Local{index, edit.begin - text_begin, edit.end - text_begin};
}

std::optional<TrackObstacle> TrackedChanges::obstacle(const TextEdit& edit) const {
  const auto in_number = [&](std::size_t offset) {
    const ParagraphPlacement* placement = placement_at(offset);
    return placement != nullptr && offset >= placement->begin &&
           offset < placement->begin + placement->generated;
  };
  if (in_number(edit.begin) || (edit.end > edit.begin && in_number(edit.end - 1))) {
    return TrackObstacle::drawn_number;
  }
  const auto where = local(edit);
  if (!where) return TrackObstacle::not_typed_text;
  const BodyParagraph& paragraph = reader_.paragraphs[where->paragraph];
  for (const TextPiece& piece : paragraph.pieces) {
    // An insertion takes the formatting of the text before it, so that text must be plain too.
    const bool touched = where->begin == where->end
                             ? piece.begin < where->begin && where->begin <= piece.end
                             : piece.begin < where->end && where->begin < piece.end;
    if (touched && !is_plain_text(piece)) return TrackObstacle::not_typed_text;
  }
  return std::nullopt;
}

// Cuts the piece holding byte `at` strictly inside it, so that a piece starts there.
void TrackedChanges::cut_at(BodyParagraph& paragraph, std::size_t at) {
  auto& pieces = paragraph.pieces;
  for (std::size_t index = 0; index < pieces.size(); ++index) {
    if (pieces[index].begin < at && at < pieces[index].end) {
      split_text(paragraph, index, at - pieces[index].begin);
      return;
    }
  }
}

// Puts `node` in a run of its own (with its run's properties) and returns that run.
pugi::xml_node TrackedChanges::isolate(const pugi::xml_node& node) {
  split_run_before(node);
  if (const pugi::xml_node next = node.next_sibling()) split_run_before(next);
  return node.parent();
}

// Makes `change` (a new w:ins or w:del) the author's, at the date.
pugi::xml_node TrackedChanges::stamp(pugi::xml_node change) {
  change.append_attribute("w:id") = std::to_string(next_id_++).c_str();
  change.append_attribute("w:author") = author_.c_str();
  change.append_attribute("w:date") = date_.c_str();
  return change;
}

void TrackedChanges::track(const TextEdit& edit) {
  const auto where = local(edit);
  if (!where) return;
  BodyParagraph& paragraph = reader_.paragraphs[where->paragraph];
  cut_at(paragraph, where->begin);
  cut_at(paragraph, where->end);
  pugi::xml_node properties;  // the formatting the replacement takes: the first replaced run's
  bool formatted = false;
  pugi::xml_node after;   // the element the insertion follows; null: before `before`
  pugi::xml_node before;  // the element the insertion precedes, when nothing is deleted
  for (TextPiece& piece : paragraph.pieces) {
    if (piece.begin >= where->begin && piece.end <= where->end && piece.begin < piece.end &&
        where->begin < where->end) {
      pugi::xml_node run = isolate(piece.node);
      if (!formatted) {
        properties = run.child("w:rPr");
        formatted = true;
      }
      pugi::xml_node deletion = stamp(run.parent().insert_child_before("w:del", run));
      deletion.append_move(run);
      piece.node.set_name("w:delText");
      after = deletion;
    }
  }
  if (where->begin == where->end) {
    const auto holder =
        std::find_if(paragraph.pieces.begin(), paragraph.pieces.end(),
                     [&](const TextPiece& piece) { return piece.end == where->begin; });
    if (holder != paragraph.pieces.end() && where->begin > 0) {
      after = outer(isolate(holder->node));
      properties = holder->node.parent().child("w:rPr");
    } else if (!paragraph.pieces.empty()) {
      before = outer(split_run_before(paragraph.pieces.front().node));
      properties = before.child("w:rPr");
    }
  }
  if (edit.replacement.empty()) return;
  pugi::xml_node insertion;
  if (after) {
    insertion = stamp(after.parent().insert_child_after("w:ins", after));
  } else if (before) {
    insertion = stamp(before.parent().insert_child_before("w:ins", before));
  } else {
    insertion = stamp(paragraph.node.append_child("w:ins"));
  }
  pugi::xml_node run = insertion.append_child("w:r");
  if (properties) run.append_copy(properties);
  set_preserved_text(run.append_child("w:t"), edit.replacement.c_str());
}

}  // namespace planlint::docx
