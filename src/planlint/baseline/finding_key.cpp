#include "planlint/baseline/finding_key.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "planlint/parse/family.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/text/numeral_writer.hpp"

namespace planlint {
namespace {

constexpr std::string_view kSeparator = " > ";

std::string part_marker(const Part& part) {
  if (part.kind == Part::Kind::piece)
    return "篇" + write_numeral(part.value, NumeralStyle::chinese);
  return part.value == 0 ? "附件" : "附件" + std::to_string(part.value);
}

// The last heading that starts on or before `line`, or nullopt.
std::optional<std::size_t> last_heading_from(const Outline& outline, std::uint32_t line) {
  const auto after = std::upper_bound(
      outline.headings.begin(), outline.headings.end(), line,
      [](std::uint32_t wanted, const Heading& heading) { return wanted < heading.position.line; });
  if (after == outline.headings.begin()) return std::nullopt;
  return static_cast<std::size_t>(after - outline.headings.begin() - 1);
}

std::optional<std::size_t> part_of(const Outline& outline, std::uint32_t line) {
  for (std::size_t index = 0; index < outline.parts.size(); ++index) {
    const Part& part = outline.parts[index];
    if (part.position.line <= line && line <= part.last_line) return index;
  }
  return std::nullopt;
}

}  // namespace

std::string section_path(const Outline& outline, std::uint32_t line) {
  std::vector<std::string> markers;
  // Sections nest, so whatever holds `line` is the last heading before it or an ancestor of it.
  std::optional<std::size_t> index = last_heading_from(outline, line);
  while (index && outline.headings[*index].last_line < line) {
    index = outline.headings[*index].parent;
  }
  for (; index; index = outline.headings[*index].parent) {
    markers.push_back(
        standard_marker(outline.headings[*index].family, outline.headings[*index].value));
  }
  if (const auto part = part_of(outline, line))
    markers.push_back(part_marker(outline.parts[*part]));
  std::string path;
  for (auto marker = markers.rbegin(); marker != markers.rend(); ++marker) {
    if (!path.empty()) path += kSeparator;
    path += *marker;
  }
  return path;
}

std::vector<FindingKey> finding_keys(const Outline& outline, const std::vector<Finding>& findings) {
  std::vector<FindingKey> keys;
  keys.reserve(findings.size());
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> seen;
  for (const Finding& finding : findings) {
    FindingKey key{finding.rule_id, finding.excerpt, section_path(outline, finding.start.line), 0};
    key.occurrence = seen[{key.rule_id, key.excerpt, key.section}]++;
    keys.push_back(std::move(key));
  }
  return keys;
}

}  // namespace planlint
