#include "planlint/docx/numbering_definitions.hpp"

#include <algorithm>
#include <pugixml.hpp>

#include "planlint/docx/wordml.hpp"

namespace planlint::docx {
namespace {

// Word accepts start values from 0 to 32767; held there, no counter grows beyond what a
// document's paragraphs can add, and no numeral (AAAA…, MMMM…) beyond a few thousand letters.
long start_value(const pugi::xml_node& start) {
  return std::clamp(val_long(start, 1), 0L, 32767L);
}

LevelDefinition read_level(const pugi::xml_node& lvl) {
  LevelDefinition level;
  if (const auto start = lvl.child("w:start")) level.start = start_value(start);
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

NumberingDefinitions NumberingDefinitions::read(
    const pugi::xml_node& numbering, const std::map<std::string, std::string>& list_styles) {
  NumberingDefinitions definitions;
  for (const auto& abstract : numbering.children("w:abstractNum")) {
    AbstractNumbering& target = definitions.abstracts[attribute(abstract, "w:abstractNumId")];
    target.num_style_link = val(abstract, "w:numStyleLink");
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
        target.start = start_value(start);
      }
      if (const auto lvl = override_node.child("w:lvl")) target.level = read_level(lvl);
    }
  }
  definitions.follow_style_links(list_styles);
  return definitions;
}

// An instance whose definition only names a list style counts with the definition behind that
// style's own instance, as Word does; a link that leads nowhere is left as it is.
void NumberingDefinitions::follow_style_links(
    const std::map<std::string, std::string>& list_styles) {
  for (auto& [num_id, instance] : instances) {
    const auto abstract = abstracts.find(instance.abstract_id);
    if (abstract == abstracts.end() || abstract->second.num_style_link.empty()) continue;
    const auto style = list_styles.find(abstract->second.num_style_link);
    if (style == list_styles.end()) continue;
    const auto linked = instances.find(style->second);
    if (linked == instances.end() || linked->first == num_id) continue;
    const auto target = abstracts.find(linked->second.abstract_id);
    if (target != abstracts.end() && target->second.num_style_link.empty()) {
      instance.abstract_id = linked->second.abstract_id;
    }
  }
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
