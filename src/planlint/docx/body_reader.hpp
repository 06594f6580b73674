#pragma once
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "planlint/docx/paragraph_styles.hpp"

namespace planlint::docx {

// A stretch of a paragraph's text and the element it came from: a w:t (whose text it is,
// whole), or a w:tab, w:br or w:cr (one character).
struct TextPiece {
  std::size_t begin = 0;  // byte offsets in BodyParagraph::text
  std::size_t end = 0;
  pugi::xml_node node;
  bool field_result = false;  // shown by a complex field, which Word may compute again
};

// A paragraph as the reader sees it: its text (without the automatic number), where each
// stretch of it lies in document.xml, and its numbering (own w:numPr completed by its style's).
struct BodyParagraph {
  pugi::xml_node node;  // the w:p
  std::string text;     // tabs kept, line breaks as '\n'
  std::vector<TextPiece> pieces;
  NumberingReference numbering;
};

// Where a w:commentRangeStart or w:commentRangeEnd lies among the paragraphs read: before byte
// `offset` of paragraph `paragraph`'s text. One between paragraphs lies at the start of the
// paragraph after it (`paragraph` may then be one past the last).
struct CommentMark {
  std::string id;
  bool start = true;
  std::size_t paragraph = 0;
  std::size_t offset = 0;
};

// The paragraphs of a w:body (or any block container) in reading order: body paragraphs, table
// cells row by row, a text box's paragraphs right after the paragraph that anchors it. Tracked
// changes read as accepted (w:ins and w:moveTo in, w:del and w:moveFrom out); fields show their
// result, never their code. `comment_marks`, when given, receives the comment ranges' ends in
// document order.
std::vector<BodyParagraph> read_body(const pugi::xml_node& body, const ParagraphStyles& styles,
                                     std::vector<CommentMark>* comment_marks = nullptr);

}  // namespace planlint::docx
