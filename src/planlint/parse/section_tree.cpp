// Builds the Outline: finds the marker lines, cuts off site residue after the body, splits
// bundled documents and attachments into parts, keeps a bare number only where its siblings
// vouch for it, and gives every heading its level and parent.
#include <algorithm>
#include <array>
#include <deque>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>

#include "planlint/parse/family_order.hpp"
#include "planlint/parse/heading_detector.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/parse/residue_cue.hpp"
#include "planlint/text/blanks.hpp"
#include "planlint/text/document.hpp"
#include "planlint/text/html_entity.hpp"
#include "planlint/text/normalize.hpp"
#include "planlint/text/normalized_document.hpp"
#include "planlint/text/source_pages.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

// Lines longer than this (in bytes) cannot be residue cues; see residue_cue.hpp.
constexpr std::size_t kMaxCueLineBytes = 320;

// The first code point after the indentation, as the normalized view will have it; 0 for a
// blank line. The indentation may be any space the fold makes a plain one (an em space, U+2003,
// is how Markdown's &emsp; indents a list).
char32_t first_folded_code_point(std::string_view line) {
  for (std::size_t at = 0; at < line.size();) {
    char32_t code_point = decode_utf8_at(line, at);
    // A character reference (&emsp;) counts as the character it stands for, as in the view.
    if (code_point == U'&') {
      if (const auto entity = read_html_entity(line, at - 1)) {
        code_point = entity->code_point;
        at += entity->length - 1;
      }
    }
    if (is_blank_code_point(code_point)) continue;
    const std::string* folded = fold_code_point(code_point);
    if (folded == nullptr) return code_point;
    if (folded->empty()) continue;
    std::size_t first = 0;
    const char32_t folded_first = decode_utf8_at(*folded, first);
    if (!is_blank_code_point(folded_first)) return folded_first;
  }
  return 0;
}

// A cheap test that spares normalizing and parsing the lines no marker can start.
bool may_start_marker(char32_t code_point) {
  static constexpr std::u32string_view kMarkerStarts =
      U"0123456789(〔第篇附一二三四五六七八九十〇零";
  return kMarkerStarts.find(code_point) != std::u32string_view::npos ||
         (code_point >= 0x2460 && code_point <= 0x2473) ||
         (code_point >= 0x3251 && code_point <= 0x325F) ||
         (code_point >= 0x32B1 && code_point <= 0x32BF);
}

// A part marker may also end a title or follow it (学校工作计划 篇1): a line holding 篇 near its
// start is read whatever it starts with. The title before the marker is at most 40 characters
// (grammars/heading.hpp), so the marker lies within this many bytes of the original line,
// indentation, brackets and pinyin glosses included; a paragraph's later 篇 need not be sought.
constexpr std::size_t kMaxPieceMarkerReach = 256;

bool may_hold_piece(std::string_view line) {
  static constexpr std::string_view kPiece = "篇";  // E7 AF 87
  const std::string_view head = line.substr(0, kMaxPieceMarkerReach);
  // Sought by its middle byte: E7 leads a fifth of common Hanzi, AF follows far fewer.
  for (std::size_t at = head.find(kPiece[1], 1); at != std::string_view::npos;
       at = head.find(kPiece[1], at + 1)) {
    if (head.substr(at - 1, kPiece.size()) == kPiece) return true;
  }
  return false;
}

// A title numbered as the first of a collection (社区的工作计划1, 镇目标工作计划（一）) ends
// with a digit or a closing bracket, half- or full-width: such a line is read whatever it
// starts with.
bool may_end_with_title_number(std::string_view line) {
  // 40 code points of title (grammars/heading.hpp), the number, brackets and blanks.
  constexpr std::size_t kMaxNumberedTitleBytes = 192;
  if (line.size() > kMaxNumberedTitleBytes) return false;
  const std::size_t end = line.find_last_not_of(" \t\r");
  if (end == std::string_view::npos) return false;
  std::size_t start = end;
  while (start > 0 && (static_cast<unsigned char>(line[start]) & 0xC0) == 0x80) --start;
  std::size_t at = start;
  const char32_t last = decode_utf8_at(line, at);
  return (last >= U'0' && last <= U'9') || (last >= U'０' && last <= U'９') || last == U')' ||
         last == U'）';
}

bool is_blank(std::string_view line) {
  return first_folded_code_point(line) == 0;
}

// A line whose start the grammar recognised, read back onto the original text. Its heading
// lies in Scan::headings, which becomes the outline's: a file of many headings never holds
// them twice.
struct MarkerLine {
  std::size_t line = 0;  // 0-based
  LineStart::Kind kind = LineStart::Kind::text;
  bool bare = false;
  bool after_title = false;    // a part marker after a title (学校工作计划 篇1)
  bool viewer_page = false;    // a document viewer's page number before the page's text
  Heading* heading = nullptr;  // for parts: position, title and value only
};

