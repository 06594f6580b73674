#include "planlint/engine/regex_scan.hpp"

#include <re2/re2.h>
#include <algorithm>

#include "planlint/text/utf8.hpp"

namespace planlint {

void for_each_match(const re2::RE2& pattern, std::string_view text,
                    const std::function<void(std::span<const std::string_view> groups)>& on_match) {
  for_each_match(pattern, text, 0, text.size(), on_match);
}

void for_each_match(const re2::RE2& pattern, std::string_view text, std::size_t from,
                    std::size_t to,
                    const std::function<void(std::span<const std::string_view> groups)>& on_match) {
  const auto group_count = static_cast<std::size_t>(pattern.NumberOfCapturingGroups()) + 1;
  std::vector<re2::StringPiece> pieces(group_count);
  std::vector<std::string_view> groups(group_count);
  const re2::StringPiece subject(text.data(), text.size());
  for (std::size_t at = from; at <= to;) {
    if (!pattern.Match(subject, at, to, re2::RE2::UNANCHORED, pieces.data(),
                       static_cast<int>(group_count))) {
      return;
    }
    for (std::size_t i = 0; i < group_count; ++i) {
      groups[i] = std::string_view(pieces[i].data(), pieces[i].size());
    }
    on_match(groups);
    const auto begin = static_cast<std::size_t>(pieces[0].data() - text.data());
    at = begin + pieces[0].size();
    if (pieces[0].empty()) {
      if (at >= to) return;
      decode_utf8_at(text, at);  // step over one whole character
    }
  }
}

std::size_t count_matches(const re2::RE2& pattern, std::string_view text, std::size_t limit) {
  std::size_t count = 0;
  re2::StringPiece match;
  const re2::StringPiece subject(text.data(), text.size());
  for (std::size_t at = 0; count < limit && at < text.size(); ++count) {
    if (!pattern.Match(subject, at, text.size(), re2::RE2::UNANCHORED, &match, 1)) break;
    at = static_cast<std::size_t>(match.data() + match.size() - text.data());
    if (match.empty()) decode_utf8_at(text, at);
  }
  return count;
}

std::optional<std::string_view> first_match(const re2::RE2& pattern, std::string_view text) {
  re2::StringPiece match;
  const re2::StringPiece subject(text.data(), text.size());
  if (!pattern.Match(subject, 0, text.size(), re2::RE2::UNANCHORED, &match, 1)) return std::nullopt;
  return std::string_view(match.data(), match.size());
}

std::string literal_alternation(std::vector<std::string> literals) {
  std::sort(literals.begin(), literals.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string alternation;
  for (const std::string& literal : literals) {
    if (!alternation.empty()) alternation += '|';
    alternation += re2::RE2::QuoteMeta(literal);
  }
  return alternation;
}

}  // namespace planlint
