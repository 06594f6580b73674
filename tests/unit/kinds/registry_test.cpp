#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

#include "planlint/kinds/registry.hpp"
#include "support/golden.hpp"

namespace fs = std::filesystem;

namespace {

// "required-theme" → "required_theme", the source and test file names.
std::string file_stem(std::string_view kind) {
  std::string stem(kind);
  std::replace(stem.begin(), stem.end(), '-', '_');
  return stem;
}

std::set<std::string> stems_in(const fs::path& folder, std::string_view suffix) {
  std::set<std::string> stems;
  for (const auto& entry : fs::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with(suffix)) stems.insert(name.substr(0, name.size() - suffix.size()));
  }
  return stems;
}

}  // namespace

TEST_CASE("Every kind has its source, its documentation page and its tests, and nothing else does",
          "[registry]") {
  const fs::path root = planlint::testing::source_dir();
  std::set<std::string> kinds;
  for (const auto& kind : planlint::rule_kinds()) kinds.insert(file_stem(kind.name));
  CHECK(kinds.size() == 12);

  std::set<std::string> documented;
  for (const auto& page : stems_in(root / "docs/rules", ".md")) documented.insert(file_stem(page));
  CHECK(documented == kinds);

  std::set<std::string> tested = stems_in(root / "tests/unit/kinds", "_test.cpp");
  tested.erase("registry");
  CHECK(tested == kinds);

  for (const auto& kind : kinds) {
    INFO(kind);
    CHECK(fs::exists(root / "src/planlint/kinds" / (kind + ".hpp")));
    CHECK(fs::exists(root / "src/planlint/kinds" / (kind + ".cpp")));
  }
}

TEST_CASE("Kinds are registered in alphabetical order and found by name", "[registry]") {
  const auto kinds = planlint::rule_kinds();
  for (std::size_t i = 1; i < kinds.size(); ++i) CHECK(kinds[i - 1].name < kinds[i].name);
  REQUIRE(planlint::find_kind("phrase") != nullptr);
  CHECK(planlint::find_kind("phrase")->name == "phrase");
  CHECK(planlint::find_kind("regex") == nullptr);
}