// A document viewer's pages flattened one a line, each after its page number (1、…工作计划一、
// 主要工作…(一)主要指标…): the first page runs the document's own chapter (一、) and section
// ((一)) headings into its text, glued after a word, as no heading's title does. Only long lines
// are pages.
constexpr std::size_t kMinPageBytes = 600;

bool is_chinese_digit(char32_t code_point) {
  return std::u32string_view(U"一二三四五六七八九十").find(code_point) != std::u32string_view::npos;
}

bool is_common_hanzi(char32_t code_point) {
  return code_point >= 0x4E00 && code_point <= 0x9FFF;
}

bool runs_in_sections(std::string_view text) {
  bool chapter = false;
  bool section = false;
  char32_t previous = 0;
  char32_t before_numeral = 0;  // what precedes the run of numerals the scan is in
  char32_t before_bracket = 0;  // what precedes the latest opening bracket
  bool in_numeral = false;
  for (std::size_t at = 0; at < text.size() && !(chapter && section);) {
    const char32_t code_point = decode_utf8_at(text, at);
    if (is_chinese_digit(code_point)) {
      if (!in_numeral) before_numeral = previous;
      in_numeral = true;
    } else {
      if (in_numeral && code_point == U'、' && is_common_hanzi(before_numeral) &&
          before_numeral != U'第') {
        chapter = true;
      }
      if (in_numeral && code_point == U')' && before_numeral == U'(' &&
          (is_common_hanzi(before_bracket) || before_bracket == U'。')) {
        section = true;
      }
      if (code_point == U'(') before_bracket = previous;
      in_numeral = false;
    }
    previous = code_point;
  }
  return chapter && section;
}

// One line of the normalized view and the way back to the original line: the line normalized on
// its own (into the caller's `scratch`, reused line after line), or its stretch of the whole
// document's view when the caller has one. Offsets are relative to the line on both sides.
class NormalizedLine {
 public:
  NormalizedLine(std::string_view original, NormalizedText& scratch) : own_(&scratch) {
    normalize_into(original, scratch);
    view_ = scratch.view();
  }
  NormalizedLine(const NormalizedDocument& whole, std::size_t line, std::size_t original_start)
      : whole_(&whole.text()),
        view_start_(whole.lines().line_start(line)),
        original_start_(original_start),
        view_(whole.lines().line_text(line)) {}
  NormalizedLine(const NormalizedLine&) = delete;
  NormalizedLine& operator=(const NormalizedLine&) = delete;

  std::string_view view() const { return view_; }
  std::size_t to_original_begin(std::size_t offset) const {
    return own_ ? own_->to_original_begin(offset)
                : whole_->to_original_begin(view_start_ + offset) - original_start_;
  }
  std::size_t to_original_end(std::size_t offset) const {
    return own_ ? own_->to_original_end(offset)
                : whole_->to_original_end(view_start_ + offset) - original_start_;
  }

 private:
  const NormalizedText* own_ = nullptr;
  const NormalizedText* whole_ = nullptr;
  std::size_t view_start_ = 0;
  std::size_t original_start_ = 0;
  std::string_view view_;
};

class MarkerLineReader {
 public:
  MarkerLineReader(const Document& document, std::size_t line, std::string_view original,
                   const NormalizedLine& normalized)
      : document_(document), line_(line), original_(original), normalized_(normalized) {}

  // The line's heading, appended to `headings`; the marker line points to it once the scan is
  // over and `headings` stops growing.
  MarkerLine read(const LineStart& start, std::vector<Heading>& headings) const {
    MarkerLine marker_line{line_, start.kind, start.bare, start.after_title, false, nullptr};
    Heading& heading = headings.emplace_back();
    const std::size_t line_start = document_.lines().line_start(line_);
    heading.marker_begin = line_start + begin(start.marker_begin);
    heading.marker_end = line_start + normalized_.to_original_end(start.marker_end);
    heading.position = document_.position_of(heading.marker_begin);
    heading.automatic = document_.is_generated(heading.marker_begin);
    heading.marker = slice(start.marker_begin, start.marker_end);
    heading.family = start.family;
    heading.value = start.value;
    heading.malformed = start.bare;
    heading.in_table_row = start.in_table_row;
    heading.decimal_prefix = start.decimal_prefix;
    heading.decimal_depth = start.decimal_depth;
    if (start.separator_begin != LineStart::npos) {
      heading.separator = slice(start.separator_begin, start.separator_end);
    }
    if (start.open_bracket != LineStart::npos && start.close_bracket != LineStart::npos) {
      heading.brackets = slice(start.open_bracket, start.open_bracket_end) +
                         slice(start.close_bracket, start.close_bracket_end);
    }
    if (start.title_begin != LineStart::npos) {
      heading.title = trim_blanks(slice(start.title_begin, start.title_end));
    }
    return marker_line;
  }

 private:
  std::size_t begin(std::size_t view_offset) const {
    return normalized_.to_original_begin(view_offset);
  }
  std::string slice(std::size_t view_begin, std::size_t view_end) const {
    const std::size_t from = begin(view_begin);
    return std::string(original_.substr(from, normalized_.to_original_end(view_end) - from));
  }

