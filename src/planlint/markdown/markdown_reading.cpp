// Reads Markdown with cmark-gfm (CommonMark plus GFM tables, strikethrough, autolinks and task
// lists) and lays its reading over the source. cmark's source positions are exact for blocks but
// not always for inline text (a continuation line's indentation, a backslash line break shift
// them), so each block's inline text is found in the source instead: in document order, from a
// cursor that only moves forward, matching each text node's literal against the source with its
// backslash escapes and character references. Whatever no text node claims is markup. A block
// whose text cannot be found that way is kept whole, as a plain-text reading would see it.
#include "planlint/markdown/markdown_reading.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "planlint/text/html_entity.hpp"
#include "planlint/text/line_index.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint::markdown {
namespace {

constexpr std::size_t npos = std::string_view::npos;
// How far past the cursor a text node may start: the markup between two pieces of text (a
// delimiter run, a container prefix, a table cell's padding) is short; link destinations, code
// and HTML are stepped over, not searched through. Bounds the work on hostile input.
constexpr std::size_t kSearchWindow = 1024;

struct ParserDeleter {
  void operator()(cmark_parser* parser) const { cmark_parser_free(parser); }
};
struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};
using NodeTree = std::unique_ptr<cmark_node, NodeDeleter>;

NodeTree parse(std::string_view source) {
  static const bool registered = [] {
    cmark_gfm_core_extensions_ensure_registered();
    return true;
  }();
  (void)registered;
  const std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  for (const char* name : {"table", "strikethrough", "autolink", "tasklist"}) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
  }
  cmark_parser_feed(parser.get(), source.data(), source.size());
  return NodeTree(cmark_parser_finish(parser.get()));
}

bool is_ascii_punctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

bool is_line_end(char c) {
  return c == '\n' || c == '\r';
}

bool type_is(cmark_node* node, std::string_view name) {
  return name == cmark_node_get_type_string(node);
}

// The bytes of the source a reader reads, marked as the AST is walked.
class ReadingBuilder {
 public:
  explicit ReadingBuilder(std::string_view source)
      : source_(source), lines_(source), kept_(source.size(), false) {}

