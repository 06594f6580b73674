#pragma once
#include <compare>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace planlint {

struct Outline;
class LineIndex;

// The kinds of document a drafter writes, as named at the end of its title.
enum class DocumentType {
  work_plan,            // 工作计划, 计划, 规划
  key_points,           // 工作要点
  implementation_plan,  // 实施方案
  work_scheme,          // 工作方案, 行动方案, 方案
  work_summary,         // 工作总结 (also 总结和…计划: the review leads)
  notice,               // 通知
  opinion,              // 意见
  regulation,           // 办法, 规定, 条例, 细则
};

// "implementation-plan": the id written in rule files, .planlint.yaml and --type.
std::string_view document_type_id(DocumentType type);
// "实施方案": the name a drafter knows.
std::string_view document_type_name(DocumentType type);
// From an id or a Chinese name (工作计划, 实施方案, 办法…); nullopt for anything else.
std::optional<DocumentType> parse_document_type(std::string_view text);
// Every type, in the order of the enum, for help texts and validation messages.
std::span<const DocumentType> all_document_types();

// A day of the calendar, or only its month or year (0 where unknown).
struct CalendarDate {
  int year = 0;
  int month = 0;
  int day = 0;
  friend auto operator<=>(const CalendarDate&, const CalendarDate&) = default;
};
// "2024-03-05", "2024-03", "2024" or 2024年3月5日; nullopt for an impossible date.
std::optional<CalendarDate> parse_calendar_date(std::string_view text);
// "2024-03-05", "2024-03" or "2024".
std::string format_calendar_date(const CalendarDate& date);
// 2024年3月5日, 2024年3月 or 2024年.
std::string format_calendar_date_zh(const CalendarDate& date);
// Whether the month has that day (2月30日, 4月31日 have none; 2月29日 only in a leap year, or
// when the year is unknown).
bool is_possible_day(int year, int month, int day);

// Where a type or a date was read.
enum class ProfileSource {
  title,         // the title line: 2024年工作要点, 关于印发…实施方案的通知
  signature,     // the date line under the signature at the end
  release_line,  // a 发布日期 / 成文日期 line near the top
  config,        // document_type in .planlint.yaml
  option,        // --type / --date
};
std::string_view profile_source_id(ProfileSource source);
std::string_view profile_source_name(ProfileSource source);  // Chinese

// What a reviewer knows of a document before reading its body: what kind it is and when it
// was written. One for the whole file, one more for each part of a bundled file.
struct DocumentProfile {
  std::optional<std::size_t> part;  // index into Outline::parts; nullopt: the whole file
  std::uint32_t first_line = 1;     // the lines it governs
  std::uint32_t last_line = 0;

  std::optional<DocumentType> type;
  ProfileSource type_source = ProfileSource::title;
  std::uint32_t type_line = 0;  // 0 when set by config or option

  // The date of the document: --date, else the signature date, the release line, or the
  // year its title names (year only).
  std::optional<CalendarDate> date;
  ProfileSource date_source = ProfileSource::title;
  std::uint32_t date_line = 0;

  // The year the title names (2024年工作要点 → 2024): the year a plan is for.
  std::optional<int> title_year;
  std::uint32_t title_line = 0;  // the line the type or year was read from, 0 when none

  bool known() const { return type || date || title_year; }
};

// What the user said about the document, which wins over what the text shows.
struct ProfileOverrides {
  std::optional<DocumentType> type;
  ProfileSource type_source = ProfileSource::option;  // config or option
  std::optional<CalendarDate> date;
};

// The lines of a document's normalized view (full-width folded, Simplified), 1-based. A profile
// reads only a few of them (the title's and the signature's), so a source may fold each on
// demand rather than hold the whole view.
struct ViewLines {
  std::size_t count = 0;
  std::function<std::string(std::uint32_t)> line;
};

// The profiles of a document: the whole file's first, then one per part of Outline::parts.
std::vector<DocumentProfile> detect_profiles(const Outline& outline, const ViewLines& view_lines,
                                             const ProfileOverrides& overrides = {});
// The same over a view already normalized whole.
std::vector<DocumentProfile> detect_profiles(const Outline& outline, const LineIndex& view_lines,
                                             const ProfileOverrides& overrides = {});

// The profile governing a line: its part's, where the part says nothing the whole file's.
DocumentProfile profile_at(std::span<const DocumentProfile> profiles, std::uint32_t line);

}  // namespace planlint
