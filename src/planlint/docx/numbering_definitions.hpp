#pragma once
#include <array>
#include <map>
#include <optional>
#include <string>

namespace pugi {
class xml_node;
}

namespace planlint::docx {

constexpr int kLevelCount = 9;

// One level of a list as numbering.xml defines it (w:lvl).
struct LevelDefinition {
  long start = 1;
  std::string num_fmt = "decimal";
  std::string lvl_text;       // %1、 （%1） %1.%2
  std::string suffix = "\t";  // what Word draws after the marker: tab, space or nothing
  // w:lvlRestart: restart after a use of levels up to this one (1-based); 0 never; absent: after
  // any higher level.
  std::optional<int> restart;
  bool legal = false;  // w:isLgl: every %N drawn in decimal
};

struct AbstractNumbering {
  std::array<LevelDefinition, kLevelCount> levels;
  // w:numStyleLink: the levels are those of the list style of this name (styles.xml).
  std::string num_style_link;
};

struct LevelOverride {
  std::optional<long> start;             // w:startOverride
  std::optional<LevelDefinition> level;  // a whole w:lvl inside w:lvlOverride
};

// A list instance (w:num): the abstract definition it uses and its overrides.
struct NumberingInstance {
  std::string abstract_id;
  std::map<int, LevelOverride> overrides;
};

// numbering.xml: abstract definitions and the instances paragraphs refer to by w:numId.
struct NumberingDefinitions {
  std::map<std::string, AbstractNumbering> abstracts;
  std::map<std::string, NumberingInstance> instances;

  // Reads a w:numbering element (an empty definition set when the node is empty).
  // `list_styles` maps each numbering style (a list style of styles.xml) to its w:numId: an
  // instance of a definition that only links to a list style uses that style's definition.
  static NumberingDefinitions read(const pugi::xml_node& numbering,
                                   const std::map<std::string, std::string>& list_styles = {});
  // The level an instance uses, overrides applied; nullptr when the instance or its abstract
  // definition does not exist.
  const LevelDefinition* level(const std::string& num_id, int ilvl) const;

 private:
  void follow_style_links(const std::map<std::string, std::string>& list_styles);
};

}  // namespace planlint::docx
