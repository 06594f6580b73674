#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace planlint {

// Where the files planlint ships beside its executable are: the rule sets and the pages
// documenting each rule kind. An installed planlint uses its own prefix's copies (found from
// the executable's path, so a relocated install works), then those of the prefix it was
// configured with; a planlint run from the build tree it was built in uses the source tree's,
// and only that one does, so an installed planlint never prefers a stale checkout.

// Records argv[0], the way to the executable where the system offers no other.
void remember_invocation_name(const char* argv0);

// The rule-set directories in lookup order (after $PLANLINT_RULES_PATH).
std::vector<std::filesystem::path> shipped_rule_directories();

// The page documenting a rule kind (`numbering` → …/docs/rules/numbering.md).
std::filesystem::path kind_doc_page(const std::string& kind);

}  // namespace planlint
