#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "planlint/core/position.hpp"
#include "planlint/parse/document_profile.hpp"
#include "planlint/parse/family.hpp"
#include "planlint/parse/hierarchy.hpp"

namespace planlint {

class Document;

struct Heading {
  Position position;   // of the marker's first character
  std::string marker;  // verbatim: （一）, 1、, 4
  Family family = Family::cn;
  std::int64_t value = 0;
  std::string separator;  // as written after the number or bracket; empty when there is none
  std::string brackets;   // opening and closing bracket as written, e.g. "（)"; empty if none
  std::string title;      // up to the first 。 ； ： or the line end, as written
  int level = 0;          // 1 = top level of its part
  std::optional<std::size_t> part;    // index into Outline::parts
  std::optional<std::size_t> parent;  // index into Outline::headings
  std::uint32_t last_line = 0;        // last non-blank line of its section
  // Byte offsets in Document::text() (not the file) of the marker, end exclusive.
  std::size_t marker_begin = 0;
  std::size_t marker_end = 0;
  bool malformed = false;  // the marker lost its separator (4推动… between 3. and 5.)
  bool automatic = false;  // drawn by Word's automatic numbering, not typed (.docx)
  // An item of a table flattened to text, after the row's year cell (1996 1. 在…): each table
  // numbers its rows afresh.
  bool in_table_row = false;
  // A decimal marker (1.1, 3.1.2) numbers a sub-section of the heading its leading numbers
  // name: those numbers packed (LineStart::decimal_prefix) and how many there are, 0 for other
  // markers. Its family is arabic and its value the last number.
  std::uint64_t decimal_prefix = 0;
  std::uint8_t decimal_depth = 0;
};

struct Part {
  enum class Kind { piece, attachment };
  Kind kind = Kind::piece;
  Position position;
  std::string title;   // the whole marker line, e.g. 篇一：2024年教育局工作計劃
  std::string marker;  // verbatim: 篇一, 【篇1】, 第二篇, 附件2
  std::int64_t value = 0;
  // Byte offsets in Document::text() of the marker, end exclusive, as Heading's.
  std::size_t marker_begin = 0;
  std::size_t marker_end = 0;
  std::uint32_t last_line = 0;
};

// The section structure of a document as a careful reader sees it.
struct Outline {
  std::vector<Part> parts;        // empty for a one-part document
  std::vector<Heading> headings;  // in document order
  std::uint32_t line_count = 0;
  // Lines before this one (1-based) hold no heading: the preamble. 0 when there is no heading.
  std::uint32_t first_heading_line = 0;
  // Site residue after the body (链接地址, 转载请保留, 相关文章…) starts here; it belongs to no
  // section.
  std::optional<std::uint32_t> trailer_line;
  // The document's type and date, the whole file's first, then one per part (detect_profiles);
  // empty until the engine or the outline command reads them.
  std::vector<DocumentProfile> profiles;
};

class NormalizedDocument;

// `normalized`, when given, is the document's whole normalized view, which the outline then
// reads instead of normalizing the lines that may hold a marker itself.
Outline build_outline(const Document& document, const Hierarchy& hierarchy = default_hierarchy(),
                      const NormalizedDocument* normalized = nullptr);

}  // namespace planlint