  const Document& document_;
  std::size_t line_;
  std::string_view original_;
  const NormalizedLine& normalized_;
};

// A long line's heading is read from the line's first bytes alone when its title ends (at the
// first 。；：) well before them: the rest of the line, often a whole paragraph, is never
// normalized. What starts the line is then the same as the whole line's: the marker and its
// separator lie before the title, and the grammar reads nothing past the title's end but on
// lines it returns no marked heading for (parts, attachments, bare numbers), which are read
// whole.
constexpr std::size_t kHeadingPrefixBytes = 384;

bool may_be_viewer_page(const LineStart& start, std::string_view line) {
  return start.kind == LineStart::Kind::heading && !start.bare && start.family == Family::arabic &&
         start.value == 1 && line.size() >= kMinPageBytes;
}

// Whether the heading found in the view of a line's first `prefix_bytes` is the whole line's:
// a marked heading whose title ends where that view is still the whole line's.
bool is_whole_lines_heading(const LineStart& start, const NormalizedLine& prefix,
                            std::size_t prefix_bytes, std::string_view line) {
  if (start.kind != LineStart::Kind::heading || start.bare || start.title_end == LineStart::npos ||
      start.title_end >= prefix.view().size() || may_be_viewer_page(start, line)) {
    return false;
  }
  // The character ending the title (a reference at most a lookahead long) and what normalizing
  // it read after it.
  return prefix.to_original_end(start.title_end) + 2 * kNormalizeLookaheadBytes <= prefix_bytes;
}

// The first bytes of a long line from which its heading is read: up to the first 。；： as
// typed, plainly or full-width (where the title most likely ends), and what normalizing reads
// past it; at most kHeadingPrefixBytes, ending on a character's first byte.
std::string_view line_prefix(std::string_view line) {
  const std::string_view head = line.substr(0, kHeadingPrefixBytes);
  std::size_t bytes = head.size();
  for (const std::string_view title_end : {"。", "；", "：", ";", ":"}) {
    const std::size_t found = head.find(title_end);
    if (found != std::string_view::npos) {
      bytes = std::min(bytes, found + title_end.size() + 2 * kNormalizeLookaheadBytes);
    }
  }
  if (line.size() <= bytes) return line;
  while (bytes > 0 && (static_cast<unsigned char>(line[bytes]) & 0xC0) == 0x80) --bytes;
  return line.substr(0, bytes);
}

struct Scan {
  std::deque<MarkerLine> marker_lines;
  // The marker lines' headings, in the same order; dropping a marker line leaves its heading
  // here, unread.
  std::vector<Heading> headings;
  // A site's notice label (温馨提示：) before any marker line, whose points follow it.
  std::optional<std::size_t> notice_label_line;  // 0-based
};

Scan scan_lines(const Document& document, const NormalizedDocument* whole) {
  Scan scan;
  const LineIndex& lines = document.lines();
  std::optional<NormalizedLine> normalized;
  NormalizedText scratch;
  // At most one heading a line. Reserving that many never moves the headings (moving them would
  // hold two copies at once); the pages past the last heading are never touched, so they cost
  // address space only.
  scan.headings.reserve(lines.line_count());
  SourcePagesBehind pages_behind(document);
  for (std::size_t line = 0; line < lines.line_count(); ++line) {
    pages_behind.reached(lines.line_start(line));
    const std::string_view text = lines.line_text(line);
    if (text.empty()) continue;
    const bool marker_possible = may_start_marker(first_folded_code_point(text)) ||
                                 may_hold_piece(text) || may_end_with_title_number(text);
    // Cue lines are sought once the scan is over (find_trailer), past the last part.
    const bool notice_possible =
        text.size() <= kMaxCueLineBytes && scan.marker_lines.empty() && !scan.notice_label_line;
    if (!marker_possible && !notice_possible) continue;
    LineStart start;
    bool read_from_prefix = false;
    if (whole == nullptr && text.size() > kHeadingPrefixBytes) {
      // Longer than a line that may be the notice's label: only a marker is sought.
      const std::string_view prefix = line_prefix(text);
      normalized.emplace(prefix, scratch);
      start = detect_line_start(normalized->view());
      read_from_prefix = is_whole_lines_heading(start, *normalized, prefix.size(), text);
    }
    if (!read_from_prefix) {
      if (whole != nullptr) {
        normalized.emplace(*whole, line, lines.line_start(line));
      } else {
        normalized.emplace(text, scratch);
      }
      if (notice_possible && is_site_notice_label(normalized->view())) {
        scan.notice_label_line = line;
      }
      if (!marker_possible) continue;
      start = detect_line_start(normalized->view());
    }
    if (start.kind == LineStart::Kind::text) continue;
    MarkerLine& marker_line = scan.marker_lines.emplace_back(
        MarkerLineReader(document, line, text, *normalized).read(start, scan.headings));
    marker_line.viewer_page = may_be_viewer_page(start, text) &&
                              runs_in_sections(normalized->view().substr(start.marker_end));
  }
  for (std::size_t i = 0; i < scan.marker_lines.size(); ++i) {
    scan.marker_lines[i].heading = &scan.headings[i];
  }
  return scan;
}

