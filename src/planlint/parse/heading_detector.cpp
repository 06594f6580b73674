#include "planlint/parse/heading_detector.hpp"

#include <optional>

#include <tao/pegtl.hpp>

#include "grammars/heading.hpp"
#include "planlint/parse/numeral_value.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

namespace pegtl = tao::pegtl;
namespace g = grammar;

// What one marker alternative captured. Each alternative gets a fresh capture (change_states),
// so pieces matched by an alternative that later failed never leak into the result.
struct MarkerCapture {
  std::string_view numeral;
  bool numeral_is_chinese = false;
  char32_t circled = 0;
  const char* open_bracket = nullptr;
  const char* open_bracket_end = nullptr;
  const char* close_bracket = nullptr;
  const char* close_bracket_end = nullptr;
  const char* separator_begin = nullptr;
  const char* separator_end = nullptr;
  std::uint64_t decimal_prefix = 0;
  std::uint8_t decimal_depth = 0;
  Family ordinal = Family::chapter;  // 第…部分/章/节/条: the family its unit names
};

struct LineCapture {
  const char* line_begin = nullptr;
  LineStart result;
  std::size_t indent_end = 0;

  std::size_t offset(const char* at) const {
    return at == nullptr ? LineStart::npos : static_cast<std::size_t>(at - line_begin);
  }

  template <typename ActionInput>
  void take_marker(const ActionInput& in, const MarkerCapture& capture, Family family, bool bare) {
    result.kind = LineStart::Kind::heading;
    result.family = family;
    result.bare = bare;
    // change_states hands over the whole input, positioned just past the marker; the marker
    // began where the indentation ended.
    result.marker_end = offset(in.current());
    result.open_bracket = offset(capture.open_bracket);
    result.open_bracket_end = offset(capture.open_bracket_end);
    result.close_bracket = offset(capture.close_bracket);
    result.close_bracket_end = offset(capture.close_bracket_end);
    result.separator_begin = offset(capture.separator_begin);
    result.separator_end = offset(capture.separator_end);
    result.decimal_prefix = capture.decimal_prefix;
    result.decimal_depth = capture.decimal_depth;
    if (capture.circled != 0) {
      result.value = circled_number_value(capture.circled);
    } else if (capture.numeral_is_chinese) {
      result.value = chinese_numeral_value(capture.numeral);
    } else {
      result.value = arabic_numeral_value(capture.numeral);
    }
  }
};

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

template <>
struct action<g::cn_numeral> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, MarkerCapture& capture) {
    capture.numeral = std::string_view(in.begin(), in.size());
    capture.numeral_is_chinese = true;
  }
};

template <>
struct action<g::arabic_number> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, MarkerCapture& capture) {
    capture.numeral = std::string_view(in.begin(), in.size());
    capture.numeral_is_chinese = false;
  }
};

// 3.1.2: each further number of a decimal marker moves the one before it into the prefix.
template <>
struct action<g::decimal_component> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, MarkerCapture& capture) {
    capture.decimal_prefix = capture.decimal_prefix * LineStart::kDecimalBase +
                             static_cast<std::uint64_t>(arabic_numeral_value(capture.numeral));
    ++capture.decimal_depth;
    capture.numeral = std::string_view(in.begin(), in.size());
  }
};

template <>
struct action<g::circled_number> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, MarkerCapture& capture) {
    std::size_t at = 0;
    capture.circled = decode_utf8_at(std::string_view(in.begin(), in.size()), at);
  }
};

template <>
struct action<g::paren_open> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, MarkerCapture& capture) {
    capture.open_bracket = in.begin();
    capture.open_bracket_end = in.end();
  }
};

template <>
struct action<g::paren_close> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, MarkerCapture& capture) {
    capture.close_bracket = in.begin();
    capture.close_bracket_end = in.end();
  }
};

struct separator_action {
  template <typename ActionInput>
  static void apply(const ActionInput& in, MarkerCapture& capture) {
    capture.separator_begin = in.begin();
    capture.separator_end = in.end();
  }
};
template <>
struct action<g::cn_separator> : separator_action {};
template <>
struct action<g::arabic_separator> : separator_action {};
template <>
struct action<g::trailing_separator> : separator_action {};
template <>
struct action<g::chapter_separator> : separator_action {};
template <>
struct action<g::spaced_dunhao> : separator_action {};
template <>
struct action<g::half_paren_close> : separator_action {};

