#include "planlint/config/shipped_yaml_trees.hpp"

#include <algorithm>
#include <iterator>

#include "planlint/config/content_hash.hpp"
#include "planlint/config/yaml_tree.hpp"

namespace planlint {
namespace {

struct ShippedTree {
  std::string_view text_hash;
  std::string_view tree;
};

constexpr ShippedTree kShippedTrees[] = {
#include "shipped_yaml_trees.inc"
    // Matches no text (a hash has 32 digits), and keeps the array whole if no file parsed.
    {"", ""},
};

}  // namespace

std::optional<YAML::Node> shipped_yaml_tree(std::string_view text) {
  ContentHash hash;
  hash.add(text);
  const std::string text_hash = hash.hex();
  const auto* found =
      std::find_if(std::begin(kShippedTrees), std::end(kShippedTrees),
                   [&](const ShippedTree& tree) { return tree.text_hash == text_hash; });
  if (found == std::end(kShippedTrees)) return std::nullopt;
  return read_yaml_tree(found->tree);
}

}  // namespace planlint