// The page numbers of a flattened viewer's pages (see runs_in_sections) are none of the
// document's headings: the first page's and those counting on from it.
void drop_viewer_pages(Scan& scan) {
  const auto first_page = std::find_if(scan.marker_lines.begin(), scan.marker_lines.end(),
                                       [](const MarkerLine& m) { return m.viewer_page; });
  if (first_page == scan.marker_lines.end()) return;
  auto pages_end = std::next(first_page);
  while (pages_end != scan.marker_lines.end() && pages_end->kind == LineStart::Kind::heading &&
         !pages_end->bare && pages_end->heading->family == Family::arabic &&
         pages_end->heading->value == std::prev(pages_end)->heading->value + 1) {
    ++pages_end;
  }
  scan.marker_lines.erase(first_page, pages_end);
}

// 温馨提示： 1. … 2. … at the head of a page: the site's points, one a line right below its
// label, numbered from 1, are none of the document's headings.
void drop_site_notice(Scan& scan) {
  if (!scan.notice_label_line) return;
  std::size_t next_line = *scan.notice_label_line + 1;
  std::int64_t next_value = 1;
  std::size_t points = 0;
  for (const MarkerLine& marker_line : scan.marker_lines) {
    if (marker_line.kind != LineStart::Kind::heading || marker_line.line != next_line ||
        marker_line.heading->value != next_value) {
      break;
    }
    ++points;
    ++next_line;
    ++next_value;
  }
  scan.marker_lines.erase(scan.marker_lines.begin(),
                          scan.marker_lines.begin() + static_cast<std::ptrdiff_t>(points));
}

bool starts_part(const MarkerLine& marker_line) {
  return marker_line.kind == LineStart::Kind::piece ||
         marker_line.kind == LineStart::Kind::attachment;
}

// A part marker after a title counts only where it continues the bundled documents: 篇1 first,
// then 篇2 after 篇1. Elsewhere 篇 and a number are ordinary words of the line.
void drop_unsequenced_pieces(Scan& scan) {
  std::int64_t last_piece = 0;
  std::erase_if(scan.marker_lines, [&](const MarkerLine& marker_line) {
    if (marker_line.kind != LineStart::Kind::piece) return false;
    const std::int64_t value = marker_line.heading->value;
    if (marker_line.after_title && value != last_piece + 1) return true;
    last_piece = value;
    return false;
  });
}

// The residue after the body begins at the first cue line that follows a heading and is not
// followed by another bundled document. Only the lines past both are read (normalized), up to
// the first cue: a file of many documents is not normalized line by line for its cues.
std::optional<std::size_t> find_trailer(const Document& document, const NormalizedDocument* whole,
                                        const Scan& scan) {
  const auto first_heading = std::find_if(
      scan.marker_lines.begin(), scan.marker_lines.end(),
      [](const MarkerLine& m) { return m.kind == LineStart::Kind::heading && !m.bare; });
  if (first_heading == scan.marker_lines.end()) return std::nullopt;
  std::size_t last_part_line = 0;
  for (const MarkerLine& marker_line : scan.marker_lines) {
    if (starts_part(marker_line)) last_part_line = marker_line.line;
  }
  const LineIndex& lines = document.lines();
  std::optional<NormalizedLine> normalized;
  NormalizedText scratch;
  for (std::size_t line = std::max(first_heading->line, last_part_line) + 1;
       line < lines.line_count(); ++line) {
    const std::string_view text = lines.line_text(line);
    if (text.empty() || text.size() > kMaxCueLineBytes) continue;
    if (whole != nullptr) {
      normalized.emplace(*whole, line, lines.line_start(line));
    } else {
      normalized.emplace(text, scratch);
    }
    if (is_residue_cue_line(normalized->view())) return line;
  }
  return std::nullopt;
}

// The headings of a group that `counts` admits, for ordering the families.
template <typename Predicate>
std::vector<Family> group_family_order(const std::vector<MarkerLine*>& group,
                                       const Hierarchy& hierarchy, Predicate counts) {
  std::vector<FamilyOccurrence> occurrences;
  for (std::size_t i = 0; i < group.size(); ++i) {
    if (counts(i)) occurrences.push_back({group[i]->heading->family, group[i]->heading->value});
  }
  return family_order(occurrences, hierarchy);
}

// A list's first child may follow its heading after a few lines of text, no further: beyond
// them a lone bare number with a list below it is more likely a sentence than a heading.
constexpr std::size_t kMaxLinesToFirstChild = 8;

