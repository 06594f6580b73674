// The heading families are data (kFamilyTraits); every place written by hand that lists their
// names (README, man pages, shell completion, docs) must list the table's names in its order, so
// a family added, renamed or dropped fails here until each list follows.

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "planlint/parse/family.hpp"
#include "support/golden.hpp"

namespace {

using Names = std::vector<std::string>;

// One hand-written list: the file, the text just before the list and the text that ends it.
struct ListedPlace {
  const char* file;
  std::string_view before;
  std::string_view after;
};

constexpr ListedPlace kPlaces[] = {
    {"README.md", "`--hierarchy LIST` sets the heading families", "The default"},
    {"docs/man/planlint.1", "The heading families from the top level down, comma-separated, from",
     ".SH"},
    {"docs/man/planlint.zh_CN.1", "从最高一级起的标题序号类别，以逗号分隔，取自", "。"},
    {"completion/planlint.bash.in", "--hierarchy)\n      COMPREPLY=($(compgen -W \"", "\""},
    {"docs/rules/numbering.md", "Default: GB/T 9704-2012, `[", "]`"},
    {"docs/rules/numbering.md", "The families are ", "A canonical form"},
    {"docs/json-output.md", "| `family` |", "|\n"},
};

Names table_names() {
  Names names;
  for (const planlint::FamilyTraits& traits : planlint::kFamilyTraits) {
    names.emplace_back(traits.name);
  }
  return names;
}

bool is_name_character(char c) {
  return (c >= 'a' && c <= 'z') || c == '-';
}

// The names in `text`, in order: words of lower-case letters and hyphens.
void append_words(std::string_view text, Names& names) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_name_character(text[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < text.size() && is_name_character(text[i])) ++i;
    names.emplace_back(text.substr(start, i - start));
  }
}

// Where a list puts each name in backticks (`cn` (一、), …), only what the backticks hold
// counts, so the examples and explanations between the names do not; elsewhere every word.
Names listed_names(std::string_view list) {
  Names names;
  if (list.find('`') == std::string_view::npos) {
    append_words(list, names);
    return names;
  }
  for (std::size_t open = list.find('`'); open != std::string_view::npos;) {
    const std::size_t close = list.find('`', open + 1);
    if (close == std::string_view::npos) break;
    append_words(list.substr(open + 1, close - open - 1), names);
    open = list.find('`', close + 1);
  }
  return names;
}

// The file as a reader sees it: roff's escaped hyphens ("\-") are hyphens.
std::string read_as_shown(const char* file) {
  std::string text = planlint::testing::read_file(planlint::testing::source_dir() / file);
  for (std::size_t at = text.find("\\-"); at != std::string::npos; at = text.find("\\-", at)) {
    text.erase(at, 1);
  }
  return text;
}

}  // namespace

TEST_CASE("every hand-written list of heading families names the table's families in order",
          "[parse][family]") {
  const Names expected = table_names();
  for (const ListedPlace& place : kPlaces) {
    CAPTURE(place.file, place.before);
    const std::string text = read_as_shown(place.file);
    const std::size_t before = text.find(place.before);
    REQUIRE(before != std::string::npos);
    const std::size_t begin = before + place.before.size();
    const std::size_t end = text.find(place.after, begin);
    REQUIRE(end != std::string::npos);
    CHECK(listed_names(std::string_view(text).substr(begin, end - begin)) == expected);
  }
}

TEST_CASE("a list is read name by name, backticked or bare", "[parse][family]") {
  CHECK(listed_names("`part` (第一部分), `cn` (一、), `arabic-half-paren`\n(1）, a number)") ==
        Names{"part", "cn", "arabic-half-paren"});
  CHECK(listed_names("\n`part, chapter,\n  circled`. ") == Names{"part", "chapter", "circled"});
  CHECK(listed_names("part、cn-paren、circled") == Names{"part", "cn-paren", "circled"});
}
