#pragma once
#include <string>

namespace pugi {
class xml_node;
}

namespace planlint::docx {

// Reading WordprocessingML attributes. Parts are matched by their usual prefix `w:`, which every
// producer we know writes (Word, WPS, LibreOffice); see docs/docx.md.
std::string attribute(const pugi::xml_node& node, const char* name);
// w:val of the node (or of its child `child` when given).
std::string val(const pugi::xml_node& node, const char* child = nullptr);
long val_long(const pugi::xml_node& node, long fallback, const char* child = nullptr);
// An ST_OnOff property: present without w:val, or with true/1/on, is on.
bool on_off(const pugi::xml_node& node);

}  // namespace planlint::docx
