#include "planlint/docx/suppression_comments.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "planlint/docx/reader_text.hpp"
#include "planlint/docx/word_package.hpp"
#include "planlint/docx/wordml.hpp"
#include "planlint/docx/xml_part.hpp"

namespace planlint::docx {
namespace {

constexpr std::string_view kDirective = "planlint-ignore";

std::string_view trimmed(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const std::size_t first = text.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(kSpace) + 1 - first);
}

bool continues_word(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

// The ids a comment's first line names after `planlint-ignore` (empty: every rule), or nullopt
// for any other comment. The lines after it are the drafter's reason.
std::optional<std::vector<std::string>> ignored_rule_ids(std::string_view text) {
  text = trimmed(text.substr(0, text.find('\n')));
  if (!text.starts_with(kDirective)) return std::nullopt;
  const std::string_view rest = text.substr(kDirective.size());
  if (!rest.empty() && continues_word(rest.front())) return std::nullopt;
  return suppressed_rule_ids(rest);
}

// The text of a w:comment, its paragraphs joined by line ends.
std::string comment_text(const pugi::xml_node& comment) {
  static const ParagraphStyles no_styles = ParagraphStyles::read(pugi::xml_node());
  std::string text;
  for (const BodyParagraph& paragraph : read_body(comment, no_styles)) {
    if (!text.empty()) text += '\n';
    text += paragraph.text;
  }
  return text;
}

// The ids of every planlint-ignore comment of the comments part, by comment id.
std::variant<std::map<std::string, std::vector<std::string>>, Message> ignore_comments(
    const WordPackage& package) {
  std::map<std::string, std::vector<std::string>> ignores;
  const std::string name = package.related_part("/comments");
  if (!package.zip().has(name)) return ignores;
  auto read = package.zip().read(name, kMaxPartSize);
  if (auto* problem = std::get_if<Message>(&read)) return std::move(*problem);
  pugi::xml_document part;
  if (auto problem = parse_xml_part(name, std::get<std::string>(read), part)) return *problem;
  for (const pugi::xml_node& comment : part.child("w:comments").children("w:comment")) {
    if (auto ids = ignored_rule_ids(comment_text(comment))) {
      ignores[attribute(comment, "w:id")] = std::move(*ids);
    }
  }
  return ignores;
}

// Where a comment lies in the reader's text: [begin, end) from its marks.
class MarkPlacer {
 public:
  explicit MarkPlacer(const ReaderText& reader)
      : reader_(reader), body_paragraphs_(reader.paragraphs.size()) {}

  std::pair<std::size_t, std::size_t> span_of(const CommentMark& start,
                                              const CommentMark* stop) const {
    const std::size_t begin = offset_of(start);
    const std::size_t end = stop == nullptr ? begin : std::max(begin, offset_of(*stop));
    if (begin == end) return paragraph_of(start);
    // A range from the paragraph's first character holds the number Word draws before it.
    if (start.offset == 0 && start.paragraph < body_paragraphs_) {
      return {reader_.placements[start.paragraph].begin, end};
    }
    return {begin, end};
  }

 private:
  std::size_t offset_of(const CommentMark& mark) const {
    if (mark.paragraph >= body_paragraphs_) {
      return body_paragraphs_ == 0 ? 0 : reader_.placements[body_paragraphs_ - 1].end + 1;
    }
    const ParagraphPlacement& placement = reader_.placements[mark.paragraph];
    return placement.begin + placement.generated + mark.offset;
  }

  // The whole paragraph of a mark, with its line end.
  std::pair<std::size_t, std::size_t> paragraph_of(const CommentMark& mark) const {
    if (body_paragraphs_ == 0) return {0, 0};
    const ParagraphPlacement& placement =
        reader_.placements[std::min(mark.paragraph, body_paragraphs_ - 1)];
    return {placement.begin, placement.end + 1};
  }

  const ReaderText& reader_;
  std::size_t body_paragraphs_;
};

}  // namespace

std::variant<std::vector<Suppression>, Message> read_suppressions(const WordPackage& package,
                                                                  const ReaderText& reader) {
  std::vector<Suppression> suppressions;
  if (reader.comment_marks.empty()) return suppressions;
  auto read = ignore_comments(package);
  if (auto* problem = std::get_if<Message>(&read)) return std::move(*problem);
  const auto& ignores = std::get<std::map<std::string, std::vector<std::string>>>(read);
  if (ignores.empty()) return suppressions;
  const MarkPlacer placer(reader);
  const auto& marks = reader.comment_marks;
  for (auto start = marks.begin(); start != marks.end(); ++start) {
    const auto ignore = ignores.find(start->id);
    if (!start->start || ignore == ignores.end()) continue;
    const auto stop = std::find_if(start + 1, marks.end(), [&](const CommentMark& mark) {
      return !mark.start && mark.id == start->id;
    });
    const auto [begin, end] = placer.span_of(*start, stop == marks.end() ? nullptr : &*stop);
    const std::vector<std::string> every_rule{std::string()};
    for (const std::string& id : ignore->second.empty() ? every_rule : ignore->second) {
      suppressions.push_back({id, begin, end, begin, end});
    }
  }
  return suppressions;
}

}  // namespace planlint::docx
