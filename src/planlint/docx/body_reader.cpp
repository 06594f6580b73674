#include "planlint/docx/body_reader.hpp"

#include <cstring>

#include "planlint/docx/wordml.hpp"

namespace planlint::docx {
namespace {

bool named(const pugi::xml_node& node, const char* name) {
  return std::strcmp(node.name(), name) == 0;
}

// Elements whose content the reader never sees: properties, deleted text, and everything
// outside the flow of paragraphs.
bool is_hidden(const pugi::xml_node& node) {
  static constexpr const char* kHidden[] = {
      "w:pPr",      "w:rPr",       "w:sdtPr",     "w:sdtEndPr", "w:del",
      "w:moveFrom", "w:sectPr",    "w:tblPr",     "w:tblGrid",  "w:trPr",
      "w:tcPr",     "mc:Fallback", "w:instrText", "w:delText",  "w:delInstrText"};
  for (const char* name : kHidden) {
    if (named(node, name)) return true;
  }
  return false;
}

class BodyReader {
 public:
  BodyReader(const ParagraphStyles& styles, std::vector<CommentMark>* comment_marks)
      : styles_(styles), comment_marks_(comment_marks) {}

  void read_blocks(const pugi::xml_node& container) {
    for (const auto& child : container.children()) {
      if (child.type() != pugi::node_element || is_hidden(child)) continue;
      if (is_comment_mark(child)) {
        mark_comment(child, 0);
      } else if (named(child, "w:p")) {
        read_paragraph(child);
      } else {
        read_blocks(child);  // tables, rows, cells, content controls, custom XML
      }
    }
  }

  std::vector<BodyParagraph> take() { return std::move(paragraphs_); }

 private:
  void read_paragraph(const pugi::xml_node& p) {
    BodyParagraph paragraph;
    paragraph.node = p;
    const pugi::xml_node properties = p.child("w:pPr");
    const std::string style = styles_.style_of(val(properties, "w:pStyle"));
    paragraph.numbering = resolve_numbering(read_numbering_reference(properties.child("w:numPr")),
                                            styles_.numbering(style));
    std::vector<pugi::xml_node> text_boxes;
    read_inline(p, paragraph, text_boxes);
    paragraphs_.push_back(std::move(paragraph));
    for (const auto& box : text_boxes) read_blocks(box);
  }

  void read_inline(const pugi::xml_node& container, BodyParagraph& paragraph,
                   std::vector<pugi::xml_node>& text_boxes) {
    for (const auto& child : container.children()) {
      if (child.type() != pugi::node_element || is_hidden(child)) continue;
      if (named(child, "w:r")) {
        read_run(child, paragraph, text_boxes);
      } else if (is_comment_mark(child)) {
        mark_comment(child, paragraph.text.size());
      } else if (named(child, "mc:AlternateContent")) {
        read_inline(child.child("mc:Choice"), paragraph, text_boxes);
      } else {
        read_inline(child, paragraph, text_boxes);  // w:ins, w:hyperlink, w:fldSimple, w:sdt…
      }
    }
  }

  void read_run(const pugi::xml_node& run, BodyParagraph& paragraph,
                std::vector<pugi::xml_node>& text_boxes) {
    for (const auto& child : run.children()) {
      if (child.type() != pugi::node_element || is_hidden(child)) continue;
      if (named(child, "w:fldChar")) {
        follow_field(child);
      } else if (in_field_code()) {
        continue;
      } else if (named(child, "w:t")) {
        append(paragraph, child.text().get(), child);
      } else if (named(child, "w:tab") || named(child, "w:ptab")) {
        append(paragraph, "\t", child);
      } else if (named(child, "w:cr") ||
                 (named(child, "w:br") && attribute(child, "w:type").empty()) ||
                 (named(child, "w:br") && attribute(child, "w:type") == "textWrapping")) {
        append(paragraph, "\n", child);
      } else if (named(child, "w:noBreakHyphen")) {
        append(paragraph, "-", child);
      } else {
        find_text_boxes(child, text_boxes);  // w:drawing, w:pict, mc:AlternateContent
      }
    }
  }

  static void find_text_boxes(const pugi::xml_node& node, std::vector<pugi::xml_node>& boxes) {
    for (const auto& child : node.children()) {
      if (child.type() != pugi::node_element || is_hidden(child)) continue;
      if (named(child, "w:txbxContent")) {
        boxes.push_back(child);
      } else if (named(child, "mc:AlternateContent")) {
        find_text_boxes(child.child("mc:Choice"), boxes);
      } else {
        find_text_boxes(child, boxes);
      }
    }
  }

  // Complex fields: w:fldChar begin, the code, separate, the result, end; fields nest.
  void follow_field(const pugi::xml_node& field_char) {
    const std::string type = attribute(field_char, "w:fldCharType");
    if (type == "begin") {
      field_in_code_.push_back(true);
    } else if (type == "separate" && !field_in_code_.empty()) {
      field_in_code_.back() = false;
    } else if (type == "end" && !field_in_code_.empty()) {
      field_in_code_.pop_back();
    }
  }

  bool in_field_code() const {
    for (const bool in_code : field_in_code_) {
      if (in_code) return true;
    }
    return false;
  }

  static bool is_comment_mark(const pugi::xml_node& node) {
    return named(node, "w:commentRangeStart") || named(node, "w:commentRangeEnd");
  }

  // The paragraph being read is the next one to be pushed.
  void mark_comment(const pugi::xml_node& mark, std::size_t offset) {
    if (comment_marks_ == nullptr) return;
    comment_marks_->push_back(CommentMark{
        attribute(mark, "w:id"), named(mark, "w:commentRangeStart"), paragraphs_.size(), offset});
  }

  void append(BodyParagraph& paragraph, std::string_view text, const pugi::xml_node& node) const {
    if (text.empty()) return;
    const std::size_t begin = paragraph.text.size();
    paragraph.text.append(text);
    paragraph.pieces.push_back(
        TextPiece{begin, paragraph.text.size(), node, !field_in_code_.empty()});
  }

  const ParagraphStyles& styles_;
  std::vector<CommentMark>* comment_marks_;
  std::vector<BodyParagraph> paragraphs_;
  std::vector<bool> field_in_code_;
};

}  // namespace

std::vector<BodyParagraph> read_body(const pugi::xml_node& body, const ParagraphStyles& styles,
                                     std::vector<CommentMark>* comment_marks) {
  BodyReader reader(styles, comment_marks);
  reader.read_blocks(body);
  return reader.take();
}

}  // namespace planlint::docx
