#pragma once
#include <map>
#include <string>
#include <vector>

#include "planlint/core/finding.hpp"
#include "planlint/report/check_report.hpp"
#include "planlint/report/html_labels.hpp"

namespace planlint {

class Document;

// What the HTML report shows of one document, as its own <article id="d{number}">: the section
// outline with a count of findings per section, the list of findings (readable without
// script), and the text with every finding's characters marked. Element ids: d{n}-f{k} the first
// mark of finding k, d{n}-i{k} its entry in the list, d{n}-L{line} the start of a heading's line.
struct HtmlDocument {
  std::size_t number = 0;  // 1-based, in input order
  const Document& document;
  std::span<const Finding> findings;
  const FileDetails& details;
  bool ready = true;
  const std::map<std::string, std::string, std::less<>>& norms;  // rule id → norm it enforces
  const HtmlLabels& labels;
  Language language = Language::zh;

  void append_to(std::string& out) const;
  // The label of a heading of the outline, as `planlint outline` writes it: marker and title.
  static std::string heading_label(const Heading& heading);
  // The document's type and date as the outline read them (工作要点, 2024年3月5日); empty when
  // unknown.
  static std::string type_text(const Outline* outline, Language language);
  static std::string date_text(const Outline* outline, Language language);

 private:
  void append_finding(std::string& out, std::size_t k) const;
  // The sections the document's type needs and it lacks (document-structure findings).
  void append_missing_sections(std::string& out) const;
};

}  // namespace planlint