// Each marker alternative: a fresh capture while it is tried, handed on only if it matched.
template <Family family, bool bare = false>
struct marker_action : pegtl::change_states<MarkerCapture> {
  template <typename ActionInput>
  static void success(const ActionInput& in, MarkerCapture& capture, LineCapture& line) {
    line.take_marker(in, capture, family, bare);
  }
};
template <>
struct action<g::cn_marker> : marker_action<Family::cn> {};
template <>
struct action<g::cn_paren_marker> : marker_action<Family::cn_paren> {};
template <>
struct action<g::arabic_marker> : marker_action<Family::arabic> {};
template <>
struct action<g::arabic_paren_marker> : marker_action<Family::arabic_paren> {};
template <>
struct action<g::arabic_half_paren_marker> : marker_action<Family::arabic_half_paren> {};
template <>
struct action<g::decimal_marker> : marker_action<Family::arabic> {};
template <>
struct action<g::circled_marker> : marker_action<Family::circled> {};
template <>
struct action<g::bare_arabic_marker> : marker_action<Family::arabic, true> {};
template <>
struct action<g::bare_cn_marker> : marker_action<Family::cn, true> {};

// 第…部分, 第…章, 第…节, 第…条: the unit after the number names the family.
template <Family family>
struct unit_action {
  template <typename ActionInput>
  static void apply(const ActionInput&, MarkerCapture& capture) {
    capture.ordinal = family;
  }
};
template <>
struct action<g::unit_part> : unit_action<Family::part> {};
template <>
struct action<g::unit_chapter> : unit_action<Family::chapter> {};
template <>
struct action<g::unit_section> : unit_action<Family::section> {};
template <>
struct action<g::unit_article> : unit_action<Family::article> {};

template <>
struct action<g::chapter_marker> : pegtl::change_states<MarkerCapture> {
  template <typename ActionInput>
  static void success(const ActionInput& in, MarkerCapture& capture, LineCapture& line) {
    line.take_marker(in, capture, capture.ordinal, false);
  }
};

template <>
struct action<g::indent> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, LineCapture& line) {
    line.indent_end = line.offset(in.end());
    line.result.marker_begin = line.indent_end;
  }
};

// After a table row's year cell the marker begins where the gap ends.
template <>
struct action<g::cell_gap> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, LineCapture& line) {
    line.result.marker_begin = line.offset(in.end());
    line.result.in_table_row = true;
  }
};

template <>
struct action<g::title> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, LineCapture& line) {
    line.result.title_begin = line.offset(in.begin());
    line.result.title_end = line.offset(in.end());
  }
};

struct piece_action : pegtl::change_states<MarkerCapture> {
  template <typename ActionInput>
  static void success(const ActionInput& in, MarkerCapture& capture, LineCapture& line) {
    line.take_marker(in, capture, Family::part, false);
    line.result.kind = LineStart::Kind::piece;
  }
};
template <>
struct action<g::leading_piece_marker> : piece_action {};
template <>
struct action<g::titled_marker> : piece_action {};
template <>
struct action<g::run_in_marker> : piece_action {};
template <>
struct action<g::title_number> : piece_action {};

// The marker of a part after a title begins where the title ends.
struct title_before_marker_action {
  template <typename ActionInput>
  static void apply(const ActionInput& in, LineCapture& line) {
    line.result.marker_begin = line.offset(in.end());
    line.result.after_title = true;
  }
};
template <>
struct action<g::piece_title> : title_before_marker_action {};
template <>
struct action<g::typed_title> : title_before_marker_action {};

template <>
struct action<g::attachment_marker> : pegtl::change_states<MarkerCapture> {
  template <typename ActionInput>
  static void success(const ActionInput& in, MarkerCapture& capture, LineCapture& line) {
    line.take_marker(in, capture, Family::part, false);
    line.result.kind = LineStart::Kind::attachment;
  }
};

