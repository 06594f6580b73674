#pragma once
#include <map>
#include <optional>
#include <string>

namespace pugi {
class xml_node;
}

namespace planlint::docx {

// A paragraph's numbering reference (w:numPr): the instance and the level.
struct NumberingReference {
  std::optional<std::string> num_id;
  std::optional<int> ilvl;
};

// styles.xml as far as numbering goes: which paragraph style numbers its paragraphs, directly or
// through the styles it is based on (w:basedOn).
class ParagraphStyles {
 public:
  static ParagraphStyles read(const pugi::xml_node& styles);

  // The paragraph's style id, or the default paragraph style when it names none.
  std::string style_of(const std::string& named_style) const;
  // The numbering the style gives its paragraphs, following w:basedOn; each of numId and ilvl
  // comes from the nearest style that sets it.
  NumberingReference numbering(const std::string& style_id) const;
  // Each numbering style (w:type="numbering", a list style) and its w:numId.
  const std::map<std::string, std::string>& list_styles() const { return list_styles_; }

 private:
  struct Style {
    std::string based_on;
    NumberingReference numbering;
  };
  std::map<std::string, Style> styles_;
  std::map<std::string, std::string> list_styles_;
  std::string default_style_;
};

// The numbering of a paragraph: its own w:numPr, completed by its style's.
NumberingReference resolve_numbering(const NumberingReference& direct,
                                     const NumberingReference& from_style);

// Reads a w:numPr element.
NumberingReference read_numbering_reference(const pugi::xml_node& num_pr);

}  // namespace planlint::docx
