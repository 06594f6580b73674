#include "planlint/report/html_document.hpp"

#include <algorithm>
#include <set>

#include "planlint/report/html_escape.hpp"
#include "planlint/text/document.hpp"

namespace planlint {
namespace {

// Writes the outline as nested lists, each section with the number of findings on its lines.
class OutlineTree {
 public:
  OutlineTree(const HtmlDocument& doc, const Outline& outline, std::string& out)
      : doc_(doc), outline_(outline), out_(out), children_(outline.headings.size()) {
    for (const Finding& finding : doc.findings) finding_lines_.push_back(finding.start.line);
    for (std::size_t index = 0; index < outline.headings.size(); ++index) {
      const Heading& heading = outline.headings[index];
      if (heading.parent) {
        children_[*heading.parent].push_back(index);
      } else {
        top_level_.push_back(index);
      }
    }
  }

  void write() {
    out_ += "<ul class=\"tree\">";
    if (outline_.parts.empty()) {
      for (const std::size_t index : top_level_) write_heading(index);
    } else {
      for (std::size_t part = 0; part < outline_.parts.size(); ++part) write_part(part);
    }
    out_ += "</ul>";
  }

 private:
  std::size_t findings_within(std::uint32_t first_line, std::uint32_t last_line) const {
    const auto begin = std::lower_bound(finding_lines_.begin(), finding_lines_.end(), first_line);
    const auto end = std::upper_bound(begin, finding_lines_.end(), last_line);
    return static_cast<std::size_t>(end - begin);
  }

  void write_node(std::uint32_t line, std::uint32_t last_line, const std::string& label,
                  const std::vector<std::size_t>& children) {
    std::string entry = "<a href=\"#d" + std::to_string(doc_.number) + "-L" + std::to_string(line) +
                        "\">" + html_text(label) + "</a>";
    if (const std::size_t count = findings_within(line, std::max(line, last_line))) {
      entry += " <span class=\"badge\">" + std::to_string(count) + "</span>";
    }
    if (children.empty()) {
      out_ += "<li>" + entry + "</li>";
      return;
    }
    // Collapsed and expanded by the script (report.js); plain spans rather than <details>,
    // each of which costs the browser a shadow tree — thousands in a large report.
    out_ +=
        "<li><span class=\"twisty\" role=\"button\" tabindex=\"0\" aria-expanded=\"true\" "
        "aria-label=\"" +
        std::string(doc_.labels.toggle_section) + "\"></span>" + entry + "<ul>";
    for (const std::size_t child : children) write_heading(child);
    out_ += "</ul></li>";
  }

  void write_heading(std::size_t index) {
    const Heading& heading = outline_.headings[index];
    write_node(heading.position.line, heading.last_line, HtmlDocument::heading_label(heading),
               children_[index]);
  }

  void write_part(std::size_t part) {
    std::vector<std::size_t> headings;
    for (const std::size_t index : top_level_) {
      if (outline_.headings[index].part == part) headings.push_back(index);
    }
    const Part& it = outline_.parts[part];
    write_node(it.position.line, it.last_line, it.title, headings);
  }

  const HtmlDocument& doc_;
  const Outline& outline_;
  std::string& out_;
  std::vector<std::vector<std::size_t>> children_;
  std::vector<std::size_t> top_level_;
  std::vector<std::uint32_t> finding_lines_;
};

// Writes the text with each finding's characters in <mark> elements: the text is cut at every
// finding's start and end, and each piece is wrapped once for every finding covering it, so
// overlapping findings each keep exactly their characters.
class MarkedText {
 public:
  MarkedText(const HtmlDocument& doc, std::string& out) : doc_(doc), out_(out) {}

  void write() {
    const std::string_view text = doc_.document.source();
    const std::vector<std::size_t> cuts = cut_points();
    std::size_t next_start = 0;  // findings are sorted by begin
    std::vector<std::size_t> active;
    for (std::size_t at = 0; at < cuts.size(); ++at) {
      const std::size_t here = cuts[at];
      std::erase_if(active, [&](std::size_t k) { return doc_.findings[k].end <= here; });
      write_anchor(here);
      while (next_start < doc_.findings.size() && doc_.findings[next_start].begin <= here) {
        const Finding& finding = doc_.findings[next_start];
        if (finding.end > here) {
          active.push_back(next_start);
        } else {
          write_point(next_start);
        }
        ++next_start;
      }
      if (at + 1 == cuts.size()) break;
      std::sort(active.begin(), active.end());
      write_piece(text.substr(here, cuts[at + 1] - here), active);
    }
  }

