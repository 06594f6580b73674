#pragma once
#include <yaml-cpp/yaml.h>
#include <optional>
#include <string>
#include <string_view>

namespace planlint {

// A YAML tree written in a compact form that reads back without scanning or parsing: the build
// writes the shipped rule sets this way (tools/gen_yaml_trees.cpp), so a start does not spend
// its time in yaml-cpp's scanner. Only maps, sequences, scalars and nulls are kept, an alias as a
// copy of what it names; nodes read back carry no position (YAML::Mark), which is why only files
// known to load without a problem are read this way (shipped_yaml_trees.hpp).
std::string write_yaml_tree(const YAML::Node& node);
// nullopt if `written` is not a whole tree as write_yaml_tree writes it.
std::optional<YAML::Node> read_yaml_tree(std::string_view written);

}  // namespace planlint
