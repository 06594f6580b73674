#include "planlint/engine/check_context.hpp"

#include "planlint/text/blanks.hpp"

namespace planlint {

CheckContext::CheckContext(const Document& document, const Outline& outline,
                           const NormalizedDocument& normalized,
                           std::span<const DocumentProfile> profiles)
    : document_(document),
      outline_(outline),
      normalized_(normalized),
      profiles_(profiles),
      whole_view_{0, normalized.view().size()} {}

std::span<const ViewRange> CheckContext::ranges_for(const Rule& rule) const {
  const auto found = ranges_.find(&rule);
  if (found == ranges_.end()) return {&whole_view_, 1};
  return found->second;
}

void CheckContext::set_ranges(const Rule& rule, std::vector<ViewRange> ranges) {
  ranges_[&rule] = std::move(ranges);
}

std::span<const ViewRange> CheckContext::ranges_for(const Rule& rule, std::size_t trigger) const {
  const auto found = trigger_ranges_.find(&rule);
  if (found == trigger_ranges_.end() || trigger >= found->second.size()) return ranges_for(rule);
  return found->second[trigger];
}

void CheckContext::set_trigger_ranges(const Rule& rule,
                                      std::vector<std::vector<ViewRange>> ranges) {
  trigger_ranges_[&rule] = std::move(ranges);
}

std::size_t CheckContext::document_anchor() const {
  const LineIndex& lines = document_.lines();
  for (std::size_t line = 0; line < lines.line_count(); ++line) {
    const std::string_view text = lines.line_text(line);
    const std::size_t indentation = leading_blanks_length(text);
    if (indentation < text.size()) return lines.line_start(line) + indentation;
  }
  return 0;
}

}  // namespace planlint
