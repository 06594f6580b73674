#include "planlint/engine/check_document.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/text/document.hpp"
#include "planlint/text/source_pages.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

// Turns offsets into positions for findings in ascending order. Counting a column means
// walking its line from the start, and lines of plans run to thousands of characters with
// dozens of findings, so each count starts where the previous finding on that line was.
class Locator {
 public:
  explicit Locator(const Document& document) : document_(document) {}

  void locate(Finding& finding) {
    finding.start = position_of(finding.begin);
    const std::string_view excerpt =
        document_.source().substr(finding.begin, finding.end - finding.begin);
    finding.excerpt = std::string(excerpt);
    if (excerpt.find_first_of("\r\n") == std::string_view::npos) {
      finding.stop = finding.start;
      finding.stop.column += static_cast<std::uint32_t>(count_code_points(excerpt));
      finding.stop.offset = document_.decoded().raw_offset(finding.end);
    } else {
      finding.stop = document_.position_of(finding.end);
    }
  }

 private:
  Position position_of(std::size_t offset) {
    const std::size_t line = document_.lines().line_of(offset);
    if (line != line_ || offset < offset_) return remember(offset, document_.position_of(offset));
    Position position = position_;
    position.column += static_cast<std::uint32_t>(
        count_code_points(document_.text().substr(offset_, offset - offset_)));
    position.offset = document_.decoded().raw_offset(offset);
    return remember(offset, position);
  }

  Position remember(std::size_t offset, Position position) {
    line_ = position.line - 1;
    offset_ = offset;
    position_ = position;
    return position;
  }

  const Document& document_;
  std::size_t line_ = static_cast<std::size_t>(-1);
  std::size_t offset_ = 0;
  Position position_;
};

// Sorted by position, then rule id, span end, check and message, so that output never depends
// on the order rules ran in. An index is sorted rather than the findings themselves (each
// finding is moved once or twice instead of at every swap), then applied in place, cycle by
// cycle: a second vector of findings would double the peak memory of a file with many.
std::vector<Finding> finish(const Document& document, std::vector<Finding> findings) {
  // order[i]: the index of the finding that belongs at i.
  std::vector<std::size_t> order(findings.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t left, std::size_t right) {
    const Finding& a = findings[left];
    const Finding& b = findings[right];
    return std::tie(a.begin, a.rule_id, a.end, a.check, a.message) <
           std::tie(b.begin, b.rule_id, b.end, b.check, b.message);
  });
  for (std::size_t start = 0; start < order.size(); ++start) {
    if (order[start] == start) continue;
    Finding held = std::move(findings[start]);
    std::size_t at = start;
    while (order[at] != start) {
      const std::size_t from = order[at];
      findings[at] = std::move(findings[from]);
      order[at] = at;
      at = from;
    }
    findings[at] = std::move(held);
    order[at] = at;
  }
  Locator locator(document);
  SourcePageRelease release(document);
  for (Finding& finding : findings) {
    locator.locate(finding);
    release.after_read();
  }
  for (Finding& finding : findings) {
    if (!finding.fix) continue;
    release.after_read();
    for (TextEdit& edit : finding.fix->edits) {
      edit.start = document.position_of(edit.begin);
      edit.stop = document.position_of(edit.end);
    }
  }
  return findings;
}

// A fix is offered only where its edits can be made to the file itself. A Markdown file's
// reading blanks its markup, and an edit over blanked markup would rewrite markup it never saw.
// A Word document's edits are in its extracted text: `check --fix --output-docx` makes them as
// tracked changes (docx/tracked_changes.hpp), and reports leave them out (cli/file_check.cpp).
bool fix_applies_to_file(const Document& document, const Fix& fix) {
  if (!document.paragraphs().empty()) return true;
  const std::string_view text = document.text();
  const std::string_view source = document.source();
  if (text.data() == source.data()) return true;
  return std::all_of(fix.edits.begin(), fix.edits.end(), [&](const TextEdit& edit) {
    return text.substr(edit.begin, edit.end - edit.begin) ==
           source.substr(edit.begin, edit.end - edit.begin);
  });
}

void drop_fixes_off_the_file(const Document& document, std::vector<Finding>& findings) {
  for (Finding& finding : findings) {
    if (finding.fix && !fix_applies_to_file(document, *finding.fix)) finding.fix.reset();
  }
}

// The innermost section holding a theme's first keyword: the last heading in document order
// whose section spans its line.
void locate(const Document& document, const Outline& outline, ThemeCoverage& theme) {
  if (!theme.found) return;
  theme.start = document.position_of(theme.begin);
  for (std::size_t index = 0; index < outline.headings.size(); ++index) {
    const Heading& heading = outline.headings[index];
    if (heading.position.line > theme.start.line) break;
    if (heading.last_line >= theme.start.line) theme.heading = index;
  }
}

