#pragma once
#include <filesystem>
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "planlint/config/rule.hpp"
#include "planlint/core/file_error.hpp"

namespace planlint {

// A loaded, validated rule set: its own rules and those of the sets it extends, merged.
struct RuleSet {
  std::string name;
  std::string description;
  std::string path;
  std::vector<RulePtr> rules;  // in the order of the files, extended sets first
  // Of the texts of its files in the order they were read (ContentHash): what its examples are
  // verified by once (engine/verified_rule_set.hpp) instead of at every load.
  std::string content_hash;
};

using RuleSetResult = std::variant<RuleSet, std::vector<FileError>>;

// Where rule sets named without a path are looked for: $PLANLINT_RULES_PATH (colon-separated),
// then the shipped sets: an installed planlint's share/planlint/rules, or the source tree's
// rules/ for a planlint run from its build tree (shipped_files.hpp).
std::vector<std::filesystem::path> default_rule_directories();

// Whether a set of this content hash (RuleSet::content_hash) is known to have loaded without a
// problem before: then checks that could only find a mistake (each pattern of a list compiled on
// its own, to place its error) are skipped; every pattern a rule uses is still compiled, within
// RE2's memory budget. engine/verified_rule_set.hpp knows it of the sets it verified.
using KnownSound = std::function<bool(const std::string& content_hash)>;

// Loads a rule set by name (`core`, found as core.yaml in `directories`) or by path, with
// everything it extends. Every problem of every file is reported, each with its position. The
// rules' `examples` are read but not run: engine/verified_rule_set.hpp loads and verifies.
// `read_shipped_trees`: a shipped file unchanged since the build is read from the tree the build
// wrote (shipped_yaml_trees.hpp), not parsed; it loaded without a problem then, but its nodes
// have no position, so whoever must place a problem inside it (`rules check`) parses.
RuleSetResult load_rule_set(
    const std::string& name_or_path,
    const std::vector<std::filesystem::path>& directories = default_rule_directories(),
    const KnownSound& known_sound = {}, bool read_shipped_trees = false);
// Loads a rule set from YAML text already in memory, reported under `path`.
RuleSetResult load_rule_set_from_text(
    const std::string& text, const std::string& path,
    const std::vector<std::filesystem::path>& directories = default_rule_directories(),
    const KnownSound& known_sound = {}, bool read_shipped_trees = false);
// The same for text from an untrusted source (the fuzzer): its `extends` may only name sets in
// `directories`, never a file path, so loading it reads no file but those sets.
RuleSetResult load_self_contained_rule_set(const std::string& text, const std::string& path,
                                           const std::vector<std::filesystem::path>& directories);

}  // namespace planlint
