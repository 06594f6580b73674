#pragma once
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace planlint {

// Calls `on_match` for every non-overlapping match of `pattern` in `text`, left to right.
// `groups[0]` is the whole match, `groups[i]` capture group i (empty data() when it did not
// take part). An empty match moves the search on by one character, so the scan always ends.
void for_each_match(const re2::RE2& pattern, std::string_view text,
                    const std::function<void(std::span<const std::string_view> groups)>& on_match);

// The same within [from, to) of `text`; anchors and word boundaries see the text around it.
void for_each_match(const re2::RE2& pattern, std::string_view text, std::size_t from,
                    std::size_t to,
                    const std::function<void(std::span<const std::string_view> groups)>& on_match);

// Number of non-overlapping matches of `pattern` in `text`, counting no further than `limit`.
std::size_t count_matches(const re2::RE2& pattern, std::string_view text, std::size_t limit);

// The first match of `pattern` in `text`, if any.
std::optional<std::string_view> first_match(const re2::RE2& pattern, std::string_view text);

// A pattern matching any of `literals` (already folded), longest first, as an RE2 source text.
std::string literal_alternation(std::vector<std::string> literals);

}  // namespace planlint
