#pragma once
#include <optional>
#include <string>

#include <pugixml.hpp>

#include "planlint/core/message.hpp"

namespace planlint::docx {

// Parses one XML part of a package into `document`. Returns the problem, for the drafter, when
// the XML is malformed or declares a DTD: Office Open XML parts never do, and pugixml resolves
// no entity besides the five predefined ones, so a DOCTYPE (the carrier of external entities)
// is refused rather than half-read.
std::optional<Message> parse_xml_part(const std::string& name, const std::string& bytes,
                                      pugi::xml_document& document);

}  // namespace planlint::docx
