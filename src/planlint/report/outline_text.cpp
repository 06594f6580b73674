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
  const char* type;
  const char* date;
  const char* line;  // "第 {} 行"
};

const Labels& labels(Language language) {
  static const Labels zh{"个标题",
                         "个部分",
                         "前言：第 1–{} 行",
                         "前言：第 1–{} 段",
                         "未发现带序号的标题",
                         "序号后缺少分隔符",
                         "第 {} 行起为网站残留内容，不属于任何章节",
                         "自动编号",
                         "类型",
                         "日期",
                         "第 {} 行"};
  static const Labels en{"headings",
                         "parts",
                         "preamble: lines 1–{}",
                         "preamble: paragraphs 1–{}",
                         "no numbered headings found",
                         "no separator after the number",
                         "site residue from line {} on, in no section",
                         "automatic number",
                         "type",
                         "date",
                         "line {}"};
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

// "（标题，第 3 行）" / " (title, line 3)": where a type or date was read.
std::string provenance(ProfileSource source, std::uint32_t line, const Labels& label,
                       Language language) {
  const bool zh = language == Language::zh;
  std::string text =
      zh ? std::string(profile_source_name(source)) : std::string(profile_source_id(source));
  if (line != 0) text += (zh ? "，" : ", ") + with_number(label.line, line);
  return zh ? "（" + text + "）" : " (" + text + ")";
}

// 类型：实施方案（标题，第 1 行）；日期：2024年3月5日（落款，第 80 行）
void write_profile(std::ostream& out, const DocumentProfile& profile, const Labels& label,
                   Language language, std::string_view indent) {
  if (!profile.type && !profile.date) return;
  const bool zh = language == Language::zh;
  out << indent;
  if (profile.type) {
    out << label.type << (zh ? "：" : ": ")
        << (zh ? document_type_name(*profile.type) : document_type_id(*profile.type))
        << provenance(profile.type_source, profile.type_line, label, language);
  }
  if (profile.type && profile.date) out << (zh ? "；" : "; ");
  if (profile.date) {
    out << label.date << (zh ? "：" : ": ")
        << (zh ? format_calendar_date_zh(*profile.date) : format_calendar_date(*profile.date))
        << provenance(profile.date_source, profile.date_line, label, language);
  }
  out << '\n';
}

// A part's title line, and under it what its title and signature say of its type and date.
void write_part(std::ostream& out, const Outline& outline, std::size_t index, int width,
                const Labels& label, Language language) {
  write_place(out, outline.parts[index].position, width);
  out << visible_text(outline.parts[index].title) << '\n';
  if (index + 1 < outline.profiles.size()) {
    write_profile(out, outline.profiles[index + 1], label, language,
                  std::string(static_cast<std::size_t>(width) + 6, ' '));
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
  if (!outline.profiles.empty())
    write_profile(out, outline.profiles.front(), label, language, "  ");
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
      write_part(out, outline, next_part, width, label, language);
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
    write_part(out, outline, next_part, width, label, language);
  }
  if (outline.trailer_line)
    out << "  " << with_number(label.trailer, *outline.trailer_line) << '\n';
}

}  // namespace planlint
