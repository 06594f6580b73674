#include "planlint/docx/numbering_definitions.hpp"

#include <pugixml.hpp>

#include "planlint/docx/wordml.hpp"

namespace planlint::docx {
namespace {

LevelDefinition read_level(const pugi::xml_node& lvl) {
  LevelDefinition level;
  if (const auto start = lvl.child("w:start")) level.start = val_long(start, 1);
  if (const auto fmt = lvl.child("w:numFmt")) level.num_fmt = val(fmt);
  if (const auto text = lvl.child("w:lvlText")) level.lvl_text = val(text);
  if (const auto suffix = lvl.child("w:suff")) {
    const std::string kind = val(suffix);
    // Built by count: GCC 12 misreports assigning a one-character literal (-Wrestrict).
    const char drawn = kind == "space" ? ' ' : '\t';
    level.suffix.assign(kind == "nothing" ? 0 : 1, drawn);
  }
  if (const auto restart = lvl.child("w:lvlRestart")) {
    level.restart = static_cast<int>(val_long(restart, 0));
  }
  if (const auto legal = lvl.child("w:isLgl")) level.legal = on_off(legal);
  return level;
}

// w:ilvl is an attribute of w:lvl and w:lvlOverride.
int level_index(const pugi::xml_node& node) {
  const std::string text = attribute(node, "w:ilvl");
  if (text.size() != 1 || text[0] < '0' || text[0] > '9') return -1;
  return text[0] - '0';
}

bool valid_level(int ilvl) {
  return ilvl >= 0 && ilvl < kLevelCount;
}

}  // namespace

NumberingDefinitions NumberingDefinitions::read(const pugi::xml_node& numbering) {
  NumberingDefinitions definitions;
  for (const auto& abstract : numbering.children("w:abstractNum")) {
    AbstractNumbering& target = definitions.abstracts[attribute(abstract, "w:abstractNumId")];
    for (const auto& lvl : abstract.children("w:lvl")) {
      const int ilvl = level_index(lvl);
      if (valid_level(ilvl)) target.levels[static_cast<std::size_t>(ilvl)] = read_level(lvl);
    }
  }
  for (const auto& num : numbering.children("w:num")) {
    NumberingInstance& instance = definitions.instances[attribute(num, "w:numId")];
    instance.abstract_id = val(num.child("w:abstractNumId"));
    for (const auto& override_node : num.children("w:lvlOverride")) {
      const int ilvl = level_index(override_node);
      if (!valid_level(ilvl)) continue;
      LevelOverride& target = instance.overrides[ilvl];
      if (const auto start = override_node.child("w:startOverride")) {
        target.start = val_long(start, 1);
      }
      if (const auto lvl = override_node.child("w:lvl")) target.level = read_level(lvl);
    }
  }
  return definitions;
}

const LevelDefinition* NumberingDefinitions::level(const std::string& num_id, int ilvl) const {
  if (!valid_level(ilvl)) return nullptr;
  const auto instance = instances.find(num_id);
  if (instance == instances.end()) return nullptr;
  if (const auto found = instance->second.overrides.find(ilvl);
      found != instance->second.overrides.end() && found->second.level) {
    return &*found->second.level;
  }
  const auto abstract = abstracts.find(instance->second.abstract_id);
  if (abstract == abstracts.end()) return nullptr;
  return &abstract->second.levels[static_cast<std::size_t>(ilvl)];
}

}  // namespace planlint::docx