// 192. …, then 1. 2. 3., then 193.: a list of the same family that counts from 1 between two
// consecutive items is a sub-list of the first, one level down (with what lies in it), though
// its markers look like its parent's. Two items at least: 2. 1. 3. is a reversal.
void nest_sub_lists(std::span<Heading> headings) {
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  constexpr std::size_t kFewestItems = 2;
  // next_peer[i]: the next heading of i's family and level before any heading above it.
  std::vector<std::size_t> next_peer(headings.size(), kNone);
  std::array<std::size_t, kFamilyCount> latest;
  latest.fill(kNone);
  for (std::size_t i = headings.size(); i-- > 0;) {
    const auto family = static_cast<std::size_t>(headings[i].family);
    const std::size_t candidate = latest[family];
    if (candidate != kNone && headings[candidate].level == headings[i].level) {
      next_peer[i] = candidate;
    }
    // A heading above this family's level closes its lists.
    for (std::size_t f = 0; f < latest.size(); ++f) {
      if (latest[f] != kNone && headings[latest[f]].level > headings[i].level) {
        latest[f] = kNone;
      }
    }
    latest[family] = i;
  }
  for (std::size_t parent = 0; parent < headings.size(); ++parent) {
    const std::size_t first = next_peer[parent];
    if (first == kNone || headings[first].value != 1 || headings[first].decimal_depth > 0) {
      continue;
    }
    std::size_t items = 1;
    std::size_t after = next_peer[first];
    while (after != kNone && headings[after].value == static_cast<std::int64_t>(items) + 1) {
      ++items;
      after = next_peer[after];
    }
    if (items < kFewestItems || after == kNone ||
        headings[after].value != headings[parent].value + 1) {
      continue;
    }
    for (std::size_t i = parent + 1; i < after; ++i) ++headings[i].level;
  }
}

bool is_decimal(const MarkerLine& marker_line) {
  return marker_line.heading->decimal_depth > 0;
}

// Where a decimal marker belongs, as a reader finds it: 1.1 one level below the heading
// numbered 1 (1. or 一、), 3.1.1 below 3.1, and 1.2 beside its sibling 1.1. A decimal number
// that names no heading before it (1.5小时内到达… after 1.) is text.
class DecimalPlaces {
 public:
  std::optional<int> level_of(const Heading& decimal) const {
    const std::uint64_t named = key(decimal.decimal_prefix, decimal.decimal_depth);
    const auto& first_choice = decimal.value == 1 ? level_below_ : level_of_child_;
    if (const auto found = first_choice.find(named); found != first_choice.end()) {
      return found->second;
    }
    if (decimal.value == 1) {
      if (const auto sibling = level_of_child_.find(named); sibling != level_of_child_.end()) {
        return sibling->second;
      }
    }
    return std::nullopt;
  }

  // `heading`, with its level, is the latest heading of its number.
  void record(const Heading& heading) {
    const std::uint64_t number = heading.decimal_prefix * LineStart::kDecimalBase +
                                 static_cast<std::uint64_t>(heading.value);
    level_below_[key(number, heading.decimal_depth + 1)] = heading.level + 1;
    if (heading.decimal_depth > 0) {
      level_of_child_[key(heading.decimal_prefix, heading.decimal_depth)] = heading.level;
    }
  }

 private:
  // A heading number of `count` numbers, packed: 3.1 and 3.1.0 differ.
  static std::uint64_t key(std::uint64_t packed, unsigned count) { return packed * 8 + count; }

  std::unordered_map<std::uint64_t, int> level_below_;     // number → level of its first child
  std::unordered_map<std::uint64_t, int> level_of_child_;  // number → level of its latest child
};

class GroupBuilder {
 public:
  GroupBuilder(std::vector<MarkerLine*> group, const Hierarchy& hierarchy)
      : group_(std::move(group)),
        hierarchy_(hierarchy),
        order_(group_family_order(group_, hierarchy, [&](std::size_t i) {
          return !group_[i]->bare && !is_decimal(*group_[i]);
        })) {}

