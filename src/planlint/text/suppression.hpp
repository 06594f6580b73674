#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace planlint {

// A comment written in a document that silences the findings of one rule, or of every rule, in a
// stretch of its text (docs/suppressing.md). Offsets are bytes of Document::text().
struct Suppression {
  std::string rule_id;  // empty: every rule
  // The comment that says so, for reporting it when it silences nothing or names no rule.
  std::size_t comment_begin = 0;
  std::size_t comment_end = 0;
  // What it silences: every finding whose span starts in [begin, end).
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The rule ids a suppression comment lists after its directive (`planlint-ignore`,
// `planlint-disable`…): separated by spaces or commas (`,` `，` `、`, as a Chinese keyboard types
// them), up to a reason after `--` (or the `—` a word processor makes of it). Empty: every rule.
std::vector<std::string> suppressed_rule_ids(std::string_view words);

}  // namespace planlint
