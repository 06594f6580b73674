#pragma once
#include <optional>
#include <string>
#include <vector>

#include "planlint/core/message.hpp"
#include "planlint/docx/body_reader.hpp"
#include "planlint/text/paragraph_map.hpp"

namespace planlint::docx {

class WordPackage;

// Where one paragraph lies in the reader's text.
struct ParagraphPlacement {
  std::size_t begin = 0;      // byte offset of the paragraph's first line
  std::size_t generated = 0;  // bytes of automatic number and its tab or space
  std::size_t end = 0;        // byte offset of the paragraph's final line end
  const BodyParagraph* source = nullptr;
};

// A Word document as a reader sees it: one line per paragraph (each line break inside a
// paragraph starts another line of the same paragraph), each numbered paragraph led by the
// marker Word draws and the tab or space after it.
struct ReaderText {
  std::vector<BodyParagraph> paragraphs;
  std::string text;
  ParagraphMap lines;
  std::vector<ParagraphPlacement> placements;  // one per paragraph
  std::vector<CommentMark> comment_marks;      // the body's comment ranges, in document order
};

ReaderText read_text(const WordPackage& package);

// Appends the headers, footers, footnotes, endnotes and comments, in that order, as further
// paragraphs (unnumbered; separators of notes left out). They get text, lines and placements
// but no BodyParagraph: nothing may anchor a comment there. Returns a part's problem, if any.
std::optional<Message> append_notes(const WordPackage& package, ReaderText& reader);

}  // namespace planlint::docx