// Byte length of the number of `family` that starts `text`, or 0.
std::size_t leading_number_length(std::string_view text, Family family) {
  pegtl::memory_input in(text.data(), text.size(), "");
  const bool matched =
      family == Family::cn ? pegtl::parse<g::cn_numeral>(in) : pegtl::parse<g::arabic_number>(in);
  return matched ? static_cast<std::size_t>(in.current() - text.data()) : 0;
}

// 一、二线城市 and 1、2年级 enumerate numbers; they are not headings: the marker is followed by
// the next number of its own kind, which itself has no separator.
bool starts_number_enumeration(std::string_view line, const LineStart& start) {
  if (start.family != Family::cn && start.family != Family::arabic) return false;
  const std::string_view rest = line.substr(start.marker_end);
  const std::size_t length = leading_number_length(rest, start.family);
  if (length == 0) return false;
  const std::string_view number = rest.substr(0, length);
  const std::int64_t value =
      start.family == Family::cn ? chinese_numeral_value(number) : arabic_numeral_value(number);
  if (value != start.value + 1) return false;
  const std::string_view after = rest.substr(length);
  pegtl::memory_input in(after.data(), after.size(), "");
  return !pegtl::parse<pegtl::sor<g::cn_separator, g::arabic_separator, pegtl::eof>>(in);
}

// 1. 主页 > 知识大全 > : a web page's breadcrumb trail, which numbers nothing. A heading's title
// has no > between its words, let alone two, nor ends on one.
bool is_breadcrumb_trail(std::string_view line, const LineStart& start) {
  if (start.title_begin == LineStart::npos) return false;
  const std::string_view title =
      line.substr(start.title_begin, start.title_end - start.title_begin);
  const std::size_t last = title.find_last_not_of(" \t");
  if (last == std::string_view::npos) return false;
  const std::size_t first_crumb = title.find('>');
  return title[last] == '>' || (first_crumb != std::string_view::npos &&
                                title.find('>', first_crumb + 1) != std::string_view::npos);
}

template <typename Rule>
bool parse_line(std::string_view line, LineCapture& capture) {
  pegtl::memory_input in(line.data(), line.size(), "");
  capture = LineCapture{line.data(), {}};
  return pegtl::parse<Rule, action>(in, capture);
}

// A heading that starts the line: its marker, or the marker after a table row's year cell.
LineStart detect_heading(std::string_view line) {
  LineCapture capture;
  if (!parse_line<g::heading_line>(line, capture) &&
      !parse_line<g::table_row_line>(line, capture)) {
    return {};
  }
  const LineStart& start = capture.result;
  if (starts_number_enumeration(line, start) || is_breadcrumb_trail(line, start)) return {};
  return start;
}

}  // namespace

bool ends_with_title_number(std::string_view line) {
  const std::size_t last = line.find_last_not_of(" \t");
  if (last == std::string_view::npos) return false;
  return (line[last] >= '0' && line[last] <= '9') || line[last] == ')';
}

namespace {

// A part marker after a title (学校工作计划 篇1), or glued to the first paragraph, where the
// part's title ends with the marker.
std::optional<LineStart> detect_titled_piece(std::string_view line) {
  const bool holds_piece_word = line.find("篇") != std::string_view::npos;
  LineCapture capture;
  if ((holds_piece_word && parse_line<g::titled_piece_line>(line, capture)) ||
      (ends_with_title_number(line) && parse_line<g::numbered_title_line>(line, capture))) {
    capture.result.title_end = line.size();
  } else if (holds_piece_word && parse_line<g::run_in_piece_line>(line, capture)) {
    capture.result.title_end = capture.result.marker_end;
  } else {
    return std::nullopt;
  }
  capture.result.title_begin = capture.indent_end;
  return capture.result;
}

}  // namespace

LineStart detect_line_start(std::string_view line) {
  LineCapture capture;
  if (parse_line<g::piece_line>(line, capture) || parse_line<g::attachment_line>(line, capture)) {
    capture.result.title_begin = capture.indent_end;
    capture.result.title_end = line.size();
    return capture.result;
  }
  // A marked heading keeps its line; a bare number may be the first word of a part's title.
  const LineStart heading = detect_heading(line);
  if (heading.kind == LineStart::Kind::heading && !heading.bare) return heading;
  if (const auto piece = detect_titled_piece(line)) return *piece;
  return heading;
}

}  // namespace planlint
