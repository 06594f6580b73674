#include <string_view>

#include "planlint/report/json_writer.hpp"
#include "planlint/report/outline_report.hpp"

namespace planlint {
namespace {

std::string_view part_kind_name(Part::Kind kind) {
  return kind == Part::Kind::piece ? "piece" : "attachment";
}

// {"type": "implementation-plan", "type_source": "title", "type_line": 3, "date": "2024-03-05",
// "date_source": "signature", "date_line": 80, "title_year": 2024}; null where unknown.
void write_profile(JsonWriter& json, const DocumentProfile& profile) {
  json.begin_object();
  if (profile.type) {
    json.member("type", document_type_id(*profile.type));
    json.member("type_name", document_type_name(*profile.type));
    json.member("type_source", profile_source_id(profile.type_source));
    json.member("type_line", profile.type_line);
  } else {
    json.member("type", nullptr);
  }
  if (profile.date) {
    json.member("date", format_calendar_date(*profile.date));
    json.member("date_source", profile_source_id(profile.date_source));
    json.member("date_line", profile.date_line);
  } else {
    json.member("date", nullptr);
  }
  json.member("title_year", profile.title_year);
  json.end_object();
}

// The profile of part `index`, when the outline holds profiles.
const DocumentProfile* part_profile(const Outline& outline, std::size_t index) {
  return index + 1 < outline.profiles.size() ? &outline.profiles[index + 1] : nullptr;
}

void write_part(JsonWriter& json, const Part& part, const DocumentProfile* profile) {
  json.begin_object();
  json.member("title", part.title).member("kind", part_kind_name(part.kind));
  json.member("value", part.value);
  json.member("line", part.position.line).member("column", part.position.column);
  json.member("offset", part.position.offset).member("last_line", part.last_line);
  if (profile != nullptr) write_profile(json.key("profile"), *profile);
  json.end_object();
}

void write_heading(JsonWriter& json, const Heading& heading) {
  json.begin_object();
  json.member("line", heading.position.line).member("column", heading.position.column);
  json.member("offset", heading.position.offset);
  json.member("marker", heading.marker).member("family", family_name(heading.family));
  json.member("value", heading.value);
  json.member("separator", heading.separator).member("brackets", heading.brackets);
  json.member("level", heading.level);
  json.member("part", heading.part).member("parent", heading.parent);
  json.member("title", heading.title).member("malformed", heading.malformed);
  json.member("last_line", heading.last_line);
  // Only paragraph-based inputs (.docx) have paragraphs and automatic numbers.
  if (heading.position.paragraph != 0) {
    json.member("paragraph", heading.position.paragraph).member("auto", heading.automatic);
  }
  json.end_object();
}

}  // namespace

void write_outline_json(std::ostream& out, const std::string& path, const std::string& encoding,
                        const Outline& outline) {
  JsonWriter json(out);
  json.begin_object(json_lines(2, 0));
  json.member("path", path).member("encoding", encoding);
  json.member("line_count", outline.line_count);
  json.member("first_heading_line", outline.first_heading_line);
  json.member("trailer_line", outline.trailer_line);
  if (!outline.profiles.empty()) write_profile(json.key("profile"), outline.profiles.front());
  json.key("parts").begin_array(json_lines(4, 2));
  for (std::size_t index = 0; index < outline.parts.size(); ++index) {
    write_part(json, outline.parts[index], part_profile(outline, index));
  }
  json.end_array();
  json.key("headings").begin_array(json_lines(4, 2));
  for (const Heading& heading : outline.headings) write_heading(json, heading);
  json.end_array();
  json.end_object();
}

}  // namespace planlint