 private:
  std::vector<std::size_t> cut_points() {
    std::vector<std::size_t> cuts{0, doc_.document.text().size()};
    for (const Finding& finding : doc_.findings) {
      cuts.push_back(finding.begin);
      cuts.push_back(finding.end);
    }
    if (doc_.details.outline != nullptr) {
      const LineIndex& lines = doc_.document.lines();
      std::set<std::uint32_t> heading_lines;
      for (const Heading& heading : doc_.details.outline->headings) {
        heading_lines.insert(heading.position.line);
      }
      for (const Part& part : doc_.details.outline->parts) heading_lines.insert(part.position.line);
      for (const std::uint32_t line : heading_lines) {
        if (line == 0 || line > lines.line_count()) continue;
        const std::size_t start = lines.line_start(line - 1);
        anchors_.emplace_back(start, line);
        cuts.push_back(start);
      }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    return cuts;
  }

  void write_anchor(std::size_t offset) {
    while (next_anchor_ < anchors_.size() && anchors_[next_anchor_].first <= offset) {
      out_ += "<span class=\"anchor\" id=\"d" + std::to_string(doc_.number) + "-L" +
              std::to_string(anchors_[next_anchor_].second) + "\"></span>";
      ++next_anchor_;
    }
  }

  void open_mark(std::size_t k, std::string_view extra_class) {
    const Finding& finding = doc_.findings[k];
    const std::string id = std::to_string(doc_.number);
    out_ += "<mark class=\"f s-";
    out_ += severity_name(finding.severity);
    out_ += extra_class;
    out_ += "\" data-f=\"" + std::to_string(k) + "\"";
    if (marked_.insert(k).second) {
      out_ += " id=\"d" + id + "-f" + std::to_string(k) + "\" tabindex=\"0\" aria-describedby=\"d" +
              id + "-i" + std::to_string(k) + "\"";
    }
    out_ += '>';
  }

  // A finding of no characters (a missing piece at a place) shows as a caret there.
  void write_point(std::size_t k) {
    open_mark(k, " point");
    out_ += "</mark>";
  }

  void write_piece(std::string_view piece, const std::vector<std::size_t>& active) {
    for (const std::size_t k : active) open_mark(k, "");
    append_html_text(out_, piece);
    for (std::size_t i = 0; i < active.size(); ++i) out_ += "</mark>";
  }

  const HtmlDocument& doc_;
  std::string& out_;
  std::vector<std::pair<std::size_t, std::uint32_t>> anchors_;  // offset, line; ascending
  std::size_t next_anchor_ = 0;
  std::set<std::size_t> marked_;
};

}  // namespace

std::string HtmlDocument::heading_label(const Heading& heading) {
  // The marker holds its separator as written; one without (（一）, a malformed 4) gets a space.
  if (heading.title.empty()) return heading.marker;
  return heading.marker + (heading.separator.empty() ? " " : "") + heading.title;
}

void HtmlDocument::append_to(std::string& out) const {
  const std::string id = "d" + std::to_string(number);
  out += "<article class=\"doc\" id=\"" + id + "\" aria-labelledby=\"" + id + "-h\">";
  out += "<h3 id=\"" + id + "-h\">" + html_text(document.path()) + "</h3>";
  out += "<p class=\"meta\"><span class=\"status " + std::string(ready ? "ready" : "not-ready") +
         "\">" + std::string(ready ? labels.ready : labels.not_ready) + "</span> · " +
         std::string(labels.encoding) + " " + html_text(document.decoded().encoding()) + " · " +
         std::string(labels.findings) + " " + std::to_string(findings.size());
  if (const std::string type = type_text(details.outline, language); !type.empty()) {
    out += " · " + std::string(labels.document_type) + " " + html_text(type);
  }
  if (const std::string date = date_text(details.outline, language); !date.empty()) {
    out += " · " + std::string(labels.document_date) + " " + html_text(date);
  }
  out += " · <a href=\"#overview\">" + std::string(labels.back_to_overview) + "</a></p>";

  if (details.outline != nullptr) {
    out += "<details class=\"outline\" open><summary>" + std::string(labels.outline) + "</summary>";
    if (details.outline->headings.empty() && details.outline->parts.empty()) {
      out += "<p>" + std::string(labels.no_headings) + "</p>";
    } else {
      OutlineTree(*this, *details.outline, out).write();
    }
    append_missing_sections(out);
    out += "</details>";
  }

  out += "<h4>" + std::string(labels.findings) + "</h4>";
  if (findings.empty()) {
    out += "<p class=\"none\">" + std::string(labels.no_findings) + "</p>";
  } else {
    out += "<ol class=\"findings\">";
    for (std::size_t k = 0; k < findings.size(); ++k) append_finding(out, k);
    out += "</ol>";
  }

  out += "<h4>" + std::string(labels.text) + "</h4><pre class=\"text\">";
  MarkedText(*this, out).write();
  out += "</pre></article>\n";
}

std::string HtmlDocument::type_text(const Outline* outline, Language language) {
  if (outline == nullptr || outline->profiles.empty() || !outline->profiles.front().type) return "";
  const DocumentType type = *outline->profiles.front().type;
  return std::string(language == Language::en ? document_type_id(type) : document_type_name(type));
}

std::string HtmlDocument::date_text(const Outline* outline, Language language) {
  if (outline == nullptr || outline->profiles.empty() || !outline->profiles.front().date) return "";
  const CalendarDate& date = *outline->profiles.front().date;
  return language == Language::en ? format_calendar_date(date) : format_calendar_date_zh(date);
}

void HtmlDocument::append_missing_sections(std::string& out) const {
  std::string items;
  for (std::size_t k = 0; k < findings.size(); ++k) {
    const Finding& finding = findings[k];
    if (finding.topic != FindingTopic::missing_section) continue;
    items += "<li><a href=\"#d" + std::to_string(number) + "-i" + std::to_string(k) + "\">" +
             html_text(message_in(finding, language)) + "</a></li>";
  }
  if (items.empty()) return;
  out += "<p class=\"missing-sections\">" + std::string(labels.missing_sections) +
         "</p><ul class=\"missing-sections\">" + items + "</ul>";
}

void HtmlDocument::append_finding(std::string& out, std::size_t k) const {
  const Finding& finding = findings[k];
  const std::string id = "d" + std::to_string(number);
  const std::string_view severity = severity_name(finding.severity);
  out += "<li id=\"" + id + "-i" + std::to_string(k) + "\" class=\"s-" + std::string(severity) +
         "\" data-rule=\"" + html_attribute(finding.rule_id) + "\">";
  // A .docx finding is placed by its paragraph, as the reviewer counts them in Word.
  const std::string place = finding.start.paragraph != 0
                                ? "¶" + std::to_string(finding.start.paragraph)
                                : std::to_string(finding.start.line);
  out += "<a href=\"#" + id + "-f" + std::to_string(k) + "\">" + place + ":" +
         std::to_string(finding.start.column) + "</a> ";
  out += "<span class=\"sev\">" + std::string(labels.severities(finding.severity)) + "</span> ";
  out += "<code>" + html_text(finding.rule_id) + "</code> ";
  out += html_text(message_in(finding, language));
  // What --fix would do: the replacement is shown when the fix is one edit.
  if (finding.fix) {
    const bool safe = finding.fix->safety == FixSafety::safe;
    out += " <span class=\"fix fix-" + std::string(safety_name(finding.fix->safety)) + "\"";
    if (finding.fix->edits.size() == 1 && !finding.fix->edits.front().replacement.empty()) {
      out += " title=\"→ " + html_attribute(finding.fix->edits.front().replacement) + "\"";
    }
    out += ">" + std::string(safe ? labels.fix_safe : labels.fix_unsafe) + "</span>";
  }
  if (const auto norm = norms.find(finding.rule_id); norm != norms.end() && !norm->second.empty()) {
    out += " <span class=\"norm\">" + std::string(labels.norm_cited) + html_text(norm->second) +
           "</span>";
  }
  out += "</li>";
}

}  // namespace planlint
