#include "planlint/docx/reader_text.hpp"

#include "planlint/docx/numbering_counters.hpp"
#include "planlint/docx/word_package.hpp"
#include "planlint/docx/xml_part.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint::docx {
namespace {

std::uint32_t code_points(std::string_view text) {
  return static_cast<std::uint32_t>(count_code_points(text));
}

// Appends a paragraph after its generated marker, and one line origin per line it spans.
void append_paragraph(ReaderText& reader, std::uint32_t number, const std::string& generated,
                      const std::string& text) {
  const std::size_t begin = reader.text.size();
  reader.text += generated;
  std::uint32_t column_base = 0;
  std::size_t line_begin = 0;
  LineOrigin origin{number, 0, static_cast<std::uint32_t>(generated.size())};
  for (std::size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 1)) {
    reader.lines.push_back(origin);
    column_base += code_points(text.substr(line_begin, at + 1 - line_begin)) +
                   (origin.generated_bytes > 0 ? code_points(generated) : 0);
    line_begin = at + 1;
    origin = LineOrigin{number, column_base, 0};
  }
  reader.lines.push_back(origin);
  reader.text += text;
  reader.text += '\n';
  reader.placements.push_back(
      ParagraphPlacement{begin, generated.size(), reader.text.size() - 1, nullptr});
}

}  // namespace

std::optional<Message> append_notes(const WordPackage& package, ReaderText& reader) {
  const ParagraphStyles no_styles = ParagraphStyles::read(pugi::xml_node());
  auto number = static_cast<std::uint32_t>(reader.placements.size());
  for (const char* type : {"/header", "/footer", "/footnotes", "/endnotes", "/comments"}) {
    for (const std::string& name : package.related_parts(type)) {
      if (!package.zip().has(name)) continue;
      auto read = package.zip().read(name, kMaxPartSize);
      if (auto* problem = std::get_if<Message>(&read)) return std::move(*problem);
      pugi::xml_document part;
      if (auto problem = parse_xml_part(name, std::get<std::string>(read), part)) return problem;
      for (pugi::xml_node root = part.first_child(); root; root = root.next_sibling()) {
        // The lines a footnote separator draws are no text.
        for (pugi::xml_node note = root.first_child(); note;) {
          const pugi::xml_node next = note.next_sibling();
          if (note.attribute("w:type")) root.remove_child(note);
          note = next;
        }
        for (const BodyParagraph& paragraph : read_body(root, no_styles)) {
          append_paragraph(reader, ++number, {}, paragraph.text);
        }
      }
    }
  }
  return std::nullopt;
}

ReaderText read_text(const WordPackage& package) {
  ReaderText reader;
  const ParagraphStyles styles = ParagraphStyles::read(package.styles().child("w:styles"));
  const NumberingDefinitions definitions =
      NumberingDefinitions::read(package.numbering().child("w:numbering"), styles.list_styles());
  NumberingCounters counters(definitions);
  reader.paragraphs = read_body(package.body(), styles, &reader.comment_marks);
  std::uint32_t number = 0;
  for (const BodyParagraph& paragraph : reader.paragraphs) {
    std::string generated;
    const auto& num_id = paragraph.numbering.num_id;
    if (num_id && !num_id->empty() && *num_id != "0") {
      if (auto marker = counters.next(*num_id, paragraph.numbering.ilvl.value_or(0))) {
        generated = marker->text + marker->suffix;
      }
    }
    append_paragraph(reader, ++number, generated, paragraph.text);
    reader.placements.back().source = &paragraph;
  }
  return reader;
}

}  // namespace planlint::docx
