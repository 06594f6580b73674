#include "planlint/kinds/numbering_siblings.hpp"

#include <string_view>
#include <tuple>
#include <utility>

namespace planlint {

namespace {

// A family numbered through the text (articles, FamilyTraits::numbered_through_text) is one list
// per part; every other family counts afresh under each parent.
std::optional<std::size_t> list_parent(const Heading& heading) {
  if (family_traits(heading.family).numbered_through_text) return std::nullopt;
  return heading.parent;
}

}  // namespace

std::vector<SiblingList> sibling_lists(const Outline& outline) {
  // A parent lies in the heading's part, so (part, parent) names the list's place in the tree.
  using Key = std::tuple<std::optional<std::size_t>, std::optional<std::size_t>, Family>;
  std::map<Key, std::size_t> list_of;
  // The list each family of a part last added to.
  std::map<std::pair<std::optional<std::size_t>, Family>, std::size_t> latest_list;
  std::vector<SiblingList> lists;
  for (const Heading& heading : outline.headings) {
    const auto [found, added] =
        list_of.try_emplace(Key{heading.part, list_parent(heading), heading.family}, lists.size());
    const auto [latest, first_of_family] =
        latest_list.try_emplace({heading.part, heading.family}, lists.size());
    // Paragraphs numbered through the whole text (a policy address's 134., 135. across its
    // sections; 一、 to 三、 under 第一章, then 四、 under 第二章): a list whose first number
    // continues the family's last list is that list running on, with no gap before it.
    if (added && !first_of_family && heading.value > 1 &&
        lists[latest->second].items.back()->value == heading.value - 1) {
      found->second = latest->second;
    } else if (added) {
      lists.push_back({heading.family, {}});
    }
    latest->second = found->second;
    lists[found->second].items.push_back(&heading);
  }
  return lists;
}

std::optional<std::string> most_common(const std::vector<std::string>& values) {
  std::map<std::string_view, std::size_t> counts;
  for (const std::string& value : values) ++counts[value];
  std::optional<std::string> winner;
  std::size_t winner_count = 0;
  for (const std::string& value : values) {
    if (counts[value] > winner_count) {
      winner = value;
      winner_count = counts[value];
    }
  }
  return winner;
}

std::vector<std::string> separators_written(const SiblingList& list) {
  std::vector<std::string> separators;
  for (const Heading* heading : list.items) {
    if (!heading->malformed) separators.push_back(heading->separator);
  }
  return separators;
}

MarkerForm expected_form(const SiblingList& list, const std::map<Family, MarkerForm>& canonical) {
  if (const auto prescribed = canonical.find(list.family); prescribed != canonical.end()) {
    return prescribed->second;
  }
  MarkerForm form = standard_form(list.family);
  if (const auto separator = most_common(separators_written(list))) form.separator = *separator;
  std::vector<std::string> matched_brackets;
  for (const Heading* heading : list.items) {
    if (!heading->brackets.empty() && brackets_match(heading->brackets)) {
      matched_brackets.push_back(heading->brackets);
    }
  }
  if (const auto brackets = most_common(matched_brackets)) form.brackets = *brackets;
  return form;
}

}  // namespace planlint
