// Aliases that would multiply a document ("billion laughs") are refused before any walk.
#include <catch2/catch.hpp>

#include "planlint/config/yaml_alias_budget.hpp"
#include "planlint/config/yaml_text.hpp"

using namespace planlint;

namespace {

// Nine levels, each a list of nine aliases of the level below: 9^9 strings once expanded.
std::string billion_laughs() {
  std::string text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (int level = 1; level < 9; ++level) {
    const std::string below = "*a" + std::to_string(level - 1);
    text += "a" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
    for (int i = 0; i < 9; ++i) text += (i ? ", " : "") + below;
    text += "]\n";
  }
  return text;
}

std::string formatted(const std::optional<FileError>& error) {
  return error ? format_file_error(*error, Language::en) : "";
}

}  // namespace

TEST_CASE("A billion-laughs document is refused at the alias that overflows the budget", "[yaml]") {
  // The aliases of lines 2–5 add 9·10 + 9·91 + 9·820 + 9·7381 = 74,718 values; those of line 6
  // stand for 66,430 each, so its first (column 10) passes 100,000.
  CHECK(formatted(check_alias_expansion(billion_laughs(), "bomb.yaml")) ==
        "bomb.yaml:6:10: aliases would expand this document by more than 100000 values (a "
        "“billion laughs” document?); write the values out or use fewer aliases");
}

TEST_CASE("The budget counts every value an alias stands for", "[yaml]") {
  const std::string shared = "group: &g [a, b, c]\nuse: [*g, *g]\n";  // each *g adds 4 nodes
  CHECK_FALSE(check_alias_expansion(shared, "x.yaml", 8));
  CHECK(formatted(check_alias_expansion(shared, "x.yaml", 7)).starts_with("x.yaml:2:11: "));
}

TEST_CASE("An alias inside the node it names is refused", "[yaml]") {
  CHECK(formatted(check_alias_expansion("a: &loop [x, *loop]\n", "x.yaml")) ==
        "x.yaml:1:14: this alias refers to the node that contains it, which would never end; "
        "write the value out instead");
}

TEST_CASE("Aliases within the budget and syntax errors are left to the parser", "[yaml]") {
  CHECK_FALSE(check_alias_expansion("a: &x [1, 2]\nb: *x\n", "x.yaml"));
  CHECK_FALSE(check_alias_expansion("a: [unclosed\n", "x.yaml"));
  std::vector<FileError> errors;
  CHECK_FALSE(parse_yaml_text(billion_laughs(), "bomb.yaml", "YAML", errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == 6);
}

TEST_CASE("A stray comma, which yaml-cpp reads as endless empty documents, ends the check",
          "[yaml]") {
  // Before: HandleNextDocument returned true on every call for this text and the check never
  // ended (found by rule_set_fuzzer).
  CHECK_FALSE(check_alias_expansion(",", "x.yaml"));
  CHECK_FALSE(check_alias_expansion("&x a\n,", "x.yaml"));
}
