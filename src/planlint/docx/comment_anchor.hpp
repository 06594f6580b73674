#pragma once
#include <cstddef>
#include <string>

#include "planlint/docx/reader_text.hpp"

namespace planlint::docx {

// Anchors Word comments on exact characters of the reader's text by inserting
// w:commentRangeStart, w:commentRangeEnd and a w:commentReference run into document.xml,
// splitting runs where a span starts or ends inside one. Works on the parsed document the
// ReaderText was read from.
class CommentAnchor {
 public:
  explicit CommentAnchor(ReaderText& reader) : reader_(reader) {}

  // Marks [begin, end) (byte offsets in the reader's text) as the range of comment `id`. A
  // span lying wholly in an automatic number, which document.xml does not hold, anchors on its
  // paragraph's text instead.
  void anchor(std::size_t begin, std::size_t end, long id);

 private:
  struct Place {
    std::size_t paragraph = 0;  // index into reader_.paragraphs
    std::size_t offset = 0;     // byte offset in that paragraph's text
  };
  struct InsertionPoint {
    pugi::xml_node parent;
    pugi::xml_node before;  // null: at the end of parent
  };

  Place place_of(std::size_t reader_offset) const;
  InsertionPoint point_at(const Place& place);
  static pugi::xml_node insert(const InsertionPoint& point, const char* name);

  ReaderText& reader_;
};

}  // namespace planlint::docx
