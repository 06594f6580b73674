// The shipped rule files' YAML trees, written at build time and read back without parsing.
#include <yaml-cpp/yaml.h>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "planlint/config/rule_set.hpp"
#include "planlint/config/shipped_yaml_trees.hpp"
#include "planlint/config/yaml_tree.hpp"
#include "support/golden.hpp"

using namespace planlint;

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("A YAML tree reads back as it was written", "[yaml-tree]") {
  const YAML::Node parsed = YAML::Load(
      "name: 示例\nempty:\nquoted: \"null\"\nlist: [a, '', {b: 1, c: [~]}]\nz: last\na: after\n");
  const std::optional<YAML::Node> read = read_yaml_tree(write_yaml_tree(parsed));
  REQUIRE(read);
  CHECK(write_yaml_tree(*read) == write_yaml_tree(parsed));
  CHECK((*read)["name"].Scalar() == "示例");
  CHECK((*read)["empty"].IsNull());
  CHECK((*read)["quoted"].IsScalar());
  CHECK((*read)["quoted"].Scalar() == "null");
  CHECK((*read)["list"][1].Scalar().empty());
  CHECK((*read)["list"][2]["c"][0].IsNull());
  // Keys keep the order of the file.
  std::vector<std::string> keys;
  for (const auto& entry : *read) keys.push_back(entry.first.Scalar());
  CHECK(keys == std::vector<std::string>{"name", "empty", "quoted", "list", "z", "a"});
}

TEST_CASE("A cut or stretched YAML tree is refused", "[yaml-tree]") {
  const std::string written = write_yaml_tree(YAML::Load("a: [b, c]\n"));
  for (std::size_t size = 0; size < written.size(); ++size) {
    INFO(size);
    CHECK_FALSE(read_yaml_tree(written.substr(0, size)));
  }
  CHECK_FALSE(read_yaml_tree(written + "n"));
  CHECK_FALSE(read_yaml_tree("x"));
}

TEST_CASE("Each shipped rule file has its tree, which is the file's parse", "[yaml-tree]") {
  for (const char* name : {"core", "gbt9704", "document-types", "education-plan"}) {
    INFO(name);
    const std::string text =
        read_file(testing::source_dir() / "rules" / (std::string(name) + ".yaml"));
    const std::optional<YAML::Node> tree = shipped_yaml_tree(text);
    REQUIRE(tree);
    CHECK(write_yaml_tree(*tree) == write_yaml_tree(YAML::Load(text)));
    // Any other text, however close, is parsed.
    CHECK_FALSE(shipped_yaml_tree(text + "\n"));
  }
}

TEST_CASE("A set loads the same from the shipped trees, its examples without position",
          "[yaml-tree]") {
  const std::vector<std::filesystem::path> directories{testing::source_dir() / "rules"};
  const RuleSetResult parsed = load_rule_set("education-plan", directories);
  const RuleSetResult prebuilt = load_rule_set("education-plan", directories, {}, true);
  REQUIRE(std::holds_alternative<RuleSet>(parsed));
  REQUIRE(std::holds_alternative<RuleSet>(prebuilt));
  const RuleSet& from_yaml = std::get<RuleSet>(parsed);
  const RuleSet& from_trees = std::get<RuleSet>(prebuilt);
  CHECK(from_trees.content_hash == from_yaml.content_hash);
  REQUIRE(from_trees.rules.size() == from_yaml.rules.size());
  for (std::size_t i = 0; i < from_yaml.rules.size(); ++i) {
    const RuleInfo& a = from_yaml.rules[i]->info();
    const RuleInfo& b = from_trees.rules[i]->info();
    INFO(a.id);
    CHECK(b.id == a.id);
    CHECK(b.severity == a.severity);
    CHECK(b.message == a.message);
    CHECK(b.hit_examples.size() == a.hit_examples.size());
  }
  // What `rules check` needs to place a failing example, only parsing gives.
  CHECK(from_yaml.rules.front()->info().hit_examples.front().line > 0);
  CHECK(from_trees.rules.front()->info().hit_examples.front().line == 0);
}
