#pragma once
#include <memory>
#include <optional>
#include <string>
#include <variant>

#include "planlint/core/message.hpp"
#include "planlint/core/position.hpp"
#include "planlint/text/decode.hpp"
#include "planlint/text/line_index.hpp"
#include "planlint/text/paragraph_map.hpp"

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

 private:
  std::string path_;
  DecodedText text_;
  std::optional<std::string> reading_;  // before lines_, which indexes text()
  LineIndex lines_;
  ParagraphMap paragraphs_;
};

// Why a file could not be read: the file, where in it, and what is wrong.
struct InputError {
  std::string path;
  std::optional<std::uint64_t> byte_offset;
  Message problem;
};

using LoadResult = std::variant<std::unique_ptr<Document>, InputError>;

// Why a file was not read past `max_bytes` (--max-file-size): shared by every reader, so a
// file too large gets the same words wherever it comes from.
Message longer_than_limit(std::uint64_t max_bytes);

// Reads and decodes a file ("-" reads standard input). A file of more than `max_bytes` bytes
// (0: no limit) is refused before it is read, by its size, or as soon as reading passes it.
LoadResult load_document(const std::string& path, const DecodeOptions& options = {},
                         std::uint64_t max_bytes = 0);
// A file's bytes ("-": standard input), or an error once they pass `max_bytes` (0: no limit).
std::variant<std::string, InputError> read_input_bytes(const std::string& path,
                                                       std::uint64_t max_bytes);
// Standard input's bytes, or an error under `name` once they pass `max_bytes` (0: no limit).
std::variant<std::string, InputError> read_standard_input(const std::string& name,
                                                          std::uint64_t max_bytes);
// Decodes bytes already in memory, reported under `path`.
LoadResult load_document_from_bytes(std::string path, std::string bytes,
                                    const DecodeOptions& options = {});

}  // namespace planlint
