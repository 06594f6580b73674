#include "planlint/text/html_entity.hpp"

#include <algorithm>
#include <iterator>

namespace planlint {
namespace {

struct NamedEntity {
  std::string_view name;
  char32_t code_point;
};

// The names that text copied from web pages and Markdown carries: spaces and invisible marks,
// the characters HTML must escape, and the punctuation and symbols editors write as names.
// Sorted by name (byte order) for the binary search.
constexpr NamedEntity kNamedEntities[] = {
    {"AMP", U'&'},      {"GT", U'>'},       {"LT", U'<'},       {"QUOT", U'"'},
    {"amp", U'&'},      {"apos", U'\''},    {"bull", 0x2022},   {"cent", 0x00A2},
    {"copy", 0x00A9},   {"darr", 0x2193},   {"deg", 0x00B0},    {"divide", 0x00F7},
    {"emsp", 0x2003},   {"emsp13", 0x2004}, {"emsp14", 0x2005}, {"ensp", 0x2002},
    {"euro", 0x20AC},   {"gt", U'>'},       {"hairsp", 0x200A}, {"hellip", 0x2026},
    {"laquo", 0x00AB},  {"larr", 0x2190},   {"ldquo", 0x201C},  {"lrm", 0x200E},
    {"lsquo", 0x2018},  {"lt", U'<'},       {"mdash", 0x2014},  {"middot", 0x00B7},
    {"nbsp", 0x00A0},   {"ndash", 0x2013},  {"numsp", 0x2007},  {"para", 0x00B6},
    {"permil", 0x2030}, {"plusmn", 0x00B1}, {"pound", 0x00A3},  {"puncsp", 0x2008},
    {"quot", U'"'},     {"raquo", 0x00BB},  {"rarr", 0x2192},   {"rdquo", 0x201D},
    {"reg", 0x00AE},    {"rlm", 0x200F},    {"rsquo", 0x2019},  {"sect", 0x00A7},
    {"shy", 0x00AD},    {"thinsp", 0x2009}, {"times", 0x00D7},  {"trade", 0x2122},
    {"uarr", 0x2191},   {"yen", 0x00A5},    {"zwj", 0x200D},    {"zwnj", 0x200C},
};

static_assert(std::ranges::is_sorted(kNamedEntities, {}, &NamedEntity::name),
              "read_html_entity binary-searches the names");

// HTML's longest names are 32 letters, numbers go to U+10FFFF (7 digits, 6 hex digits); a
// little room to spare, and no reference scan runs far along a line of ampersands.
constexpr std::size_t kMaxNameLength = 32;
constexpr std::size_t kMaxDigits = 8;

bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_hex_digit(char c) {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
unsigned hex_value(char c) {
  if (is_ascii_digit(c)) return static_cast<unsigned>(c - '0');
  return static_cast<unsigned>((c | 0x20) - 'a' + 10);
}

// A number names a character a reader sees, or at least one that is harmless in a line: not
// NUL, not a control (a &#10; must not end a line of the view), not a surrogate.
bool is_readable_code_point(char32_t code_point) {
  if (code_point < 0x20) return code_point == U'\t';
  if (code_point >= 0x7F && code_point <= 0x9F) return false;
  if (code_point >= 0xD800 && code_point <= 0xDFFF) return false;
  return code_point <= 0x10FFFF;
}

// The digits of &#…; or &#x…; starting at `at` (just after the #): the code point and the
// reference's end, or nullopt.
std::optional<HtmlEntity> read_numeric(std::string_view text, std::size_t ampersand,
                                       std::size_t at) {
  const bool hex = at < text.size() && (text[at] == 'x' || text[at] == 'X');
  if (hex) ++at;
  const std::size_t digits_begin = at;
  char32_t value = 0;
  while (at < text.size() && at - digits_begin <= kMaxDigits &&
         (hex ? is_hex_digit(text[at]) : is_ascii_digit(text[at]))) {
    value = value * (hex ? 16 : 10) + (hex ? hex_value(text[at]) : unsigned(text[at] - '0'));
    ++at;
  }
  const std::size_t digits = at - digits_begin;
  if (digits == 0 || digits > kMaxDigits || at >= text.size() || text[at] != ';') {
    return std::nullopt;
  }
  if (!is_readable_code_point(value)) return std::nullopt;
  return HtmlEntity{value, at + 1 - ampersand};
}

// The name's length at `at` (letters, then letters or digits), bounded by kMaxNameLength + 1.
std::size_t name_length(std::string_view text, std::size_t at) {
  std::size_t end = at;
  if (end >= text.size() || !is_ascii_letter(text[end])) return 0;
  while (end < text.size() && end - at <= kMaxNameLength &&
         (is_ascii_letter(text[end]) || is_ascii_digit(text[end]))) {
    ++end;
  }
  return end - at;
}

}  // namespace

std::optional<HtmlEntity> read_html_entity(std::string_view text, std::size_t at) {
  const std::size_t after = at + 1;
  if (after >= text.size()) return std::nullopt;
  if (text[after] == '#') return read_numeric(text, at, after + 1);
  const std::size_t length = name_length(text, after);
  if (length == 0 || length > kMaxNameLength || after + length >= text.size() ||
      text[after + length] != ';') {
    return std::nullopt;
  }
  const std::string_view name = text.substr(after, length);
  const auto* entry = std::ranges::lower_bound(kNamedEntities, name, {}, &NamedEntity::name);
  if (entry == std::end(kNamedEntities) || entry->name != name) return std::nullopt;
  return HtmlEntity{entry->code_point, length + 2};
}

std::size_t html_entity_shape_length(std::string_view text, std::size_t at) {
  std::size_t cursor = at + 1;
  if (cursor >= text.size()) return 0;
  if (text[cursor] == '#') {
    ++cursor;
    const bool hex = cursor < text.size() && (text[cursor] == 'x' || text[cursor] == 'X');
    if (hex) ++cursor;
    const std::size_t digits_begin = cursor;
    while (cursor < text.size() && cursor - digits_begin <= kMaxDigits &&
           (hex ? is_hex_digit(text[cursor]) : is_ascii_digit(text[cursor]))) {
      ++cursor;
    }
    const std::size_t digits = cursor - digits_begin;
    if (digits == 0 || digits > kMaxDigits) return 0;
  } else {
    const std::size_t length = name_length(text, cursor);
    if (length == 0 || length > kMaxNameLength) return 0;
    cursor += length;
  }
  return cursor < text.size() && text[cursor] == ';' ? cursor + 1 - at : 0;
}

}  // namespace planlint
