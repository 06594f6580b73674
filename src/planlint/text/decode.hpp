#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "planlint/core/message.hpp"
#include "planlint/text/mapped_file.hpp"

namespace planlint {

// The text of a file as UTF-8, with what is needed to lead any offset in it back to a byte
// offset in the file's own encoding.
class DecodedText {
 public:
  // Name of the encoding the bytes were read in: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030",
  // or the converter name given with --encoding.
  const std::string& encoding() const { return encoding_; }
  bool had_bom() const { return bom_length_ > 0; }
  // The decoded text, BOM removed, line ends kept exactly as they were (LF, CRLF or CR).
  std::string_view utf8() const {
    return mapped_.empty() ? std::string_view(utf8_) : mapped_.bytes().substr(bom_length_);
  }
  // Lets the pages of a text read in place from a mapped file leave memory (they come back when
  // read again); nothing for a text held in memory of its own.
  void release_pages() const;
  // Byte offset in the original file of the code point that starts at `utf8_offset` in utf8()
  // (or of the end of the file when `utf8_offset == utf8().size()`).
  std::uint64_t raw_offset(std::size_t utf8_offset) const;

 private:
  friend struct DecodedTextBuilder;
  std::string encoding_;
  std::size_t bom_length_ = 0;
  std::string utf8_;
  MappedFile mapped_;  // when not empty, the text is read here, in place, and utf8_ is empty
  // For encodings other than UTF-8: (utf8 offset, raw offset) at the start of every line,
  // ascending. Between two checkpoints raw lengths are found by re-encoding that stretch.
  std::vector<std::pair<std::size_t, std::uint64_t>> checkpoints_;
};

struct DecodeError {
  std::uint64_t byte_offset = 0;  // where in the file the problem is
  Message problem;                // for the drafter's error line, e.g. "invalid UTF-8 byte 0xFF"
};

struct DecodeOptions {
  // Empty: detect (BOM, then UTF-8, then GB18030). Otherwise an ICU converter name such as
  // "GBK", "GB18030", "UTF-16LE", "Big5".
  std::string forced_encoding;
  // A Word document (.docx): also read its headers, footers, footnotes, endnotes and comments,
  // after the body.
  bool office_notes = false;
};

using DecodeResult = std::variant<DecodedText, DecodeError>;

// Decodes a whole file's bytes. Binary content (NUL bytes outside UTF-16), a truncated or
// invalid sequence in every candidate encoding, gives a DecodeError naming the byte offset.
DecodeResult decode(std::string bytes, const DecodeOptions& options = {});
// The same for a mapped file. UTF-8 is read in place, so the text's pages can leave memory once
// read (DecodedText::release_pages); other encodings are converted into memory of their own.
DecodeResult decode(MappedFile file, const DecodeOptions& options = {});

// Text planlint extracted itself (a Word document's reader text), valid UTF-8 by construction,
// under `label` in place of an encoding name ("docx"). Its raw offsets are offsets in this text.
DecodedText extracted_text(std::string utf8, std::string label);

}  // namespace planlint