  void read(cmark_node* root) {
    const std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root));
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
      if (event != CMARK_EVENT_ENTER) continue;
      cmark_node* node = cmark_iter_get_node(iter.get());
      switch (cmark_node_get_type(node)) {
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
          read_inlines(node, block_limit(node));
          break;
        case CMARK_NODE_ITEM:
          keep_ordered_item_number(node);
          break;
        case CMARK_NODE_HTML_BLOCK:
          keep_text_between_tags(node);
          break;
        default:
          // A table cell holds its row's text between two pipes.
          if (type_is(node, "table_cell")) read_inlines(node, line_end_at(start_of(node)));
          break;
      }
    }
  }

  // The source with what was not marked replaced by blanks of the same byte length: a space for
  // a byte, U+00A0 for two, U+3000 for three (blanks the heading grammar steps over), and a
  // default-ignorable tag space, which the view drops, for four.
  std::string reading() const {
    std::string out;
    out.reserve(source_.size());
    for (std::size_t at = 0; at < source_.size();) {
      const Utf8CodePoint decoded = decode_utf8(source_, at);
      const std::size_t length = decoded.length == 0 ? 1 : decoded.length;
      if (kept_[at] || is_line_end(source_[at])) {
        out.append(source_, at, length);
      } else {
        static constexpr std::string_view kBlanks[] = {" ", "\u00A0", "\u3000", "\U000E0020"};
        out += kBlanks[length - 1];
      }
      at += length;
    }
    return out;
  }

 private:
  // Byte offset of a cmark position (1-based line, 1-based byte column), or npos.
  std::size_t offset_of(int line, int column) const {
    if (line < 1 || column < 1 || static_cast<std::size_t>(line) > lines_.line_count()) {
      return npos;
    }
    const std::size_t line_start = lines_.line_start(static_cast<std::size_t>(line) - 1);
    const std::size_t line_size = lines_.line_text(static_cast<std::size_t>(line) - 1).size();
    return line_start + std::min(static_cast<std::size_t>(column) - 1, line_size);
  }
  std::size_t start_of(cmark_node* node) const {
    return offset_of(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
  }
  // The end of the line holding `offset`, before its line end.
  std::size_t line_end_at(std::size_t offset) const {
    if (offset == npos) return npos;
    const std::size_t line = lines_.line_of(offset);
    return lines_.line_start(line) + lines_.line_text(line).size();
  }
  std::size_t next_line_start(std::size_t offset) const {
    const std::size_t line = lines_.line_of(offset) + 1;
    return line < lines_.line_count() ? lines_.line_start(line) : source_.size();
  }
  // Where a block's text must lie: up to the end of its last line, or of the text when cmark's
  // end position is not after its start or is unset (0: it is not always set).
  std::size_t block_limit(cmark_node* node) const {
    const int start_line = cmark_node_get_start_line(node);
    const int end_line = cmark_node_get_end_line(node);
    if (end_line < 1 || end_line < start_line ||
        static_cast<std::size_t>(end_line) > lines_.line_count()) {
      return source_.size();
    }
    return line_end_at(lines_.line_start(static_cast<std::size_t>(end_line) - 1));
  }

  void keep(std::size_t begin, std::size_t end) {
    std::fill(kept_.begin() + static_cast<std::ptrdiff_t>(begin),
              kept_.begin() + static_cast<std::ptrdiff_t>(end), true);
  }

  // The inline text of a paragraph, heading or table cell, found in [start, limit).
  void read_inlines(cmark_node* block, std::size_t limit) {
    const std::size_t start = start_of(block);
    if (start == npos || limit == npos || start > limit) return;
    if (!align_inlines(block, start, limit)) keep(start, limit);
  }

  bool align_inlines(cmark_node* block, std::size_t cursor, std::size_t limit) {
    const std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(block));
    // For each open link or image: whether it opened with a bracket (not an autolink).
    std::vector<bool> bracketed;
    for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      const cmark_node_type type = cmark_node_get_type(node);
      const bool link = type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE;
      if (event == CMARK_EVENT_EXIT) {
        if (link && !bracketed.empty()) {
          if (bracketed.back()) cursor = after_link_destination(cursor, limit);
          bracketed.pop_back();
          if (cursor == npos) return false;
        }
        continue;
      }
      switch (type) {
        case CMARK_NODE_TEXT:
          cursor = find_text(cmark_node_get_literal(node), cursor, limit);
          break;
        case CMARK_NODE_CODE:
          cursor = after_code_span(cursor, limit);
          break;
        case CMARK_NODE_HTML_INLINE:
          cursor = after_literal(cmark_node_get_literal(node), cursor, limit);
          break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
          cursor = next_line_start(cursor);
          break;
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
          bracketed.push_back(opens_bracket(cursor, limit));
          if (bracketed.back()) cursor = source_.find('[', cursor) + 1;
          break;
        default:
          break;
      }
      if (cursor == npos || cursor > limit) return false;
    }
    return true;
  }

  // Whether the link starting at `cursor` opens with [ or ![ (after emphasis delimiters).
  bool opens_bracket(std::size_t cursor, std::size_t limit) const {
    while (cursor < limit && std::string_view("*_~").find(source_[cursor]) != npos) ++cursor;
    if (cursor < limit && source_[cursor] == '!') ++cursor;
    return cursor < limit && source_[cursor] == '[';
  }

  // Matches a text node's literal at `at`: byte for byte, except that the source may write a
  // character as a backslash escape or a character reference. Returns the end, or npos; with
  // `mark`, marks what it matched (not the backslashes) as read.
  std::size_t match_text(std::string_view literal, std::size_t at, std::size_t limit, bool mark) {
    std::size_t matched = 0;
    while (matched < literal.size()) {
      if (at >= limit) return npos;
      std::size_t source_length = 1;
      std::size_t literal_length = 1;
      std::size_t escape = 0;
      if (const std::size_t entity =
              source_[at] == '&' ? entity_match(literal, matched, at, limit) : 0) {
        source_length = entity;
        literal_length = next_code_point_length(literal, matched);
      } else if (source_[at] == '\\' && at + 1 < limit && is_ascii_punctuation(source_[at + 1]) &&
                 source_[at + 1] == literal[matched]) {
        escape = 1;
        source_length = 2;
      } else if (source_[at] != literal[matched]) {
        return npos;
      }
      if (mark) keep(at + escape, at + source_length);
      at += source_length;
      matched += literal_length;
    }
    return at;
  }

  // The length of a character reference at `at` that cmark decoded to the literal's next code
  // point, or 0. A name planlint knows must stand for that code point; one it does not know
  // (HTML has two thousand) is taken as decoded when the literal does not go on with '&'.
  std::size_t entity_match(std::string_view literal, std::size_t matched, std::size_t at,
                           std::size_t limit) const {
    const std::string_view line = source_.substr(0, limit);
    const std::size_t shape = html_entity_shape_length(line, at);
    if (shape == 0) return 0;
    std::size_t cursor = matched;
    const char32_t wanted = decode_utf8_at(literal, cursor);
    if (const auto entity = read_html_entity(line, at)) {
      return entity->code_point == wanted ? entity->length : 0;
    }
    return wanted != U'&' ? shape : 0;
  }

  static std::size_t next_code_point_length(std::string_view text, std::size_t at) {
    std::size_t cursor = at;
    decode_utf8_at(text, cursor);
    return cursor - at;
  }

  std::size_t find_text(std::string_view literal, std::size_t cursor, std::size_t limit) {
    const std::size_t last = std::min(limit, cursor + kSearchWindow);
    for (std::size_t at = cursor; at <= last; ++at) {
      if (match_text(literal, at, limit, false) != npos)
        return match_text(literal, at, limit, true);
    }
    return npos;
  }

  // Past the code span whose opening backticks are the first at or after `cursor`: the next
  // run of exactly as many backticks closes it.
  std::size_t after_code_span(std::size_t cursor, std::size_t limit) const {
    const auto run_at = [&](std::size_t at) {
      std::size_t end = at;
      while (end < limit && source_[end] == '`') ++end;
      return end - at;
    };
    const std::size_t open = source_.find('`', cursor);
    if (open == npos || open >= limit) return npos;
    const std::size_t width = run_at(open);
    for (std::size_t at = open + width; at < limit;) {
      const std::size_t run = source_[at] == '`' ? run_at(at) : 0;
      if (run == width) return at + run;
      at += std::max<std::size_t>(run, 1);
    }
    return npos;
  }

  std::size_t after_literal(std::string_view literal, std::size_t cursor, std::size_t limit) const {
    const std::size_t found = source_.substr(0, limit).find(literal, cursor);
    return found == npos ? npos : found + literal.size();
  }

  // After a bracketed link's text: past its ] and its destination — (url "title"), [label], []
  // or nothing for a shortcut reference.
  std::size_t after_link_destination(std::size_t cursor, std::size_t limit) const {
    std::size_t at = cursor;
    while (at < limit && source_[at] != ']') at += source_[at] == '\\' ? 2 : 1;
    if (at >= limit) return npos;
    ++at;
    if (at < limit && source_[at] == '[') {
      const std::size_t close = source_.substr(0, limit).find(']', at);
      return close == npos ? npos : close + 1;
    }
    if (at < limit && source_[at] == '(') return after_parenthesized(at, limit);
    return at;
  }

  // Past the ) that closes the ( at `open`, over escapes, an <angle-bracketed> destination,
  // quoted titles and nested parentheses.
  std::size_t after_parenthesized(std::size_t open, std::size_t limit) const {
    int depth = 0;
    for (std::size_t at = open; at < limit; ++at) {
      const char c = source_[at];
      if (c == '\\') {
        ++at;
      } else if (c == '<' && depth == 1) {
        at = source_.substr(0, limit).find('>', at);
        if (at == npos) return npos;
      } else if ((c == '"' || c == '\'') && depth == 1 && at > open + 1 &&
                 (source_[at - 1] == ' ' || source_[at - 1] == '\t' ||
                  is_line_end(source_[at - 1]))) {
        at = source_.substr(0, limit).find(c, at + 1);
        if (at == npos) return npos;
      } else if (c == '(') {
        ++depth;
      } else if (c == ')' && --depth == 0) {
        return at + 1;
      }
    }
    return npos;
  }

  // `3. 加强…`: the number and its . or ) as written.
  void keep_ordered_item_number(cmark_node* item) {
    cmark_node* list = cmark_node_parent(item);
    if (list == nullptr || cmark_node_get_list_type(list) != CMARK_ORDERED_LIST) return;
    const std::size_t start = start_of(item);
    if (start == npos) return;
    std::size_t end = start;
    while (end < source_.size() && source_[end] >= '0' && source_[end] <= '9') ++end;
    if (end == start || end >= source_.size() || (source_[end] != '.' && source_[end] != ')')) {
      return;
    }
    keep(start, end + 1);
  }

  // An HTML block: the text between its tags and comments is read, the tags are not. Each line
  // after the first starts at the block's column, past the container prefix (> or indentation).
  void keep_text_between_tags(cmark_node* block) {
    const char* literal = cmark_node_get_literal(block);
    const std::size_t start = start_of(block);
    if (literal == nullptr || start == npos) return;
    const auto line_count = static_cast<std::size_t>(
        std::count(literal, literal + std::char_traits<char>::length(literal), '\n'));
    const std::size_t first_line = lines_.line_of(start);
    const std::size_t indent = start - lines_.line_start(first_line);
    enum class State { text, tag, comment } state = State::text;
    for (std::size_t line = first_line;
         line < first_line + std::max<std::size_t>(line_count, 1) && line < lines_.line_count();
         ++line) {
      const std::string_view text = lines_.line_text(line);
      std::size_t at = 0;
      while (at < std::min(indent, text.size()) &&
             std::string_view(" \t>").find(text[at]) != npos) {
        ++at;
      }
      const std::size_t base = lines_.line_start(line);
      for (; at < text.size(); ++at) {
        const std::string_view rest = text.substr(at);
        if (state == State::comment) {
          if (rest.starts_with("-->")) {
            at += 2;
            state = State::text;
          }
        } else if (state == State::tag) {
          if (text[at] == '>') state = State::text;
        } else if (rest.starts_with("<!--")) {
          state = State::comment;
          at += 3;
        } else if (text[at] == '<' && rest.size() > 1 &&
                   (std::isalpha(static_cast<unsigned char>(rest[1])) != 0 ||
                    std::string_view("/!?").find(rest[1]) != npos)) {
          state = State::tag;
        } else {
          kept_[base + at] = true;
        }
      }
    }
  }

  std::string_view source_;
  LineIndex lines_;
  std::vector<bool> kept_;
};

}  // namespace

bool is_markdown_name(std::string_view path) {
  const std::size_t dot = path.rfind('.');
  if (dot == npos || path.find('/', dot) != npos) return false;
  std::string extension(path.substr(dot + 1));
  std::ranges::transform(extension, extension.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == "md" || extension == "markdown";
}

std::string read_markdown(std::string_view source) {
  const NodeTree tree = parse(source);
  ReadingBuilder builder(source);
  builder.read(tree.get());
  return builder.reading();
}

}  // namespace planlint::markdown
