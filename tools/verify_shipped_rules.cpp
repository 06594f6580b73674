// The build step that runs the shipped rule sets' examples (src/planlint/engine/rule_examples.hpp)
// and writes the content hash of each set that passes, so an installed planlint knows they were
// verified and does not run them at every start (engine/verified_rule_set.hpp). A failing
// example, or any other problem of a set, fails the build with the same message `planlint rules
// check` gives.
//   verify_shipped_rules OUTPUT.inc RULES_DIRECTORY SET.yaml...
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "planlint/config/rule_set.hpp"
#include "planlint/engine/rule_examples.hpp"

namespace {

std::vector<planlint::FileError> problems_of(const planlint::RuleSetResult& loaded) {
  if (const auto* errors = std::get_if<std::vector<planlint::FileError>>(&loaded)) return *errors;
  return planlint::example_errors(std::get<planlint::RuleSet>(loaded).rules);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: verify_shipped_rules OUTPUT.inc RULES_DIRECTORY SET.yaml...\n";
    return 2;
  }
  // The shipped sets extend each other by name, looked up where they are shipped.
  const std::vector<std::filesystem::path> directories{argv[2]};
  std::string hashes;
  bool failed = false;
  for (int i = 3; i < argc; ++i) {
    const planlint::RuleSetResult loaded = planlint::load_rule_set(argv[i], directories);
    const std::vector<planlint::FileError> problems = problems_of(loaded);
    for (const auto& problem : problems)
      std::cerr << planlint::format_file_error(problem, planlint::Language::en) << '\n';
    if (!problems.empty()) {
      failed = true;
      continue;
    }
    const planlint::RuleSet& set = std::get<planlint::RuleSet>(loaded);
    hashes += "    \"" + set.content_hash + "\",  // " + set.name + "\n";
  }
  if (failed) return 1;
  std::ofstream out(argv[1]);
  out << "// Written by tools/verify_shipped_rules.cpp: the shipped sets whose examples pass.\n"
      << hashes;
  return out.flush() ? 0 : 1;
}
