// Text → outline, each input read both as a text file and as Markdown: the Markdown reading
// (cmark-gfm, markup blanked in place), normalization (NFKC_Casefold, Traditional → Simplified,
// HTML references, pinyin glosses) with its way back to the original, the heading grammar and
// the section tree, and both outline reports. The tree must be well formed, and must not depend
// on whether it was built from the lines normalized one by one or from the whole document's
// normalized view (as `check` does).
#include <cstdint>
#include <ostream>
#include <sstream>
#include <string>

#include "fuzz/fuzz_expect.hpp"
#include "planlint/input/load_document.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/report/outline_report.hpp"
#include "planlint/text/normalized_document.hpp"
#include "planlint/text/utf8.hpp"

using namespace planlint;

namespace {

// Every view offset leads back into the original text, never backwards, and a span's end never
// before its start.
void expect_normalization(std::string_view text, const NormalizedText& normalized) {
  const std::size_t view_size = normalized.view().size();
  const std::size_t stride = view_size / 1024 + 1;
  std::size_t previous_begin = 0;
  for (std::size_t offset = 0; offset <= view_size; offset += stride) {
    const std::size_t begin = normalized.to_original_begin(offset);
    const std::size_t end = normalized.to_original_end(offset);
    FUZZ_EXPECT(begin <= end);
    FUZZ_EXPECT(end <= text.size());
    FUZZ_EXPECT(begin >= previous_begin);
    previous_begin = begin;
  }
  FUZZ_EXPECT(normalized.to_original_end(view_size) == text.size());
}

void expect_well_formed(const Document& document, const Outline& outline) {
  const std::string_view text = document.text();
  FUZZ_EXPECT(outline.line_count == document.lines().line_count());
  std::uint32_t previous_line = 0;
  for (std::size_t i = 0; i < outline.headings.size(); ++i) {
    const Heading& heading = outline.headings[i];
    FUZZ_EXPECT(heading.position.line > previous_line);  // one heading per line, in order
    previous_line = heading.position.line;
    FUZZ_EXPECT(heading.position.line <= outline.line_count);
    FUZZ_EXPECT(heading.last_line >= heading.position.line);
    FUZZ_EXPECT(heading.last_line <= outline.line_count);
    FUZZ_EXPECT(heading.marker_begin < heading.marker_end);
    FUZZ_EXPECT(heading.marker_end <= text.size());
    FUZZ_EXPECT(text.substr(heading.marker_begin, heading.marker_end - heading.marker_begin) ==
                heading.marker);
    FUZZ_EXPECT(heading.position == document.position_of(heading.marker_begin));
    // Levels rank the families a part uses, so a first heading may sit below level 1 when a
    // higher family comes later (一、 … 第一章).
    FUZZ_EXPECT(heading.level >= 1);
    if (heading.part) FUZZ_EXPECT(*heading.part < outline.parts.size());
    if (heading.parent) {
      FUZZ_EXPECT(*heading.parent < i);
      const Heading& parent = outline.headings[*heading.parent];
      FUZZ_EXPECT(parent.level < heading.level);
      FUZZ_EXPECT(parent.part == heading.part);
      FUZZ_EXPECT(parent.last_line >= heading.last_line);
    }
  }
  for (const Part& part : outline.parts) {
    FUZZ_EXPECT(part.position.line >= 1 && part.position.line <= outline.line_count);
    FUZZ_EXPECT(part.last_line <= outline.line_count);
  }
  if (!outline.headings.empty())
    FUZZ_EXPECT(outline.first_heading_line <= outline.headings.front().position.line);
}

void expect_same_headings(const Outline& a, const Outline& b) {
  FUZZ_EXPECT(a.headings.size() == b.headings.size());
  for (std::size_t i = 0; i < a.headings.size(); ++i) {
    FUZZ_EXPECT(a.headings[i].position == b.headings[i].position);
    FUZZ_EXPECT(a.headings[i].marker == b.headings[i].marker);
    FUZZ_EXPECT(a.headings[i].title == b.headings[i].title);
    FUZZ_EXPECT(a.headings[i].level == b.headings[i].level);
    FUZZ_EXPECT(a.headings[i].parent == b.headings[i].parent);
  }
  FUZZ_EXPECT(a.parts.size() == b.parts.size());
  FUZZ_EXPECT(a.trailer_line == b.trailer_line);
}

// A Markdown file's reading is laid out like the file: the same bytes and code points on every
// line, line ends where the file has them.
void expect_reading_layout(const Document& document) {
  const std::string_view source = document.source();
  const std::string_view reading = document.text();
  FUZZ_EXPECT(reading.size() == source.size());
  if (reading.size() != source.size()) return;
  for (std::size_t line = 0; line < document.lines().line_count(); ++line) {
    const std::size_t start = document.lines().line_start(line);
    const std::string_view reading_line = document.lines().line_text(line);
    const std::string_view source_line = document.source_line(line);
    FUZZ_EXPECT(count_code_points(reading_line) == count_code_points(source_line));
    const std::size_t end = start + reading_line.size();
    FUZZ_EXPECT(end == source.size() || source[end] == reading[end]);  // the same line end
  }
}

void outline_and_check(const std::string& name, std::string bytes) {
  DocumentResult loaded = load_document_from_bytes(name, std::move(bytes));
  if (std::holds_alternative<InputError>(loaded)) return;
  const Document& document = *std::get<std::unique_ptr<Document>>(loaded);
  expect_reading_layout(document);

  const NormalizedDocument normalized(document.text());
  expect_normalization(document.text(), normalized.text());
  FUZZ_EXPECT(normalized.lines().line_count() == document.lines().line_count());

  const Outline outline = build_outline(document);
  expect_well_formed(document, outline);
  expect_same_headings(outline, build_outline(document, default_hierarchy(), &normalized));

  std::ostringstream report;
  write_outline_json(report, document.path(), document.decoded().encoding(), outline);
  write_outline_text(report, document.path(), document.decoded().encoding(), outline, Language::en);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  // The same bytes as plain text and as Markdown, which reads them through cmark-gfm.
  outline_and_check("fuzz.txt", bytes);
  outline_and_check("fuzz.md", bytes);
  return 0;
}
