#pragma once
#include <yaml-cpp/yaml.h>
#include <initializer_list>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "planlint/core/file_error.hpp"

namespace re2 {
class RE2;
}

namespace planlint {

// Typed, position-aware access to the keys of one rule-file entry. Every getter marks its key
// as known; a value of the wrong type records an error naming the key, its position and what
// to write, and yields nothing. After a kind has read its fields, reject_unknown_keys() reports
// every key nobody read.
class RuleFields {
 public:
  // `known_sound`: the entry's content loaded without a problem before (rule_set.hpp's
  // KnownSound), so checks that could only find a mistake are skipped.
  RuleFields(YAML::Node entry, std::string path, std::vector<FileError>& errors,
             bool known_sound = false);

  bool has(std::string_view key) const;
  std::optional<std::string> string(std::string_view key);
  std::string required_string(std::string_view key);
  // A list of strings; a single string is accepted as a list of one.
  std::vector<std::string> string_list(std::string_view key);
  std::optional<bool> boolean(std::string_view key);
  std::optional<long long> integer(std::string_view key, long long min, long long max);
  std::optional<double> number(std::string_view key, double min, double max);
  // One of `choices`, or nullopt (with an error listing them when the key holds another value).
  std::optional<std::string> choice(std::string_view key,
                                    std::initializer_list<std::string_view> choices);
  // The raw node of a key with structure of its own (a mapping, a list of mappings).
  std::optional<YAML::Node> node(std::string_view key);

  // A regular expression (RE2 syntax) matched against the normalized view; nullptr and an error
  // when it does not compile or names characters the view never holds (full-width, Traditional).
  std::unique_ptr<re2::RE2> pattern(const YAML::Node& at, const std::string& pattern);
  // Checks a pattern as pattern() does, for one that is only compiled as part of a larger one,
  // so that an error points at it. Of known-sound content, holds without compiling it: the
  // larger pattern is still compiled, within the same memory budget.
  bool sound_pattern(const YAML::Node& at, const std::string& pattern);
  // Every entry of `patterns` checked as pattern() does, each that compiles appended to
  // `alternation` as one more (?:…) branch.
  void append_patterns(std::string& alternation);
  // Literal text as the view holds it (folded), for keywords, phrases and allow entries.
  static std::string fold_literal(std::string_view literal);

  // Refuses every {name} in the message at `key` that is not one of `allowed`.
  void check_placeholders(std::string_view key, std::string_view message,
                          std::span<const std::string_view> allowed);

  void error(const YAML::Node& at, Message message);
  void error_at_key(std::string_view key, Message message);
  void error_at_value(std::string_view key, Message message);
  void reject_unknown_keys();
  bool ok() const { return errors_.size() == errors_before_; }

  const std::string& path() const { return path_; }
  // Where errors go, for the fields of a nested entry (a list of mappings) read with their own
  // RuleFields.
  std::vector<FileError>& errors() { return errors_; }
  const YAML::Node& entry() const { return entry_; }
  bool known_sound() const { return known_sound_; }

 private:
  std::optional<YAML::Node> lookup(std::string_view key);

  YAML::Node entry_;
  std::string path_;
  std::vector<FileError>& errors_;
  std::size_t errors_before_;
  bool known_sound_;
  std::set<std::string, std::less<>> read_keys_;
};

}  // namespace planlint
