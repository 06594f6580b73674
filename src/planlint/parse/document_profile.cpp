// Reads a document's type and date the way a reviewer does: the type from the last type word
// of its title (or of the document a 关于印发…的通知 issues), the year from the title, the date
// from the signature line at the end or a 发布日期 line at the top.
#include "planlint/parse/document_profile.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "planlint/parse/numeral_value.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/text/blanks.hpp"
#include "planlint/text/line_index.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

struct TypeNames {
  DocumentType type;
  std::string_view id;
  std::string_view name;
};

constexpr std::array<TypeNames, 8> kTypeNames{{
    {DocumentType::work_plan, "work-plan", "工作计划"},
    {DocumentType::key_points, "key-points", "工作要点"},
    {DocumentType::implementation_plan, "implementation-plan", "实施方案"},
    {DocumentType::work_scheme, "work-scheme", "工作方案"},
    {DocumentType::work_summary, "work-summary", "工作总结"},
    {DocumentType::notice, "notice", "通知"},
    {DocumentType::opinion, "opinion", "意见"},
    {DocumentType::regulation, "regulation", "办法"},
}};

constexpr std::array<DocumentType, 8> kAllTypes{
    DocumentType::work_plan,   DocumentType::key_points,   DocumentType::implementation_plan,
    DocumentType::work_scheme, DocumentType::work_summary, DocumentType::notice,
    DocumentType::opinion,     DocumentType::regulation};

// The words a title ends in, longest first where one holds another.
struct TypeWord {
  std::string_view word;
  DocumentType type;
};
constexpr std::array<TypeWord, 17> kTypeWords{{
    {"工作要点", DocumentType::key_points},
    {"要点", DocumentType::key_points},
    {"实施方案", DocumentType::implementation_plan},
    {"方案", DocumentType::work_scheme},
    {"计划", DocumentType::work_plan},
    {"规划", DocumentType::work_plan},
    {"安排", DocumentType::work_plan},
    {"总结", DocumentType::work_summary},
    {"通知", DocumentType::notice},
    {"实施意见", DocumentType::opinion},
    {"意见", DocumentType::opinion},
    {"办法", DocumentType::regulation},
    {"规定", DocumentType::regulation},
    {"条例", DocumentType::regulation},
    {"细则", DocumentType::regulation},
    {"规则", DocumentType::regulation},
    {"规程", DocumentType::regulation},
}};

// A title holds few characters and no sentence end.
constexpr std::size_t kMaxTitleCodePoints = 60;
// The title is among the first lines; the signature among the last.
constexpr std::size_t kTitleLines = 12;
constexpr std::size_t kSignatureLines = 8;

std::string line_of(const ViewLines& lines, std::uint32_t line) {
  return std::string(trim_blanks(lines.line(line)));
}

// Web pages wrap the title in a path (首页 > 工作计划 > …), a column label (栏目:工作计划) or a
// list of related pages: such a line names no document.
bool may_be_title(std::string_view line) {
  static const re2::RE2 navigation(
      R"(>|\||»|当前位置|您的位置|栏目|分类|标签|关键词|上一篇|下一篇|相关|推荐|热门|首页)");
  if (line.empty() || count_code_points(line) > kMaxTitleCodePoints) return false;
  if (line.find("。") != std::string_view::npos) return false;
  return !re2::RE2::PartialMatch(line, navigation);
}

// What may follow the type word on a title line: a status in brackets, a site's decorations
// (范文, 精选8篇, .docx), a part number (篇一, 1).
bool is_title_tail(std::string_view tail) {
  static const re2::RE2 decoration(
      R"((?:\s|\([^)]*\)|【[^】]*】|[《》"“”'‘’:,、\-—_.]|范文|大全|模板|精选|汇总|合集|集锦|)"
      R"(docx?|pdf|vip|第?\d+篇?|篇?[一二三四五六七八九十\d]+篇?|第\d+页)*)");
  return re2::RE2::FullMatch(tail, decoration);
}

struct TypeAt {
  DocumentType type;
  std::size_t end;  // byte offset just past the type word
};

// The type word that ends the text, the last one when there are several.
std::optional<TypeAt> last_type_word(std::string_view text) {
  std::optional<TypeAt> last;
  for (const TypeWord& word : kTypeWords) {
    const std::size_t at = text.rfind(word.word);
    if (at == std::string_view::npos) continue;
    const std::size_t end = at + word.word.size();
    // 工作要点 and 要点 end at the same place: the first listed (the longer) is kept.
    if (!last || end > last->end) last = TypeAt{word.type, end};
  }
  return last;
}

