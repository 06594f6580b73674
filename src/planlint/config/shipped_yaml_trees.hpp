#pragma once
#include <yaml-cpp/yaml.h>
#include <optional>
#include <string_view>

namespace planlint {

// The YAML tree of a shipped rule file whose text is exactly `text` as it was when this planlint
// was built (tools/gen_yaml_trees.cpp wrote them, keyed by the ContentHash of each file's text),
// read without parsing (yaml_tree.hpp); nullopt for any other text, which is parsed as usual.
std::optional<YAML::Node> shipped_yaml_tree(std::string_view text);

}  // namespace planlint