  // The group's headings with their levels, bare numbers kept only where they fit, decimal
  // markers where they name a heading, moved to `headings[kept]` on (`kept` counts them). The
  // group's own headings lie in `headings` too, at `kept` or after, in order: each moves down,
  // never over one still to be read.
  void keep_headings(std::vector<Heading>& headings, std::size_t& kept) {
    const std::size_t first_kept = kept;
    const std::vector<bool> keep = kept_lines();
    if (keeps_family_outside_order(keep)) {
      order_ = group_family_order(group_, hierarchy_, [&](std::size_t i) { return keep[i]; });
    }
    const bool has_decimals = std::any_of(group_.begin(), group_.end(),
                                          [](const MarkerLine* m) { return is_decimal(*m); });
    DecimalPlaces decimals;
    for (std::size_t i = 0; i < group_.size(); ++i) {
      Heading& scanned = *group_[i]->heading;
      int level = 0;
      if (is_decimal(*group_[i])) {
        const std::optional<int> place = decimals.level_of(scanned);
        if (!place) continue;
        level = *place;
      } else if (keep[i]) {
        level = level_of(scanned.family);
      } else {
        continue;
      }
      Heading& heading = headings[kept++];
      if (&heading != &scanned) heading = std::move(scanned);
      heading.level = level;
      if (has_decimals) decimals.record(heading);
    }
    nest_sub_lists(std::span(headings).subspan(first_kept, kept - first_kept));
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // The strong (non-bare) headings around one line: the nearest of its own family on each side
  // within its list, and the nearest of any family.
  struct Neighbours {
    std::size_t previous_sibling = kNone;
    // The nearest before it of its own family, also across a heading of a higher level.
    std::size_t previous_of_family = kNone;
    std::size_t next_sibling = kNone;
    std::size_t previous_heading = kNone;
    std::size_t next_heading = kNone;
  };

  std::vector<bool> kept_lines() {
    const std::vector<Neighbours> neighbours = bare_neighbours();
    std::vector<bool> keep(group_.size());
    for (std::size_t i = 0; i < group_.size(); ++i) {
      if (is_decimal(*group_[i])) continue;  // placed by DecimalPlaces
      keep[i] = !group_[i]->bare || bare_number_fits(i, neighbours[i]);
      // A clause number of a standard (4 技术要求, 4.1 …) is written without a separator: it
      // lost none.
      if (!keep[i] && opens_decimal_list(i)) {
        keep[i] = true;
        group_[i]->heading->malformed = false;
      }
    }
    return keep;
  }

  bool keeps_family_outside_order(const std::vector<bool>& keep) const {
    for (std::size_t i = 0; i < group_.size(); ++i) {
      if (keep[i] && !in_order(group_[i]->heading->family)) return true;
    }
    return false;
  }

  static std::size_t index_of(Family family) { return static_cast<std::size_t>(family); }
  const Heading& heading_at(std::size_t i) const { return *group_[i]->heading; }

  bool in_order(Family family) const {
    return std::find(order_.begin(), order_.end(), family) != order_.end();
  }

  int level_of(Family family) const {
    const auto found = std::find(order_.begin(), order_.end(), family);
    return static_cast<int>(found - order_.begin()) + 1;
  }

  // Ranks by the document's order where it knows both families, else by the hierarchy (a
  // family only bare numbers use is in no order yet).
  bool outranks(Family family, Family than) const {
    if (in_order(family) && in_order(than)) return level_of(family) < level_of(than);
    const auto rank = [&](Family f) {
      return std::find(hierarchy_.begin(), hierarchy_.end(), f) - hierarchy_.begin();
    };
    return rank(family) < rank(than);
  }

  // The strong heading of `family` that `latest` last saw is a sibling of the current line
  // unless a heading of a higher level came between them, where a new list began.
  std::size_t sibling_in(const std::array<std::size_t, kFamilyCount>& latest, Family family,
                         bool forward) const {
    const std::size_t candidate = latest[index_of(family)];
    if (candidate == kNone) return kNone;
    for (std::size_t f = 0; f < kFamilyCount; ++f) {
      const std::size_t other = latest[f];
      if (other == kNone || f == index_of(family)) continue;
      const bool between = forward ? other > candidate : other < candidate;
      if (between && outranks(static_cast<Family>(f), family)) return kNone;
    }
    return candidate;
  }

  // Two linear passes, one each way, so that a file of many bare numbers costs no more than
  // one of many headings.
  std::vector<Neighbours> bare_neighbours() const {
    std::vector<Neighbours> neighbours(group_.size());
    std::array<std::size_t, kFamilyCount> latest;
    latest.fill(kNone);
    std::size_t last_strong = kNone;
    for (std::size_t i = 0; i < group_.size(); ++i) {
      if (is_decimal(*group_[i])) continue;  // a sub-section, in no list of its family
      if (group_[i]->bare) {
        neighbours[i].previous_sibling = sibling_in(latest, heading_at(i).family, true);
        neighbours[i].previous_of_family = latest[index_of(heading_at(i).family)];
        neighbours[i].previous_heading = last_strong;
      } else {
        latest[index_of(heading_at(i).family)] = i;
        last_strong = i;
      }
    }
    latest.fill(kNone);
    last_strong = kNone;
    for (std::size_t i = group_.size(); i-- > 0;) {
      if (is_decimal(*group_[i])) continue;
      if (group_[i]->bare) {
        neighbours[i].next_sibling = sibling_in(latest, heading_at(i).family, false);
        neighbours[i].next_heading = last_strong;
      } else {
        latest[index_of(heading_at(i).family)] = i;
        last_strong = i;
      }
    }
    return neighbours;
  }

  // 4推动… and 二积极参加… count as headings where they continue their siblings: 3. before and
  // 5. or the end of the list after; or, first of their list, where 2. follows or their own
  // first child (（一）, 1.) opens a few lines below. Paragraphs numbered on across chapters
  // (三、 under 第一章, then 四 and 五、 under 第二章) continue the family's last number.
  bool bare_number_fits(std::size_t at, const Neighbours& around) const {
    const Heading& bare = heading_at(at);
    if (interrupts_list(bare, around)) return false;
    const std::int64_t value = bare.value;
    if (around.previous_sibling != kNone) {
      if (heading_at(around.previous_sibling).value != value - 1) return false;
      return around.next_sibling == kNone || heading_at(around.next_sibling).value == value + 1;
    }
    if (value > 1 && around.previous_of_family != kNone && around.next_sibling != kNone) {
      return heading_at(around.previous_of_family).value == value - 1 &&
             heading_at(around.next_sibling).value == value + 1;
    }
    if (value != 1) return false;
    if (around.next_sibling != kNone) return heading_at(around.next_sibling).value == 2;
    return opens_child_list(bare, around);
  }

  // 4 技术要求 then 4.1 …, as standards number their clauses: the bare number's first
  // decimal sub-section, right after it, vouches for it.
  bool opens_decimal_list(std::size_t at) const {
    if (at + 1 >= group_.size()) return false;
    const Heading& bare = heading_at(at);
    const Heading& next = heading_at(at + 1);
    return bare.family == Family::arabic && next.decimal_depth == 1 &&
           next.decimal_prefix == static_cast<std::uint64_t>(bare.value) && next.value == 1 &&
           next.position.line - bare.position.line <= kMaxLinesToFirstChild;
  }

  // A list of a lower level running on across the line — （一） before it, （二） after —
  // means the line sits inside that list's item, not at a sibling's place.
  bool interrupts_list(const Heading& bare, const Neighbours& around) const {
    if (around.previous_heading == kNone || around.next_heading == kNone) return false;
    const Heading& before = heading_at(around.previous_heading);
    const Heading& after = heading_at(around.next_heading);
    return before.family == after.family && after.value == before.value + 1 &&
           outranks(bare.family, before.family);
  }

  // The next heading starts a list one level below the bare number's: （一） under 一, （1）
  // under 1, with no family of the document ranked between them.
  bool opens_child_list(const Heading& bare, const Neighbours& around) const {
    if (around.next_heading == kNone) return false;
    const Heading& child = heading_at(around.next_heading);
    if (child.value != 1 || !outranks(bare.family, child.family)) return false;
    if (child.position.line - bare.position.line > kMaxLinesToFirstChild) return false;
    return std::none_of(order_.begin(), order_.end(), [&](Family between) {
      return outranks(bare.family, between) && outranks(between, child.family);
    });
  }

  std::vector<MarkerLine*> group_;
  const Hierarchy& hierarchy_;
  std::vector<Family> order_;
};

// A table of contents's entry names the heading whose title it repeats, perhaps followed by
// leader dots and a page number (总体要求……1).
bool names_same_section(std::string_view entry, std::string_view title) {
  if (title.empty() || !entry.starts_with(title)) return false;
  static constexpr std::u32string_view kLeaders = U" \t.…·-—_．　0123456789０１２３４５６７８９";
  const std::string_view rest = entry.substr(title.size());
  for (std::size_t at = 0; at < rest.size();) {
    if (kLeaders.find(decode_utf8_at(rest, at)) == std::u32string_view::npos) return false;
  }
  return true;
}

// A table of contents before the body (目录 1.版本发布 2.工具开发 …, then 一、版本发布 …): the
// group's first list, three or more items numbered from 1, whose titles the body's first list
// repeats in order. How many marker lines it takes; 0 when the group opens with no contents.
std::size_t contents_length(const std::vector<MarkerLine*>& group) {
  constexpr std::size_t kFewestEntries = 3;
  const auto plain = [](const MarkerLine* m) { return !m->bare && !is_decimal(*m); };
  if (group.empty() || !plain(group[0]) || group[0]->heading->value != 1) return 0;
  std::size_t entries = 1;
  while (entries < group.size() && plain(group[entries]) &&
         group[entries]->heading->family == group[0]->heading->family &&
         group[entries]->heading->value == group[entries - 1]->heading->value + 1) {
    ++entries;
  }
  if (entries < kFewestEntries || entries == group.size()) return 0;
  const Heading& body_first = *group[entries]->heading;
  if (!plain(group[entries]) || body_first.value != 1) return 0;
  std::size_t named = 0;
  for (std::size_t i = entries; i < group.size() && named < entries; ++i) {
    const Heading& heading = *group[i]->heading;
    if (!plain(group[i]) || heading.family != body_first.family) continue;
    if (!names_same_section(group[named]->heading->title, heading.title)) return 0;
    ++named;
  }
  return named == entries ? entries : 0;
}

std::uint32_t last_content_line(const LineIndex& lines, std::size_t from, std::size_t end) {
  std::size_t last = end;
  while (last > from + 1 && is_blank(lines.line_text(last - 1))) --last;
  return static_cast<std::uint32_t>(last);
}

void link_parents(std::span<Heading> headings, std::size_t group_begin) {
  std::vector<std::size_t> open;  // the chain of headings above the current one
  for (std::size_t i = group_begin; i < headings.size(); ++i) {
    while (!open.empty() && headings[open.back()].level >= headings[i].level) open.pop_back();
    if (!open.empty()) headings[i].parent = open.back();
    open.push_back(i);
  }
}

// A section ends before the next heading of its level or above, or where its group ends.
void set_last_lines(const LineIndex& lines, std::span<Heading> headings, std::size_t group_begin,
                    std::size_t group_end_line, SourcePageRelease& release) {
  for (std::size_t i = group_begin; i < headings.size(); ++i) {
    std::size_t end = group_end_line;
    for (std::size_t j = i + 1; j < headings.size(); ++j) {
      if (headings[j].level <= headings[i].level) {
        end = headings[j].position.line - 1;
        break;
      }
    }
    headings[i].last_line = last_content_line(lines, headings[i].position.line - 1, end);
    release.after_read();
  }
}

// The first line that opens a heading or a part; 0 when there is none.
std::uint32_t first_structure_line(const Outline& outline) {
  std::uint32_t first = 0;
  if (!outline.headings.empty()) first = outline.headings.front().position.line;
  if (!outline.parts.empty() && (first == 0 || outline.parts.front().position.line < first)) {
    first = outline.parts.front().position.line;
  }
  return first;
}

}  // namespace