// A title names what the document is about before its type; a line of type words only
// (计划总结, 工作计划) is a site's column label.
bool names_a_subject(std::string_view line) {
  static const re2::RE2 type_words(
      R"(工作|要点|实施|方案|计划|规划|安排|总结|通知|意见|办法|规定|条例|细则|规则|规程)");
  std::string rest(line);
  re2::RE2::GlobalReplace(&rest, type_words, "");
  static const re2::RE2 subject(R"(\p{Han})");
  return re2::RE2::PartialMatch(rest, subject);
}

// The type a title line names. A summary that also plans the next year (2023年工作总结和2024年
// 工作计划) is reviewed as a summary. A notice issuing a document (关于印发…实施方案的通知)
// carries that document: its type is the one a reviewer checks.
std::optional<DocumentType> title_type(std::string_view line) {
  static const re2::RE2 issuing(R"(关于(?:印发|转发|下发|发布)(.+)的通知)");
  std::string issued;
  if (re2::RE2::PartialMatch(line, issuing, &issued)) {
    if (const auto inner = last_type_word(issued)) return inner->type;
  }
  // 2023年工作总结及2024年工作思路: a summary, whatever the next year's part is called.
  static const re2::RE2 summary_and_plan(R"(总结\s*(?:及|和|与|暨|、))");
  if (re2::RE2::PartialMatch(line, summary_and_plan) && names_a_subject(line)) {
    return DocumentType::work_summary;
  }
  const auto found = last_type_word(line);
  if (!found || !is_title_tail(line.substr(found->end)) || !names_a_subject(line)) {
    return std::nullopt;
  }
  if (line.find("总结") != std::string_view::npos) return DocumentType::work_summary;
  return found->type;
}

int chinese_digit(char32_t code_point) {
  static constexpr std::u32string_view digits = U"〇一二三四五六七八九";
  // 二OO四: the letter O typed for the zero, lower-cased in the view.
  if (code_point == U'○' || code_point == U'零' || code_point == U'o' || code_point == U'O')
    return 0;
  const std::size_t at = digits.find(code_point);
  return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
}

// 二〇二四 → 2024; -1 unless every character is a Chinese digit.
int chinese_digits_value(std::string_view text) {
  int value = 0;
  for (std::size_t at = 0; at < text.size();) {
    const int digit = chinese_digit(decode_utf8_at(text, at));
    if (digit < 0) return -1;
    value = value * 10 + digit;
  }
  return value;
}

int number_value(std::string_view text) {
  if (text.empty()) return 0;
  if (text.front() >= '0' && text.front() <= '9') {
    return static_cast<int>(arabic_numeral_value(text));
  }
  return static_cast<int>(chinese_numeral_value(text));
}

// The year a title names: the first of a range (2021-2025年), Arabic or Chinese digits.
std::optional<int> title_year(std::string_view line) {
  static const re2::RE2 arabic(R"(((?:19|20)\d\d)\s*(?:[-—–~至到]\s*(?:19|20)?\d\d\s*)?(?:学)?年)");
  static const re2::RE2 chinese(R"(([〇○零oO一二三四五六七八九]{4})(?:学)?年)");
  std::string digits;
  if (re2::RE2::PartialMatch(line, arabic, &digits)) return number_value(digits);
  if (re2::RE2::PartialMatch(line, chinese, &digits)) {
    const int year = chinese_digits_value(digits);
    if (year >= 1900) return year;
  }
  return std::nullopt;
}

std::optional<CalendarDate> checked_date(int year, int month, int day) {
  if (year < 1900 || year > 2199 || month < 1 || month > 12) return std::nullopt;
  if (day != 0 && !is_possible_day(year, month, day)) return std::nullopt;
  return CalendarDate{year, month, day};
}

// A line that is only a date, as under a signature: 2024年3月5日, 二〇二四年三月五日, (2024年3月).
std::optional<CalendarDate> signature_date(std::string_view line) {
  static const re2::RE2 arabic(
      R"(\(?((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?\)?)");
  static const re2::RE2 chinese(
      R"(\(?([〇○零oO一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月(?:([一二三四五六七八九十]{1,3})日)?\)?)");
  std::string year;
  std::string month;
  std::string day;
  if (re2::RE2::FullMatch(line, arabic, &year, &month, &day)) {
    return checked_date(number_value(year), number_value(month), number_value(day));
  }
  if (re2::RE2::FullMatch(line, chinese, &year, &month, &day)) {
    return checked_date(chinese_digits_value(year), number_value(month), number_value(day));
  }
  return std::nullopt;
}

