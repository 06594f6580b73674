#include <string>

#include "planlint/report/outline_report.hpp"
#include "planlint/report/visible_text.hpp"

namespace planlint {
namespace {

struct Labels {
  const char* headings;
  const char* parts;
  const char* preamble;
  const char* no_headings;
  const char* malformed;
  const char* trailer;
};

const Labels& labels(Language language) {
  static const Labels zh{"个标题",           "个部分",
                         "前言：第 1–{} 行", "未发现带序号的标题",
                         "序号后缺少分隔符", "第 {} 行起为网站残留内容，不属于任何章节"};
  static const Labels en{"headings",
                         "parts",
                         "preamble: lines 1–{}",
                         "no numbered headings found",
                         "no separator after the number",
                         "site residue from line {} on, in no section"};
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

void write_line_number(std::ostream& out, std::uint32_t line, int width) {
  const std::string number = std::to_string(line);
  out << std::string(static_cast<std::size_t>(width) - number.size() + 2, ' ') << number << "  ";
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
  if (outline.first_heading_line > 1) {
    out << "  " << with_number(label.preamble, outline.first_heading_line - 1) << '\n';
  }
  const int width = digits(outline.line_count);
  std::size_t next_part = 0;
  for (const Heading& heading : outline.headings) {
    while (next_part < outline.parts.size() &&
           outline.parts[next_part].position.line < heading.position.line) {
      write_line_number(out, outline.parts[next_part].position.line, width);
      out << visible_text(outline.parts[next_part].title) << '\n';
      ++next_part;
    }
    write_line_number(out, heading.position.line, width);
    out << std::string(static_cast<std::size_t>(heading.level - 1 + (heading.part ? 1 : 0)) * 2,
                       ' ')
        << heading.marker;
    if (!heading.title.empty()) {
      out << (heading.separator.empty() ? " " : "") << visible_text(heading.title);
    }
    if (heading.malformed) out << "  ⚠ " << label.malformed;
    out << '\n';
  }
  for (; next_part < outline.parts.size(); ++next_part) {
    write_line_number(out, outline.parts[next_part].position.line, width);
    out << visible_text(outline.parts[next_part].title) << '\n';
  }
  if (outline.trailer_line)
    out << "  " << with_number(label.trailer, *outline.trailer_line) << '\n';
}

}  // namespace planlint
