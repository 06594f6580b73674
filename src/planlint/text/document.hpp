#pragma once
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "planlint/core/message.hpp"
#include "planlint/core/position.hpp"
#include "planlint/text/decode.hpp"
#include "planlint/text/line_index.hpp"
#include "planlint/text/paragraph_map.hpp"
#include "planlint/text/suppression.hpp"

namespace planlint {

// A checked file: its decoded text and the index that turns offsets into positions.
// Not movable, because the line index refers to the text.
class Document {
 public:
  Document(std::string path, DecodedText text);
  // A text extracted from a paragraph-based file (.docx), one ParagraphMap entry per line.
  Document(std::string path, DecodedText text, ParagraphMap paragraphs);
  // A text file in a markup language (Markdown) and its reading: the text with its markup
  // blanked, laid out exactly like it (the same bytes on every line, the same code points), so
  // that an offset, line or column means the same in both.
  Document(std::string path, DecodedText text, std::string reading);
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const std::string& path() const { return path_; }
  const DecodedText& decoded() const { return text_; }
  // The text planlint reads: the decoded text, or a Markdown file's reading.
  std::string_view text() const { return reading_ ? std::string_view(*reading_) : text_.utf8(); }
  // The text as the file has it, for showing a line or an excerpt: text() but for a Markdown
  // file, whose markup it keeps. Offsets, lines and columns are those of text().
  std::string_view source() const { return text_.utf8(); }
  const LineIndex& lines() const { return lines_; }
  // Lets the pages of a file read in place (mapped) leave memory once a pass no longer needs
  // them; a later read of text() or source() brings them back. Nothing for a text held in
  // memory (standard input, a converted encoding, a Word document) or a Markdown reading.
  void release_source_pages() const { text_.release_pages(); }
  // Line `line` (0-based) of source(), without its line end.
  std::string_view source_line(std::size_t line) const;
  // Line and column (1-based, code points) and file byte offset of a byte offset in text().
  // For a paragraph-based file: also the paragraph, and the column counts within it.
  Position position_of(std::size_t utf8_offset) const;
  // Empty unless the text was extracted from a paragraph-based file.
  const ParagraphMap& paragraphs() const { return paragraphs_; }
  // Whether the byte at `utf8_offset` was drawn by the word processor (an automatic number)
  // rather than written in the file.
  bool is_generated(std::size_t utf8_offset) const;
  // The suppression comments the file holds, in the order written; empty for plain text.
  const std::vector<Suppression>& suppressions() const { return suppressions_; }
  void set_suppressions(std::vector<Suppression> suppressions) {
    suppressions_ = std::move(suppressions);
  }

 private:
  std::string path_;
  DecodedText text_;
  std::optional<std::string> reading_;  // before lines_, which indexes text()
  LineIndex lines_;
  ParagraphMap paragraphs_;
  std::vector<Suppression> suppressions_;
};

// Why a file could not be read: the file, where in it, and what is wrong.
struct InputError {
  std::string path;
  std::optional<std::uint64_t> byte_offset;
  Message problem;
};

// A document read, or why it could not be.
using DocumentResult = std::variant<std::unique_ptr<Document>, InputError>;

}  // namespace planlint
