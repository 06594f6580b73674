#pragma once
#include <cstddef>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "planlint/parse/outline.hpp"
#include "planlint/text/document.hpp"
#include "planlint/text/line_index.hpp"
#include "planlint/text/normalized_document.hpp"

namespace planlint {

// What a rule sees of one document: the text as written, its section tree, and the normalized
// view in which all matching happens (full-width folded, Traditional → Simplified, lower case).
// The view keeps every line end, so view line N is original line N.
class Rule;

// A stretch [begin, end) of the normalized view, in bytes.
struct ViewRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

class CheckContext {
 public:
  CheckContext(const Document& document, const Outline& outline,
               const NormalizedDocument& normalized,
               std::span<const DocumentProfile> profiles = {});
  CheckContext(const CheckContext&) = delete;
  CheckContext& operator=(const CheckContext&) = delete;

  const Document& document() const { return document_; }
  const Outline& outline() const { return outline_; }
  // The document's type and date (the whole file's first, then one per part).
  std::span<const DocumentProfile> profiles() const { return profiles_; }
  // The type and date governing a line (1-based): its part's, else the whole file's.
  DocumentProfile profile_at(std::uint32_t line) const {
    return planlint::profile_at(profiles_, line);
  }
  const std::string& view() const { return normalized_.view(); }
  const LineIndex& view_lines() const { return normalized_.lines(); }
  // Byte offsets in document().text() for a span of the view.
  std::size_t to_original_begin(std::size_t view_offset) const {
    return normalized_.text().to_original_begin(view_offset);
  }
  std::size_t to_original_end(std::size_t view_offset) const {
    return normalized_.text().to_original_end(view_offset);
  }
  // The stretches of the view a rule must scan: its candidate lines when the engine prefiltered
  // them (see Rule::triggers), else the whole view. Ascending, disjoint, each of whole lines.
  std::span<const ViewRange> ranges_for(const Rule& rule) const;
  void set_ranges(const Rule& rule, std::vector<ViewRange> ranges);
  // The stretches where trigger `trigger` (an index into rule.triggers()) can match: its own
  // candidate lines when the engine prefiltered a rule of several triggers, else those of
  // ranges_for(rule). A pattern that is also a trigger need scan only these.
  std::span<const ViewRange> ranges_for(const Rule& rule, std::size_t trigger) const;
  void set_trigger_ranges(const Rule& rule, std::vector<std::vector<ViewRange>> ranges);

  // Where a finding about the document as a whole goes: the start of the title (the first
  // non-blank line), else line 1.
  std::size_t document_anchor() const;

 private:
  const Document& document_;
  const Outline& outline_;
  const NormalizedDocument& normalized_;
  std::span<const DocumentProfile> profiles_;
  ViewRange whole_view_;
  std::unordered_map<const Rule*, std::vector<ViewRange>> ranges_;
  std::unordered_map<const Rule*, std::vector<std::vector<ViewRange>>> trigger_ranges_;
};

}  // namespace planlint