// 发布日期：2024-03-05, 成文日期 2024年3月5日.
std::optional<CalendarDate> release_date(std::string_view line) {
  static const re2::RE2 release(
      R"((?:发布|成文|发文|印发|公开)(?:日期|时间)\s*:?\s*((?:19|20)\d\d)\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2}))");
  std::string year;
  std::string month;
  std::string day;
  if (!re2::RE2::PartialMatch(line, release, &year, &month, &day)) return std::nullopt;
  return checked_date(number_value(year), number_value(month), number_value(day));
}

// The first line of the body: the first heading or part, else none.
std::uint32_t body_start(const Outline& outline) {
  return outline.first_heading_line == 0 ? 0 : outline.first_heading_line;
}

void read_title(DocumentProfile& profile, std::string_view line, std::uint32_t number) {
  if (!may_be_title(line)) return;
  const auto type = title_type(line);
  if (!profile.type && type) {
    profile.type = type;
    profile.type_source = ProfileSource::title;
    profile.type_line = number;
  }
  // A site's collection (2023年政府工作宣传方案(汇总17篇)) dates the page, not the documents
  // it gathers, which are often years older.
  static const re2::RE2 collection(
      R"(汇总|精选|合集|集锦|大全|范文\d|\d+篇|[二三四五六七八九十]+篇)");
  const bool gathers = re2::RE2::PartialMatch(line, collection);
  // The year belongs to the line that named the type, or to the first title-like line before it.
  if (!gathers && !profile.title_year && (type || !profile.type)) {
    if (const auto year = title_year(line); year && (type || profile.title_line == 0)) {
      profile.title_year = year;
      profile.title_line = number;
    }
  }
  if (type && profile.title_line == 0) profile.title_line = number;
}

// The title lines of the whole file: the first non-blank lines before the body.
void read_document_title(DocumentProfile& profile, const Outline& outline, const ViewLines& lines) {
  const std::uint32_t body = body_start(outline);
  std::size_t seen = 0;
  for (std::uint32_t number = 1; number <= lines.count && seen < kTitleLines; ++number) {
    if (body != 0 && number >= body) break;
    const std::string line = line_of(lines, number);
    if (line.empty()) continue;
    ++seen;
    if (!profile.date) {
      if (const auto date = release_date(line)) {
        profile.date = date;
        profile.date_source = ProfileSource::release_line;
        profile.date_line = number;
      }
    }
    read_title(profile, line, number);
  }
}

// The last date-only line among the last non-blank lines the profile governs.
void read_signature(DocumentProfile& profile, const ViewLines& lines) {
  std::size_t seen = 0;
  for (std::uint32_t number = profile.last_line;
       number >= profile.first_line && number > 0 && seen < kSignatureLines; --number) {
    const std::string line = line_of(lines, number);
    if (line.empty()) continue;
    ++seen;
    if (const auto date = signature_date(line)) {
      profile.date = date;
      profile.date_source = ProfileSource::signature;
      profile.date_line = number;
      return;
    }
  }
}

void complete_date_from_title(DocumentProfile& profile) {
  if (profile.date || !profile.title_year) return;
  profile.date = CalendarDate{*profile.title_year, 0, 0};
  profile.date_source = ProfileSource::title;
  profile.date_line = profile.title_line;
}

void apply(DocumentProfile& profile, const ProfileOverrides& overrides) {
  if (overrides.type) {
    profile.type = overrides.type;
    profile.type_source = overrides.type_source;
    profile.type_line = 0;
  }
  if (overrides.date) {
    profile.date = overrides.date;
    profile.date_source = ProfileSource::option;
    profile.date_line = 0;
  }
}

std::uint32_t body_end(const Outline& outline, const ViewLines& lines) {
  if (outline.trailer_line) return *outline.trailer_line - 1;
  return static_cast<std::uint32_t>(lines.count);
}

}  // namespace

std::string_view document_type_id(DocumentType type) {
  return kTypeNames[static_cast<std::size_t>(type)].id;
}

std::string_view document_type_name(DocumentType type) {
  return kTypeNames[static_cast<std::size_t>(type)].name;
}

std::optional<DocumentType> parse_document_type(std::string_view text) {
  for (const TypeNames& names : kTypeNames) {
    if (text == names.id || text == names.name) return names.type;
  }
  for (const TypeWord& word : kTypeWords) {
    if (text == word.word) return word.type;
  }
  return std::nullopt;
}

std::span<const DocumentType> all_document_types() {
  return kAllTypes;
}

bool is_possible_day(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  if (month == 2 && day == 29 && year != 0) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  }
  return day <= kDays[static_cast<std::size_t>(month - 1)];
}

