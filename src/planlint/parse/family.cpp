#include "planlint/parse/family.hpp"

#include "planlint/text/utf8.hpp"

namespace planlint {

std::string_view family_name(Family family) {
  return family_traits(family).name;
}

std::optional<Family> family_from_name(std::string_view name) {
  for (const FamilyTraits& traits : kFamilyTraits) {
    if (traits.name == name) return traits.family;
  }
  return std::nullopt;
}

std::string family_names() {
  std::string names;
  for (const FamilyTraits& traits : kFamilyTraits) {
    if (!names.empty()) names += ", ";
    names += traits.name;
  }
  return names;
}

bool is_bracketed(Family family) {
  return family_traits(family).shape == MarkerShape::bracketed;
}

MarkerForm standard_form(Family family) {
  const FamilyTraits& traits = family_traits(family);
  return {std::string(traits.standard_brackets), std::string(traits.standard_separator)};
}

std::string write_marker(Family family, std::string_view number, std::string_view unit,
                         const MarkerForm& form) {
  std::string marker;
  switch (family_traits(family).shape) {
    case MarkerShape::ordinal:
      marker.append("第").append(number).append(unit);
      break;
    case MarkerShape::plain:
      marker.append(number);
      break;
    case MarkerShape::bracketed: {
      std::size_t close = 0;
      decode_utf8_at(form.brackets, close);
      const std::string_view brackets = form.brackets;
      marker.append(brackets.substr(0, close)).append(number).append(brackets.substr(close));
      break;
    }
  }
  return marker + form.separator;
}

std::string standard_marker(Family family, std::int64_t value) {
  const FamilyTraits& traits = family_traits(family);
  return write_marker(family, write_numeral(value, traits.numeral), traits.unit,
                      standard_form(family));
}

}  // namespace planlint
