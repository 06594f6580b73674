#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "planlint/core/fix.hpp"
#include "planlint/docx/reader_text.hpp"

namespace planlint::docx {

// Why an edit of the reader's text cannot be written as a tracked change.
enum class TrackObstacle {
  drawn_number,    // it touches an automatic number: Word draws it, document.xml does not hold it
  not_typed_text,  // it crosses a paragraph's end or touches a tab, a break, a field's result,
                   // or text already inside someone's tracked change
};

// Writes edits of the reader's text into document.xml as tracked changes (docs/fixing.md): the
// text an edit replaces goes into w:del runs (w:delText), its replacement into a w:ins run,
// each run keeping the w:rPr of the run it came from. Works on the parsed document the
// ReaderText was read from; edits are in the reader's text as read, not yet changed.
class TrackedChanges {
 public:
  TrackedChanges(ReaderText& reader, std::string author, std::string date, long first_id)
      : reader_(reader), author_(std::move(author)), date_(std::move(date)), next_id_(first_id) {}

  std::optional<TrackObstacle> obstacle(const TextEdit& edit) const;
  // Makes an edit without obstacle; edits made one after another must not overlap.
  void track(const TextEdit& edit);

 private:
  struct Local {
    std::size_t paragraph = 0;  // index into reader_.paragraphs
    std::size_t begin = 0;      // bytes in that paragraph's text
    std::size_t end = 0;
  };

  const ParagraphPlacement* placement_at(std::size_t offset) const;
  std::optional<Local> local(const TextEdit& edit) const;
  void cut_at(BodyParagraph& paragraph, std::size_t at);
  pugi::xml_node isolate(const pugi::xml_node& node);
  pugi::xml_node stamp(pugi::xml_node change);

  ReaderText& reader_;
  std::string author_;
  std::string date_;
  long next_id_;
};

}  // namespace planlint::docx