std::optional<CalendarDate> parse_calendar_date(std::string_view text) {
  static const re2::RE2 iso(R"((\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?)");
  static const re2::RE2 chinese(R"((\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?)");
  std::string year;
  std::string month;
  std::string day;
  if (!re2::RE2::FullMatch(text, iso, &year, &month, &day) &&
      !re2::RE2::FullMatch(text, chinese, &year, &month, &day)) {
    return std::nullopt;
  }
  const int year_value = number_value(year);
  if (month.empty()) {
    if (year_value < 1900 || year_value > 2199) return std::nullopt;
    return CalendarDate{year_value, 0, 0};
  }
  return checked_date(year_value, number_value(month), number_value(day));
}

std::string format_calendar_date(const CalendarDate& date) {
  auto two = [](int value) { return (value < 10 ? "0" : "") + std::to_string(value); };
  std::string text = std::to_string(date.year);
  if (date.month != 0) text += "-" + two(date.month);
  if (date.day != 0) text += "-" + two(date.day);
  return text;
}

std::string format_calendar_date_zh(const CalendarDate& date) {
  std::string text = std::to_string(date.year) + "年";
  if (date.month != 0) text += std::to_string(date.month) + "月";
  if (date.day != 0) text += std::to_string(date.day) + "日";
  return text;
}

std::string_view profile_source_id(ProfileSource source) {
  switch (source) {
    case ProfileSource::title:
      return "title";
    case ProfileSource::signature:
      return "signature";
    case ProfileSource::release_line:
      return "release-line";
    case ProfileSource::config:
      return "config";
    case ProfileSource::option:
      return "option";
  }
  return "title";
}

std::string_view profile_source_name(ProfileSource source) {
  switch (source) {
    case ProfileSource::title:
      return "标题";
    case ProfileSource::signature:
      return "落款";
    case ProfileSource::release_line:
      return "发布日期";
    case ProfileSource::config:
      return "配置";
    case ProfileSource::option:
      return "命令行";
  }
  return "标题";
}

std::vector<DocumentProfile> detect_profiles(const Outline& outline, const LineIndex& view_lines,
                                             const ProfileOverrides& overrides) {
  const ViewLines lines{view_lines.line_count(), [&view_lines](std::uint32_t line) {
                          return std::string(view_lines.line_text(line - 1));
                        }};
  return detect_profiles(outline, lines, overrides);
}

std::vector<DocumentProfile> detect_profiles(const Outline& outline, const ViewLines& view_lines,
                                             const ProfileOverrides& overrides) {
  std::vector<DocumentProfile> profiles;
  DocumentProfile whole;
  whole.last_line = body_end(outline, view_lines);
  read_document_title(whole, outline, view_lines);
  const std::uint32_t first_part_line =
      outline.parts.empty() ? 0 : outline.parts.front().position.line;
  // In a bundled file the last lines sign the last part, not the file.
  if (first_part_line == 0) read_signature(whole, view_lines);
  complete_date_from_title(whole);
  apply(whole, overrides);
  profiles.push_back(whole);
  for (std::size_t index = 0; index < outline.parts.size(); ++index) {
    const Part& part = outline.parts[index];
    DocumentProfile profile;
    profile.part = index;
    profile.first_line = part.position.line;
    profile.last_line = std::min(part.last_line, whole.last_line);
    read_title(profile, line_of(view_lines, part.position.line), part.position.line);
    read_signature(profile, view_lines);
    complete_date_from_title(profile);
    apply(profile, overrides);
    profiles.push_back(profile);
  }
  return profiles;
}

DocumentProfile profile_at(std::span<const DocumentProfile> profiles, std::uint32_t line) {
  if (profiles.empty()) return {};
  const DocumentProfile& whole = profiles.front();
  // The parts follow one another and do not overlap: the one that can hold the line is the last
  // to start at or before it (a binary search, as rules ask once per finding).
  const std::span<const DocumentProfile> parts = profiles.subspan(1);
  const auto after = std::upper_bound(
      parts.begin(), parts.end(), line,
      [](std::uint32_t wanted, const DocumentProfile& part) { return wanted < part.first_line; });
  if (after == parts.begin()) return whole;
  const DocumentProfile& part = *(after - 1);
  if (line > part.last_line) return whole;
  DocumentProfile profile = part;
  if (!profile.type) {
    profile.type = whole.type;
    profile.type_source = whole.type_source;
    profile.type_line = whole.type_line;
  }
  if (!profile.date) {
    profile.date = whole.date;
    profile.date_source = whole.date_source;
    profile.date_line = whole.date_line;
  }
  if (!profile.title_year) profile.title_year = whole.title_year;
  return profile;
}

}  // namespace planlint
