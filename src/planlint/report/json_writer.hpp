#pragma once
#include <charconv>
#include <concepts>
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "planlint/report/report_spool.hpp"

namespace planlint {

// Where a container puts its elements: the text before the first, between two, and before the
// closing bracket of a container that has any (an empty container is "[]" or "{}").
struct JsonLayout {
  std::string_view first;
  std::string_view between;
  std::string_view last;
};

// Every element on the container's line: {"rule": "x", "line": 3}.
inline constexpr JsonLayout kJsonInline{"", ", ", ""};

// Every element on a line of its own, indented by `indent` spaces; the closing bracket on a line
// of its own, indented by `closing` spaces (at most 32 each).
constexpr JsonLayout json_lines(std::size_t indent, std::size_t closing) {
  constexpr std::string_view kBreaks = ",\n                                ";
  return {kBreaks.substr(1, 1 + indent), kBreaks.substr(0, 2 + indent),
          kBreaks.substr(1, 1 + closing)};
}

// The one serializer of every JSON planlint writes (the json, jsonl, sarif, rdjson and statistics
// reports, outlines, baselines, serve's replies): values go into one buffer, which the writer
// hands to its stream whenever a caller says a unit is done (flush) or the buffer grows past a
// few pages, so a report of any size costs one bounded buffer and no allocation per value.
// The writer places commas, colons and layout; strings are escaped (control characters as \uXXXX,
// bytes that are not UTF-8 as U+FFFD), so the output is always valid JSON.
class JsonWriter {
 public:
  // Writes to `out`; nothing reaches it before flush() or the buffer's limit.
  explicit JsonWriter(std::ostream& out);
  // Keeps the text in memory, for text() and take_text().
  JsonWriter();
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;
  ~JsonWriter();  // flushes what is left to the stream

  void begin_object(JsonLayout layout = kJsonInline);
  void end_object();
  void begin_array(JsonLayout layout = kJsonInline);
  void end_array();
  // In an object: the next member's name; its value follows.
  JsonWriter& key(std::string_view name);

  void value(std::string_view text);
  void value(const char* text) { value(std::string_view(text)); }
  void value(const std::string& text) { value(std::string_view(text)); }
  void value(bool truth);
  void value(std::nullptr_t);
  template <std::integral Number>
  requires(!std::same_as<Number, bool>) void value(Number number) {
    before_value();
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, number);
    buffer_.append(digits, written.ptr);
  }
  template <typename Value>
  void value(const std::optional<Value>& maybe) {
    if (maybe) {
      value(*maybe);
    } else {
      value(nullptr);
    }
  }

  // key(name) and value(v) in one.
  template <typename Value>
  JsonWriter& member(std::string_view name, const Value& v) {
    key(name);
    value(v);
    return *this;
  }

  // A whole value serialized by another JsonWriter and spooled, placed as the next value (a
  // writer with a stream only).
  void embed(ReportSpool& serialized);
  // Ends a document: its line end.
  void end_line();

  // Hands the buffer to the stream and flushes the stream: the unit (a file's report, a line
  // of JSON Lines) is out.
  void flush();
  // The text written so far, when the writer keeps it; clear_text() starts afresh within the
  // same values (what was taken went elsewhere), take_text() ends the writer's use.
  const std::string& text() const { return buffer_; }
  void clear_text() { buffer_.clear(); }
  std::string take_text() { return std::move(buffer_); }

 private:
  struct Container {
    JsonLayout layout;
    bool is_object;
    bool empty = true;
  };

  void begin(char bracket, JsonLayout layout, bool is_object);
  void end(char bracket);
  void before_value();
  void append_string(std::string_view text);
  void write_if_large();

  std::ostream* out_ = nullptr;
  std::string buffer_;
  std::vector<Container> open_;
  bool after_key_ = false;
};

}  // namespace planlint
