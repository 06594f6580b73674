#pragma once
#include <cstddef>

#include <pugixml.hpp>

#include "planlint/docx/body_reader.hpp"

namespace planlint::docx {

// Cutting runs of document.xml so that a stretch of text lies in runs of its own, for anchoring
// comments and writing tracked changes. Every new run copies the w:rPr of the run it was cut
// from, so the formatting is kept.

// A run like `run`, with a copy of its properties, inserted just before it.
pugi::xml_node new_run_before(const pugi::xml_node& run);

// Moves the children of `node`'s run that come before it into a new run before that run, so
// that the run starts with `node`. Returns the run.
pugi::xml_node split_run_before(const pugi::xml_node& node);

// Cuts the w:t of piece `piece` of `paragraph` at byte `at` of its text: the first part moves
// into a new run before, the rest stays; `paragraph.pieces` gets a piece for each part.
// Returns the run now starting with the rest.
pugi::xml_node split_text(BodyParagraph& paragraph, std::size_t piece, std::size_t at);

// Sets a w:t's (or w:delText's) text, keeping its spaces.
void set_preserved_text(pugi::xml_node text_node, const char* text);

}  // namespace planlint::docx
