#pragma once
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "planlint/config/rule_set.hpp"

namespace planlint {

// When a rule set's examples are run (rule_examples.hpp): when the set changes, not at every
// start, where they would cost most of a short check. A set is known by its content
// (RuleSet::content_hash).
struct ExampleVerification {
  // The content hashes of the sets verified when this planlint was built: the shipped sets as
  // they were then (a build step fails the build on a failing example).
  std::span<const std::string_view> verified_when_built;
  // Where sets verified since are remembered, one empty file each, named by the set's content
  // and this planlint's build; empty: nowhere, so every load verifies. A folder that cannot be
  // written is no error: the set is verified again next time.
  std::filesystem::path cache_directory;
  // Verify whatever the above say (`planlint rules check`).
  bool always = false;
};

// $PLANLINT_CACHE_DIR if set (empty: no cache), else $XDG_CACHE_HOME/planlint, else
// $HOME/.cache/planlint; empty when none of them is set.
std::filesystem::path default_cache_directory();

// The file whose presence in `cache_directory` says this planlint verified the examples of a set
// of that content.
std::filesystem::path verified_examples_entry(const std::filesystem::path& cache_directory,
                                              const std::string& content_hash);

// Loads a set as load_rule_set does; unless `verification` says this content was verified by
// this planlint, runs its examples, and a failing one is an error of the set like any other.
RuleSetResult load_verified_rule_set(
    const std::string& name_or_path, const ExampleVerification& verification,
    const std::vector<std::filesystem::path>& directories = default_rule_directories());

}  // namespace planlint
