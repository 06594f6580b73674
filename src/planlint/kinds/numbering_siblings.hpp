#pragma once
// The lists the `numbering` kind checks, and the form their markers are expected in.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "planlint/kinds/numbering_marker.hpp"
#include "planlint/parse/outline.hpp"

namespace planlint {

// Headings of one family under one parent (or at the top of one part), in document order;
// articles (第一条) of one part form one list whatever chapter holds them.
struct SiblingList {
  Family family = Family::cn;
  std::vector<const Heading*> items;  // never empty
};

std::vector<SiblingList> sibling_lists(const Outline& outline);

// The value written most often; on a tie the one written first, which set the convention.
std::optional<std::string> most_common(const std::vector<std::string>& values);
// The separators of the list's headings, bare numbers (which have none) left out.
std::vector<std::string> separators_written(const SiblingList& list);
// The form expected markers are written in: the canonical one, else the one most siblings
// use, else the GB/T 9704 one.
MarkerForm expected_form(const SiblingList& list, const std::map<Family, MarkerForm>& canonical);

}  // namespace planlint
