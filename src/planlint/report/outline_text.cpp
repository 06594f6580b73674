#include <string>

#include "planlint/report/outline_report.hpp"
#include "planlint/report/visible_text.hpp"

namespace planlint {
namespace {

struct Labels {
  const char* headings;
  const char* parts;
  const char* preamble;
  const char* preamble_paragraphs;  // a .docx counts paragraphs, as Word shows them
  const char* no_headings;
  const char* malformed;
  const char* trailer;
  const char* automatic;
};

const Labels& labels(Language language) {
  static const Labels zh{"个标题",
                         "个部分",
                         "前言：第 1–{} 行",
                         "前言：第 1–{} 段",
                         "未发现带序号的标题",
                         "序号后缺少分隔符",
                         "第 {} 行起为网站残留内容，不属于任何章节",
                         "自动编号"};
  static const Labels en{"headings",
                         "parts",
                         "preamble: lines 1–{}",
                         "preamble: paragraphs 1–{}",
                         "no numbered headings found",
                         "no separator after the number",
                         "site residue from line {} on, in no section",
                         "automatic number"};
  return language == Language::zh ? zh : en;
}

std::string with_number(const char* pattern, std::uint32_t number) {
  std::string text = pattern;
  text.replace(text.find("{}"), 2, std::to_string(number));
  return text;
}

int digits(std::uint32_t number) {
  return static_cast<int>(std::to_string(number).size());
}

// The line number, or for a .docx the paragraph number (¶12), right-aligned.
void write_place(std::ostream& out, const Position& position, int width) {
  const bool paragraph = position.paragraph != 0;
  const std::string number = std::to_string(paragraph ? position.paragraph : position.line);
  out << std::string(static_cast<std::size_t>(width) - number.size() + 2, ' ')
      << (paragraph ? "¶" : "") << number << "  ";
}

// The paragraph of the first numbered line in a .docx; 0 in a text file.
std::uint32_t first_heading_paragraph(const Outline& outline) {
  for (const Heading& heading : outline.headings) {
    if (heading.position.line == outline.first_heading_line) return heading.position.paragraph;
  }
  for (const Part& part : outline.parts) {
    if (part.position.line == outline.first_heading_line) return part.position.paragraph;
  }
  return 0;
}

void write_preamble(std::ostream& out, const Outline& outline, const Labels& label) {
  const std::uint32_t paragraph = first_heading_paragraph(outline);
  if (paragraph > 1) {
    out << "  " << with_number(label.preamble_paragraphs, paragraph - 1) << '\n';
  } else if (paragraph == 0 && outline.first_heading_line > 1) {
    out << "  " << with_number(label.preamble, outline.first_heading_line - 1) << '\n';
  }
}

}  // namespace

void write_outline_text(std::ostream& out, const std::string& path, const std::string& encoding,
                        const Outline& outline, Language language) {
  const Labels& label = labels(language);
  out << visible_text(path) << " (" << encoding << "): " << outline.headings.size() << ' '
      << label.headings;
  if (!outline.parts.empty()) out << ", " << outline.parts.size() << ' ' << label.parts;
  out << '\n';
  if (outline.first_heading_line == 0) {
    out << "  " << label.no_headings << '\n';
    return;
  }
  write_preamble(out, outline, label);
  const int width = digits(outline.line_count);
  std::size_t next_part = 0;
  for (const Heading& heading : outline.headings) {
    while (next_part < outline.parts.size() &&
           outline.parts[next_part].position.line < heading.position.line) {
      write_place(out, outline.parts[next_part].position, width);
      out << visible_text(outline.parts[next_part].title) << '\n';
      ++next_part;
    }
    write_place(out, heading.position, width);
    out << std::string(static_cast<std::size_t>(heading.level - 1 + (heading.part ? 1 : 0)) * 2,
                       ' ')
        << heading.marker;
    if (!heading.title.empty()) {
      out << (heading.separator.empty() ? " " : "") << visible_text(heading.title);
    }
    if (heading.malformed) out << "  ⚠ " << label.malformed;
    if (heading.automatic) out << "  [" << label.automatic << ']';
    out << '\n';
  }
  for (; next_part < outline.parts.size(); ++next_part) {
    write_place(out, outline.parts[next_part].position, width);
    out << visible_text(outline.parts[next_part].title) << '\n';
  }
  if (outline.trailer_line)
    out << "  " << with_number(label.trailer, *outline.trailer_line) << '\n';
}

}  // namespace planlint
