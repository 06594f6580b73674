#include "planlint/parse/hierarchy.hpp"

#include <algorithm>

namespace planlint {

const Hierarchy& default_hierarchy() {
  static const Hierarchy hierarchy = [] {
    Hierarchy families;
    for (const FamilyTraits& traits : kFamilyTraits) families.push_back(traits.family);
    return families;
  }();
  return hierarchy;
}

std::variant<Hierarchy, Message> parse_hierarchy(std::string_view comma_separated) {
  Hierarchy hierarchy;
  while (!comma_separated.empty()) {
    const std::size_t comma = comma_separated.find(',');
    const std::string_view name = comma_separated.substr(0, comma);
    const auto family = family_from_name(name);
    if (!family) {
      const std::string known = family_names();
      return Message{"未知的标题序号类别“" + std::string(name) + "”（可用：" + known + "）",
                     "unknown heading family '" + std::string(name) + "' (known: " + known + ")"};
    }
    if (std::find(hierarchy.begin(), hierarchy.end(), *family) != hierarchy.end()) {
      return Message{"标题序号类别“" + std::string(name) + "”重复列出",
                     "heading family '" + std::string(name) + "' listed twice"};
    }
    hierarchy.push_back(*family);
    comma_separated = comma == std::string_view::npos ? "" : comma_separated.substr(comma + 1);
  }
  if (hierarchy.empty()) {
    return Message{"层级为空：请列出标题序号类别，如 cn,cn-paren,arabic", "empty hierarchy"};
  }
  return hierarchy;
}

}  // namespace planlint
