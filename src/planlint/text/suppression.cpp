#include "planlint/text/suppression.hpp"

namespace planlint {
namespace {

constexpr std::string_view kSeparators[] = {" ", "\t", "\n", "\r", ",", "，", "、", "\u3000"};
constexpr std::string_view kReasonMarks[] = {"--", "—"};

// The bytes of the separator `words` starts with at `at`; 0 when none does.
std::size_t separator_at(std::string_view words, std::size_t at) {
  for (const std::string_view separator : kSeparators) {
    if (words.substr(at).starts_with(separator)) return separator.size();
  }
  return 0;
}

}  // namespace

std::vector<std::string> suppressed_rule_ids(std::string_view words) {
  for (const std::string_view mark : kReasonMarks) {
    if (const std::size_t reason = words.find(mark); reason != std::string_view::npos) {
      words = words.substr(0, reason);
    }
  }
  std::vector<std::string> ids;
  for (std::size_t at = 0; at < words.size();) {
    if (const std::size_t skip = separator_at(words, at); skip > 0) {
      at += skip;
      continue;
    }
    std::size_t stop = at;
    while (stop < words.size() && separator_at(words, stop) == 0) ++stop;
    ids.emplace_back(words.substr(at, stop - at));
    at = stop;
  }
  return ids;
}

}  // namespace planlint
