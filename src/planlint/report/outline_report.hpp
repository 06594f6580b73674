#pragma once
#include <ostream>
#include <string>

#include "planlint/core/language.hpp"
#include "planlint/parse/outline.hpp"

namespace planlint {

// One document's outline as JSON (the schema in docs/json-output.md), one heading per line.
void write_outline_json(std::ostream& out, const std::string& path, const std::string& encoding,
                        const Outline& outline);
// One document's outline as an indented tree for a person at a terminal.
void write_outline_text(std::ostream& out, const std::string& path, const std::string& encoding,
                        const Outline& outline, Language language);

}  // namespace planlint
