#include "planlint/report/json_writer.hpp"

#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

// The buffer goes to the stream once it holds this much, at the end of a container: large
// enough that writes are few, small enough that a report of any size costs the same memory.
constexpr std::size_t kWriteAt = 64 * 1024;

// Bytes a JSON string takes as they are: printable ASCII but the quote and the backslash.
bool is_plain_ascii(unsigned char byte) {
  return byte >= 0x20 && byte < 0x7F && byte != '"' && byte != '\\';
}

// Byte length of the character at `at` when JSON takes it as it is (plain ASCII, or a
// well-formed character past ASCII), else 0.
std::size_t plain_length(std::string_view text, std::size_t at) {
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte < 0x80) return is_plain_ascii(byte) ? 1 : 0;
  return decode_utf8(text, at).length;
}

}  // namespace

JsonWriter::JsonWriter(std::ostream& out) : out_(&out) {}

JsonWriter::JsonWriter() = default;

JsonWriter::~JsonWriter() {
  if (out_ != nullptr && !buffer_.empty()) out_->write(buffer_.data(), std::ssize(buffer_));
}

void JsonWriter::begin_object(JsonLayout layout) {
  begin('{', layout, true);
}
void JsonWriter::end_object() {
  end('}');
}
void JsonWriter::begin_array(JsonLayout layout) {
  begin('[', layout, false);
}
void JsonWriter::end_array() {
  end(']');
}

void JsonWriter::begin(char bracket, JsonLayout layout, bool is_object) {
  before_value();
  buffer_ += bracket;
  open_.push_back({layout, is_object});
}

void JsonWriter::end(char bracket) {
  const Container closed = open_.back();
  open_.pop_back();
  if (!closed.empty) buffer_ += closed.layout.last;
  buffer_ += bracket;
  write_if_large();
}

JsonWriter& JsonWriter::key(std::string_view name) {
  Container& object = open_.back();
  buffer_ += object.empty ? object.layout.first : object.layout.between;
  object.empty = false;
  append_string(name);
  buffer_ += ": ";
  after_key_ = true;
  return *this;
}

// The separator an array element needs; a member's value follows its key directly.
void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (open_.empty()) return;
  Container& array = open_.back();
  buffer_ += array.empty ? array.layout.first : array.layout.between;
  array.empty = false;
}

void JsonWriter::value(std::string_view text) {
  before_value();
  append_string(text);
}

void JsonWriter::value(bool truth) {
  before_value();
  buffer_ += truth ? "true" : "false";
}

void JsonWriter::value(std::nullptr_t) {
  before_value();
  buffer_ += "null";
}

void JsonWriter::embed(ReportSpool& serialized) {
  before_value();
  out_->write(buffer_.data(), std::ssize(buffer_));
  buffer_.clear();
  serialized.copy_to(*out_);
}

void JsonWriter::end_line() {
  buffer_ += '\n';
}

void JsonWriter::flush() {
  if (out_ == nullptr) return;
  out_->write(buffer_.data(), std::ssize(buffer_));
  out_->flush();
  buffer_.clear();
}

void JsonWriter::write_if_large() {
  if (out_ == nullptr || buffer_.size() < kWriteAt) return;
  out_->write(buffer_.data(), std::ssize(buffer_));
  buffer_.clear();
}

// Runs of characters JSON takes as they are (a Chinese title is one) are copied whole; the
// rest is looked at one code point at a time.
void JsonWriter::append_string(std::string_view text) {
  buffer_ += '"';
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t plain_end = at;
    while (plain_end < text.size()) {
      const std::size_t length = plain_length(text, plain_end);
      if (length == 0) break;
      plain_end += length;
    }
    buffer_.append(text.substr(at, plain_end - at));
    at = plain_end;
    if (at == text.size()) break;
    const char32_t code_point = decode_utf8_at(text, at);
    switch (code_point) {
      case U'"':
        buffer_ += "\\\"";
        break;
      case U'\\':
        buffer_ += "\\\\";
        break;
      case U'\n':
        buffer_ += "\\n";
        break;
      case U'\r':
        buffer_ += "\\r";
        break;
      case U'\t':
        buffer_ += "\\t";
        break;
      default:
        if (code_point < 0x20 || code_point == 0x7F) {
          // A control character, below 0x80: two hex digits after \u00.
          constexpr std::string_view kHexDigits = "0123456789abcdef";
          buffer_ += "\\u00";
          buffer_ += kHexDigits[code_point >> 4];
          buffer_ += kHexDigits[code_point & 0xF];
        } else {
          // An ill-formed byte (well-formed characters are in the runs): U+FFFD.
          buffer_ += "\xEF\xBF\xBD";
        }
    }
  }
  buffer_ += '"';
}

}  // namespace planlint
