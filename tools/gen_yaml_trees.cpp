// The build step that writes the shipped rule files' YAML trees in the compact form
// src/planlint/config/yaml_tree.hpp reads back without parsing, each keyed by the ContentHash of
// the file's text (src/planlint/config/shipped_yaml_trees.hpp), so a start spends no time in
// yaml-cpp's scanner for them. A file that does not parse is left out: it is parsed at every
// load, and the build step that verifies the shipped sets reports its error.
//   gen_yaml_trees OUTPUT.inc FILE.yaml...
#include <yaml-cpp/yaml.h>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "cpp_string_literal.hpp"
#include "planlint/config/content_hash.hpp"
#include "planlint/config/yaml_tree.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: gen_yaml_trees OUTPUT.inc FILE.yaml...\n";
    return 2;
  }
  std::string entries;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) return 1;
    std::ostringstream text;
    text << in.rdbuf();
    YAML::Node tree;
    try {
      tree = YAML::Load(text.str());
    } catch (const YAML::Exception&) {
      continue;
    }
    planlint::ContentHash hash;
    hash.add(text.str());
    const std::string written = planlint::write_yaml_tree(tree);
    entries += "    {\"" + hash.hex() + "\",  // " + argv[i] + "\n     {" +
               planlint::tools::cpp_string_literal(written) + ", " +
               std::to_string(written.size()) + "}},\n";
  }
  std::ofstream out(argv[1]);
  out << "// Written by tools/gen_yaml_trees.cpp: the shipped rule files' YAML trees.\n" << entries;
  return out.flush() ? 0 : 1;
}