// Word draws automatic numbers; they are not the drafter's words. Only kinds that say they read
// them (KindTraits::reads_drawn_numbers, the numbering rules) report there: an `XX.` that a
// letter list draws at its fiftieth item is no placeholder. Drops the findings from `first` on.
void drop_findings_in_drawn_numbers(const Document& document, std::vector<HeldFinding>& findings,
                                    std::size_t first) {
  if (document.paragraphs().empty()) return;
  const auto in_drawn_number = [&](const HeldFinding& finding) {
    return finding.begin < finding.end && document.is_generated(finding.begin) &&
           document.is_generated(finding.end - 1);
  };
  findings.erase(std::remove_if(findings.begin() + static_cast<std::ptrdiff_t>(first),
                                findings.end(), in_drawn_number),
                 findings.end());
}

// The findings as reporters read them: messages rendered, fixes kept where they apply to the
// file, then sorted, located and excerpted (finish). Called once the view is gone, so that the
// rendered findings never sit beside it.
std::vector<Finding> rendered(const Document& document, std::vector<HeldFinding> held) {
  std::vector<Finding> findings;
  findings.reserve(held.size());
  SourcePageRelease release(document);
  for (HeldFinding& finding : held) {
    findings.push_back(render_finding(document, std::move(finding)));
    release.after_read();
  }
  held = std::vector<HeldFinding>();
  drop_fixes_off_the_file(document, findings);
  return finish(document, std::move(findings));
}

std::vector<const Rule*> pointers_to(std::span<const RulePtr> rules) {
  std::vector<const Rule*> pointers;
  for (const RulePtr& rule : rules) pointers.push_back(rule.get());
  return pointers;
}

}  // namespace

RuleRunner::RuleRunner(std::span<const RulePtr> rules, ProfileOverrides overrides,
                       Prefilter prefilter)
    : rules_(pointers_to(rules)), overrides_(overrides), prefilter_use_(prefilter) {}

RuleRunner::RuleRunner(const Rule& rule) : rules_{&rule} {}

std::vector<Finding> RuleRunner::findings_in(const Document& document,
                                             const Outline& outline) const {
  std::vector<HeldFinding> held;
  {
    const NormalizedDocument normalized(document);
    // The rules read the view; the text is read again only around findings.
    document.release_source_pages();
    held = run(document, outline, normalized).findings;
  }
  return rendered(document, std::move(held));
}

RuleRunner::Checked RuleRunner::check(const Document& document, const Hierarchy& hierarchy) const {
  Checked checked;
  std::vector<HeldFinding> held;
  {
    const NormalizedDocument normalized(document);
    document.release_source_pages();
    checked.outline = build_outline(document, hierarchy, &normalized);
    document.release_source_pages();
    checked.outline.profiles = detect_profiles(checked.outline, normalized.lines(), overrides_);
    Results results = run(document, checked.outline, normalized);
    held = std::move(results.findings);
    checked.themes = std::move(results.themes);
  }
  checked.findings = rendered(document, std::move(held));
  return checked;
}

RuleRunner::Results RuleRunner::run(const Document& document, const Outline& outline,
                                    const NormalizedDocument& normalized) const {
  std::vector<DocumentProfile> profiles = outline.profiles;
  if (profiles.empty()) profiles = detect_profiles(outline, normalized.lines(), overrides_);
  CheckContext context(document, outline, normalized, profiles);
  if (const LinePrefilter* prefilter = prefilter_for(normalized.view().size())) {
    prefilter->assign_ranges(context);
  }
  FindingSink sink(context);
  for (const Rule* rule : rules_) {
    const std::size_t first = sink.findings().size();
    rule->check(context, sink);
    document.release_source_pages();
    if (!rule->info().traits.reads_drawn_numbers) {
      drop_findings_in_drawn_numbers(document, sink.findings(), first);
    }
  }
  std::vector<ThemeCoverage> themes = std::move(sink.coverage());
  for (ThemeCoverage& theme : themes) locate(document, outline, theme);
  return {std::move(sink.findings()), std::move(themes)};
}

bool RuleRunner::runs(std::string_view rule_id) const {
  return std::any_of(rules_.begin(), rules_.end(),
                     [&](const Rule* rule) { return rule->info().id == rule_id; });
}

const LinePrefilter* RuleRunner::prefilter_for(std::size_t view_size) const {
  // Until this much text has been checked, a pass per pattern costs less than compiling the set
  // (about 10 ms for core): one small draft starts fast, a large one or a batch gets the set.
  constexpr std::size_t kPrefilterWorthwhile = 256 * 1024;
  if (prefilter_use_ == Prefilter::never) return nullptr;
  if (prefilter_use_ == Prefilter::when_worthwhile &&
      bytes_checked_.fetch_add(view_size) + view_size < kPrefilterWorthwhile) {
    return nullptr;
  }
  std::call_once(prefilter_built_, [&] { prefilter_.emplace(rules_); });
  return &*prefilter_;
}

std::vector<Finding> check_document(const Document& document, const Outline& outline,
                                    std::span<const RulePtr> rules) {
  return RuleRunner(rules).findings_in(document, outline);
}

std::vector<Finding> check_document(const Document& document, const Outline& outline,
                                    const Rule& rule) {
  return RuleRunner(rule).findings_in(document, outline);
}

}  // namespace planlint