Outline build_outline(const Document& document, const Hierarchy& hierarchy,
                      const NormalizedDocument* normalized) {
  const LineIndex& lines = document.lines();
  Scan scan = scan_lines(document, normalized);
  drop_site_notice(scan);
  drop_viewer_pages(scan);
  drop_unsequenced_pieces(scan);
  Outline outline;
  outline.line_count = static_cast<std::uint32_t>(lines.line_count());
  if (const auto trailer = find_trailer(document, normalized, scan)) {
    outline.trailer_line = static_cast<std::uint32_t>(*trailer + 1);
    std::erase_if(scan.marker_lines, [&](const MarkerLine& m) { return m.line >= *trailer; });
  }
  const std::size_t body_end =
      outline.trailer_line ? *outline.trailer_line - 1 : lines.line_count();

  // Groups: the lines before the first part, then each part.
  std::vector<std::vector<MarkerLine*>> groups(1);
  std::vector<std::size_t> group_end_lines;
  for (MarkerLine& marker_line : scan.marker_lines) {
    if (starts_part(marker_line)) {
      group_end_lines.push_back(marker_line.line);
      Part part;
      part.kind =
          marker_line.kind == LineStart::Kind::piece ? Part::Kind::piece : Part::Kind::attachment;
      part.position = marker_line.heading->position;
      part.title = marker_line.heading->title;
      part.marker = marker_line.heading->marker;
      part.value = marker_line.heading->value;
      part.marker_begin = marker_line.heading->marker_begin;
      part.marker_end = marker_line.heading->marker_end;
      outline.parts.push_back(std::move(part));
      groups.emplace_back();
    } else {
      groups.back().push_back(&marker_line);
    }
  }
  group_end_lines.push_back(body_end);
  // Parts and sections end all over a large file: the pages their last lines bring back go again.
  SourcePageRelease release(document);
  for (std::size_t p = 0; p < outline.parts.size(); ++p) {
    outline.parts[p].last_line =
        last_content_line(lines, outline.parts[p].position.line - 1, group_end_lines[p + 1]);
    release.after_read();
  }

  // The scanned headings become the outline's, each kept one moved down in place, the rest
  // cut off at the end.
  outline.headings = std::move(scan.headings);
  std::size_t kept = 0;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    // A table of contents is levelled apart from the body it lists; its section ends where
    // the body begins.
    std::vector<MarkerLine*>& group = groups[g];
    const auto contents_end = group.begin() + static_cast<std::ptrdiff_t>(contents_length(group));
    std::vector<std::vector<MarkerLine*>> stretches;
    if (contents_end != group.begin()) stretches.emplace_back(group.begin(), contents_end);
    stretches.emplace_back(contents_end, group.end());
    for (std::size_t s = 0; s < stretches.size(); ++s) {
      const std::size_t end_line =
          s + 1 < stretches.size() ? stretches[s + 1].front()->line : group_end_lines[g];
      const std::size_t group_begin = kept;
      GroupBuilder(std::move(stretches[s]), hierarchy).keep_headings(outline.headings, kept);
      const std::span<Heading> so_far = std::span(outline.headings).first(kept);
      if (g > 0) {
        for (Heading& heading : so_far.subspan(group_begin)) heading.part = g - 1;
      }
      link_parents(so_far, group_begin);
      set_last_lines(lines, so_far, group_begin, end_line, release);
    }
  }
  outline.headings.erase(outline.headings.begin() + static_cast<std::ptrdiff_t>(kept),
                         outline.headings.end());
  outline.first_heading_line = first_structure_line(outline);
  return outline;
}

}  // namespace planlint
