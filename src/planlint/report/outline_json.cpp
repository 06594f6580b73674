#include <string_view>

#include "planlint/report/json_string.hpp"
#include "planlint/report/outline_report.hpp"

namespace planlint {
namespace {

template <typename Number>
std::string json_optional(const std::optional<Number>& value) {
  return value ? std::to_string(*value) : "null";
}

std::string_view part_kind_name(Part::Kind kind) {
  return kind == Part::Kind::piece ? "piece" : "attachment";
}

// {"type": "implementation-plan", "type_source": "title", "type_line": 3, "date": "2024-03-05",
// "date_source": "signature", "date_line": 80, "title_year": 2024}; null where unknown.
void write_profile(std::ostream& out, const DocumentProfile& profile) {
  out << "{\"type\": "
      << (profile.type ? json_string(std::string(document_type_id(*profile.type))) : "null");
  if (profile.type) {
    out << ", \"type_name\": " << json_string(std::string(document_type_name(*profile.type)))
        << ", \"type_source\": \"" << profile_source_id(profile.type_source)
        << "\", \"type_line\": " << profile.type_line;
  }
  out << ", \"date\": "
      << (profile.date ? json_string(format_calendar_date(*profile.date)) : "null");
  if (profile.date) {
    out << ", \"date_source\": \"" << profile_source_id(profile.date_source)
        << "\", \"date_line\": " << profile.date_line;
  }
  out << ", \"title_year\": " << json_optional(profile.title_year) << "}";
}

// The profile of part `index`, when the outline holds profiles.
const DocumentProfile* part_profile(const Outline& outline, std::size_t index) {
  return index + 1 < outline.profiles.size() ? &outline.profiles[index + 1] : nullptr;
}

void write_part(std::ostream& out, const Part& part) {
  out << "{\"title\": " << json_string(part.title) << ", \"kind\": \"" << part_kind_name(part.kind)
      << "\", \"value\": " << part.value << ", \"line\": " << part.position.line
      << ", \"column\": " << part.position.column << ", \"offset\": " << part.position.offset
      << ", \"last_line\": " << part.last_line;
}

void write_heading(std::ostream& out, const Heading& heading) {
  out << "{\"line\": " << heading.position.line << ", \"column\": " << heading.position.column
      << ", \"offset\": " << heading.position.offset
      << ", \"marker\": " << json_string(heading.marker) << ", \"family\": \""
      << family_name(heading.family) << "\", \"value\": " << heading.value
      << ", \"separator\": " << json_string(heading.separator)
      << ", \"brackets\": " << json_string(heading.brackets) << ", \"level\": " << heading.level
      << ", \"part\": " << json_optional(heading.part)
      << ", \"parent\": " << json_optional(heading.parent)
      << ", \"title\": " << json_string(heading.title)
      << ", \"malformed\": " << (heading.malformed ? "true" : "false")
      << ", \"last_line\": " << heading.last_line;
  // Only paragraph-based inputs (.docx) have paragraphs and automatic numbers.
  if (heading.position.paragraph != 0) {
    out << ", \"paragraph\": " << heading.position.paragraph
        << ", \"auto\": " << (heading.automatic ? "true" : "false");
  }
  out << "}";
}

template <typename Item, typename Write>
void write_list(std::ostream& out, const std::vector<Item>& items, Write write) {
  if (items.empty()) {
    out << "[]";
    return;
  }
  out << "[\n";
  for (std::size_t i = 0; i < items.size(); ++i) {
    out << "    ";
    write(out, items[i]);
    out << (i + 1 < items.size() ? ",\n" : "\n");
  }
  out << "  ]";
}

}  // namespace

void write_outline_json(std::ostream& out, const std::string& path, const std::string& encoding,
                        const Outline& outline) {
  out << "{\n  \"path\": " << json_string(path) << ",\n  \"encoding\": " << json_string(encoding)
      << ",\n  \"line_count\": " << outline.line_count
      << ",\n  \"first_heading_line\": " << outline.first_heading_line
      << ",\n  \"trailer_line\": " << json_optional(outline.trailer_line);
  if (!outline.profiles.empty()) {
    out << ",\n  \"profile\": ";
    write_profile(out, outline.profiles.front());
  }
  out << ",\n  \"parts\": ";
  std::size_t part_index = 0;
  write_list(out, outline.parts, [&](std::ostream& stream, const Part& part) {
    write_part(stream, part);
    if (const DocumentProfile* profile = part_profile(outline, part_index++)) {
      stream << ", \"profile\": ";
      write_profile(stream, *profile);
    }
    stream << "}";
  });
  out << ",\n  \"headings\": ";
  write_list(out, outline.headings, write_heading);
  out << "\n}";
}

}  // namespace planlint
