// Finds suppression comments where cmark-gfm sees HTML (a block or an inline), so that one shown
// in code is not taken for one, and turns them into the stretches of text they silence.
#include "planlint/markdown/suppression_comments.hpp"

#include <cmark-gfm.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "planlint/text/line_index.hpp"

namespace planlint::markdown {
namespace {

constexpr std::size_t npos = std::string_view::npos;
constexpr std::string_view kMarker = "planlint-";

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

enum class Directive { disable_next_line, disable, enable };

// One suppression comment as written: what it says, its ids, where it lies in the source.
struct Comment {
  Directive directive;
  std::vector<std::string> rule_ids;  // empty: every rule
  std::size_t begin;
  std::size_t end;
};

bool is_separator(char c) {
  return c == ' ' || c == '\t' || c == ',' || c == '\n' || c == '\r';
}

std::string_view trimmed(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const std::size_t first = text.find_first_not_of(kSpace);
  if (first == npos) return {};
  return text.substr(first, text.find_last_not_of(kSpace) + 1 - first);
}

// The directive a comment's body states, its ids after it; nullopt for any other comment.
std::optional<std::pair<Directive, std::vector<std::string>>> parse_body(std::string_view body) {
  body = trimmed(body);
  static constexpr std::pair<std::string_view, Directive> kDirectives[] = {
      {"planlint-disable-next-line", Directive::disable_next_line},
      {"planlint-disable", Directive::disable},
      {"planlint-enable", Directive::enable},
  };
  for (const auto& [word, directive] : kDirectives) {
    if (!body.starts_with(word)) continue;
    std::string_view rest = body.substr(word.size());
    if (!rest.empty() && !is_separator(rest.front())) return std::nullopt;
    return std::make_pair(directive, suppressed_rule_ids(rest));
  }
  return std::nullopt;
}

// Every suppression comment in the HTML that cmark found, in document order. An HTML node's
// literal is found in the source from a cursor that only moves forward.
std::vector<Comment> find_comments(std::string_view source) {
  const std::unique_ptr<cmark_node, NodeDeleter> root(
      cmark_parse_document(source.data(), source.size(), CMARK_OPT_DEFAULT));
  const std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root.get()));
  std::vector<Comment> comments;
  std::size_t cursor = 0;
  for (cmark_event_type event; (event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE;) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (event != CMARK_EVENT_ENTER ||
        (type != CMARK_NODE_HTML_BLOCK && type != CMARK_NODE_HTML_INLINE)) {
      continue;
    }
    const char* literal_text = cmark_node_get_literal(node);
    const std::string_view literal = literal_text == nullptr ? "" : literal_text;
    for (std::size_t open = literal.find("<!--"); open != npos;
         open = literal.find("<!--", open + 4)) {
      const std::size_t close = literal.find("-->", open + 4);
      if (close == npos) break;
      const std::string_view written = literal.substr(open, close + 3 - open);
      const auto parsed = parse_body(written.substr(4, written.size() - 7));
      // A comment that runs over lines in a block quote is written with `>` in between: it is
      // not found as cmark gives it, and is passed over.
      const std::size_t at = source.find(written, cursor);
      if (at == npos) continue;
      cursor = at + written.size();
      if (parsed) comments.push_back({parsed->first, std::move(parsed->second), at, cursor});
    }
  }
  return comments;
}

bool is_blank_line(std::string_view line) {
  return line.find_first_not_of(" \t") == npos;
}

// The line after the comment's that holds something, as [start, next line's start).
std::pair<std::size_t, std::size_t> next_non_blank_line(const LineIndex& lines,
                                                        std::string_view source,
                                                        std::size_t comment_end) {
  for (std::size_t line = lines.line_of(comment_end) + 1; line < lines.line_count(); ++line) {
    if (is_blank_line(lines.line_text(line))) continue;
    const std::size_t end =
        line + 1 < lines.line_count() ? lines.line_start(line + 1) : source.size();
    return {lines.line_start(line), end};
  }
  return {source.size(), source.size()};
}

class SuppressionBuilder {
 public:
  explicit SuppressionBuilder(std::string_view source) : source_(source), lines_(source) {}

  void add(const Comment& comment) {
    const std::vector<std::string> every_rule{std::string()};
    const std::vector<std::string>& ids = comment.rule_ids.empty() ? every_rule : comment.rule_ids;
    switch (comment.directive) {
      case Directive::disable_next_line: {
        const auto [begin, end] = next_non_blank_line(lines_, source_, comment.end);
        for (const std::string& id : ids) {
          suppressions_.push_back({id, comment.begin, comment.end, begin, end});
        }
        break;
      }
      case Directive::disable:
        for (const std::string& id : ids) {
          // A region already open for the rule goes on; the second disable is unused.
          if (open_.contains(id)) {
            suppressions_.push_back({id, comment.begin, comment.end, comment.end, comment.end});
            continue;
          }
          open_[id] = suppressions_.size();
          suppressions_.push_back({id, comment.begin, comment.end, comment.end, source_.size()});
        }
        break;
      case Directive::enable:
        if (comment.rule_ids.empty()) {
          for (const auto& [id, index] : open_) suppressions_[index].end = comment.begin;
          open_.clear();
        }
        for (const std::string& id : comment.rule_ids) {
          const auto open = open_.find(id);
          if (open == open_.end()) continue;
          suppressions_[open->second].end = comment.begin;
          open_.erase(open);
        }
        break;
    }
  }

  std::vector<Suppression> take() { return std::move(suppressions_); }

 private:
  std::string_view source_;
  LineIndex lines_;
  std::vector<Suppression> suppressions_;
  std::map<std::string, std::size_t> open_;  // rule id ("" for every rule) → its open region
};

}  // namespace

std::vector<Suppression> read_suppressions(std::string_view source) {
  if (source.find(kMarker) == npos) return {};
  const std::vector<Comment> comments = find_comments(source);
  if (comments.empty()) return {};
  SuppressionBuilder builder(source);
  for (const Comment& comment : comments) builder.add(comment);
  return builder.take();
}

}  // namespace planlint::markdown
