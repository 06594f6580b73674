#include "planlint/docx/wordml.hpp"

#include <charconv>
#include <pugixml.hpp>

namespace planlint::docx {

std::string attribute(const pugi::xml_node& node, const char* name) {
  return node.attribute(name).value();
}

std::string val(const pugi::xml_node& node, const char* child) {
  const pugi::xml_node holder = child != nullptr ? node.child(child) : node;
  return holder.attribute("w:val").value();
}

long val_long(const pugi::xml_node& node, long fallback, const char* child) {
  const std::string text = val(node, child);
  long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc{} && end == text.data() + text.size() ? value : fallback;
}

bool on_off(const pugi::xml_node& node) {
  if (!node) return false;
  const std::string value = val(node);
  return value.empty() || value == "true" || value == "1" || value == "on";
}

}  // namespace planlint::docx
