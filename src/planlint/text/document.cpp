#include "planlint/text/document.hpp"

#include <utility>

namespace planlint {

Document::Document(std::string path, DecodedText text)
    : path_(std::move(path)), text_(std::move(text)), lines_(text_.utf8()) {}

Document::Document(std::string path, DecodedText text, ParagraphMap paragraphs)
    : path_(std::move(path)),
      text_(std::move(text)),
      lines_(text_.utf8()),
      paragraphs_(std::move(paragraphs)) {}

Document::Document(std::string path, DecodedText text, std::string reading)
    : path_(std::move(path)),
      text_(std::move(text)),
      reading_(std::move(reading)),
      lines_(*reading_) {}

std::string_view Document::source_line(std::size_t line) const {
  return source().substr(lines_.line_start(line), lines_.line_text(line).size());
}

Position Document::position_of(std::size_t utf8_offset) const {
  const std::size_t line = lines_.line_of(utf8_offset);
  Position position{static_cast<std::uint32_t>(line + 1), lines_.column_of(utf8_offset),
                    text_.raw_offset(utf8_offset)};
  if (line < paragraphs_.size()) {
    position.paragraph = paragraphs_[line].paragraph;
    position.column += paragraphs_[line].column_base;
  }
  return position;
}

bool Document::is_generated(std::size_t utf8_offset) const {
  const std::size_t line = lines_.line_of(utf8_offset);
  return line < paragraphs_.size() &&
         utf8_offset - lines_.line_start(line) < paragraphs_[line].generated_bytes;
}

}  // namespace planlint
