#include "planlint/cli/glob.hpp"

#include <optional>

#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

// Whether `character` is in the set that starts just after the '[' at `pattern[at]`; advances
// `at` past the closing ']'. An unclosed '[' is an ordinary character, so `at` is left alone
// and nullopt returned.
std::optional<bool> in_character_set(std::string_view pattern, std::size_t& at,
                                     char32_t character) {
  std::size_t cursor = at;
  const bool negated =
      cursor < pattern.size() && (pattern[cursor] == '!' || pattern[cursor] == '^');
  if (negated) ++cursor;
  bool found = false;
  bool first = true;
  while (cursor < pattern.size() && (pattern[cursor] != ']' || first)) {
    first = false;
    const char32_t low = decode_utf8_at(pattern, cursor);
    char32_t high = low;
    if (cursor + 1 < pattern.size() && pattern[cursor] == '-' && pattern[cursor + 1] != ']') {
      ++cursor;
      high = decode_utf8_at(pattern, cursor);
    }
    if (character >= low && character <= high) found = true;
  }
  if (cursor >= pattern.size()) return std::nullopt;
  at = cursor + 1;
  return found != negated;
}

bool matches_from(std::string_view pattern, std::size_t pattern_at, std::string_view path,
                  std::size_t path_at) {
  while (pattern_at < pattern.size()) {
    const char token = pattern[pattern_at];
    if (token == '*' && pattern.substr(pattern_at, 2) == "**") {
      const std::size_t rest = pattern_at + 2;
      if (rest < pattern.size() && pattern[rest] == '/' &&
          matches_from(pattern, rest + 1, path, path_at)) {
        return true;  // `**/` standing for no directory
      }
      for (std::size_t end = path_at; end <= path.size(); ++end) {
        if (matches_from(pattern, rest, path, end)) return true;
      }
      return false;
    }
    if (token == '*') {
      for (std::size_t end = path_at; end <= path.size(); ++end) {
        if (matches_from(pattern, pattern_at + 1, path, end)) return true;
        if (end < path.size() && path[end] == '/') break;
      }
      return false;
    }
    if (path_at >= path.size()) return false;
    if (token == '?' || token == '[') {
      if (path[path_at] == '/') return false;
      std::size_t next_path_at = path_at;
      const char32_t character = decode_utf8_at(path, next_path_at);
      std::size_t next_pattern_at = pattern_at + 1;
      if (token == '[') {
        const auto in_set = in_character_set(pattern, next_pattern_at, character);
        if (!in_set)
          return path[path_at] == '[' && matches_from(pattern, pattern_at + 1, path, path_at + 1);
        if (!*in_set) return false;
      }
      pattern_at = next_pattern_at;
      path_at = next_path_at;
      continue;
    }
    if (token == '\\' && pattern_at + 1 < pattern.size()) ++pattern_at;
    if (pattern[pattern_at] != path[path_at]) return false;
    ++pattern_at;
    ++path_at;
  }
  return path_at == path.size();
}

}  // namespace

bool glob_matches(std::string_view pattern, std::string_view path) {
  return matches_from(pattern, 0, path, 0);
}

}  // namespace planlint
