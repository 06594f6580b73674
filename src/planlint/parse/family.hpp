#pragma once
// The heading families and everything planlint knows about each, in one table: its name, how its
// marker is shaped and written, its standard form and the separators it may have. A new family
// is a grammar rule (grammars/heading.hpp), an action (parse/heading_detector.cpp) and a row
// here; the count of families, the default hierarchy and the names in messages follow the table.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "planlint/text/numeral_writer.hpp"

namespace planlint {

// The kinds of heading marker a plan uses, as named in outlines, rule files and reports.
enum class Family {
  part,               // 第一部分
  chapter,            // 第一章
  section,            // 第一节
  article,            // 第一条
  cn,                 // 一、
  cn_paren,           // （一）
  arabic,             // 1.
  arabic_paren,       // （1）
  arabic_half_paren,  // 1）
  circled,            // ①
  last = circled,     // keep on the last enumerator: the table below must reach it
};

// Where the number stands in a family's marker.
enum class MarkerShape {
  ordinal,    // 第 + number + unit: 第三章, 第二部分
  plain,      // number + separator: 三、 3. ③
  bracketed,  // bracket + number + bracket: （三） （3）
};

struct FamilyTraits {
  Family family = Family::part;
  std::string_view name = {};  // in rule files, --hierarchy, outlines and reports
  MarkerShape shape = MarkerShape::plain;
  std::string_view unit = {};  // an ordinal's Simplified unit (章 of 第三章); empty for the others
  NumeralStyle numeral = NumeralStyle::chinese;  // of a marker no heading shows yet
  // The form GB/T 9704-2012 gives the family: 一、 （一） 1. （1） ①, 第一章 with nothing after.
  std::string_view standard_brackets = {};
  std::string_view standard_separator = {};
  // The separators the heading grammar accepts after the number, as the normalized view holds
  // them (unbracketed families; a canonical form outside these could never be met).
  std::span<const std::string_view> separators = {};
  // A sibling written without punctuation is never the odd one out among its list's separators
  // (（一） beside （二）、, ① beside ②、: the standard has none).
  bool separator_optional = false;
  // Numbered through the whole part, across the headings above it, as legislative drafting
  // numbers articles (第五章 opens with the article after the last of 第四章), rather than
  // afresh under each parent.
  bool numbered_through_text = false;
};

inline constexpr std::array<std::string_view, 3> kListSeparators{"、", ".", ","};
inline constexpr std::array<std::string_view, 5> kCircledSeparators{"", "、", ".", ",", ":"};
inline constexpr std::array<std::string_view, 4> kOrdinalSeparators{"", "、", ":", "."};
inline constexpr std::array<std::string_view, 1> kHalfParenSeparators{")"};

// One row per family, in the order of the enum, which is also the default hierarchy from the
// top level down (after GB/T 9704-2012 7.3.3). A field a row leaves out has its default: no
// unit, Chinese numerals, no standard brackets or separator.
inline constexpr std::array kFamilyTraits{
    FamilyTraits{.family = Family::part,
                 .name = "part",
                 .shape = MarkerShape::ordinal,
                 .unit = "部分",
                 .separators = kOrdinalSeparators},
    FamilyTraits{.family = Family::chapter,
                 .name = "chapter",
                 .shape = MarkerShape::ordinal,
                 .unit = "章",
                 .separators = kOrdinalSeparators},
    FamilyTraits{.family = Family::section,
                 .name = "section",
                 .shape = MarkerShape::ordinal,
                 .unit = "节",
                 .separators = kOrdinalSeparators},
    FamilyTraits{.family = Family::article,
                 .name = "article",
                 .shape = MarkerShape::ordinal,
                 .unit = "条",
                 .separators = kOrdinalSeparators,
                 .numbered_through_text = true},
    FamilyTraits{.family = Family::cn,
                 .name = "cn",
                 .shape = MarkerShape::plain,
                 .standard_separator = "、",
                 .separators = kListSeparators},
    FamilyTraits{.family = Family::cn_paren,
                 .name = "cn-paren",
                 .shape = MarkerShape::bracketed,
                 .standard_brackets = "（）",
                 .separator_optional = true},
    FamilyTraits{.family = Family::arabic,
                 .name = "arabic",
                 .shape = MarkerShape::plain,
                 .numeral = NumeralStyle::ascii_digits,
                 .standard_separator = ".",
                 .separators = kListSeparators},
    FamilyTraits{.family = Family::arabic_paren,
                 .name = "arabic-paren",
                 .shape = MarkerShape::bracketed,
                 .numeral = NumeralStyle::ascii_digits,
                 .standard_brackets = "（）",
                 .separator_optional = true},
    FamilyTraits{.family = Family::arabic_half_paren,
                 .name = "arabic-half-paren",
                 .shape = MarkerShape::plain,
                 .numeral = NumeralStyle::ascii_digits,
                 .standard_separator = "）",
                 .separators = kHalfParenSeparators},
    FamilyTraits{.family = Family::circled,
                 .name = "circled",
                 .shape = MarkerShape::plain,
                 .numeral = NumeralStyle::circled,
                 .separators = kCircledSeparators,
                 .separator_optional = true},
};

inline constexpr std::size_t kFamilyCount = kFamilyTraits.size();

constexpr bool rows_follow_the_enum() {
  for (std::size_t index = 0; index < kFamilyTraits.size(); ++index) {
    if (static_cast<std::size_t>(kFamilyTraits[index].family) != index) return false;
  }
  return true;
}
static_assert(rows_follow_the_enum(), "kFamilyTraits: one row per Family, in the enum's order");
static_assert(kFamilyCount == static_cast<std::size_t>(Family::last) + 1,
              "kFamilyTraits: every Family up to Family::last needs its row");

constexpr const FamilyTraits& family_traits(Family family) {
  return kFamilyTraits[static_cast<std::size_t>(family)];
}

std::string_view family_name(Family family);
std::optional<Family> family_from_name(std::string_view name);
// "part, chapter, …, circled": the names, for messages that list them.
std::string family_names();

// How a list writes its markers apart from the number: the brackets of （一） and （1）, and the
// punctuation after the number or the closing bracket.
struct MarkerForm {
  std::string brackets;  // opening and closing bracket, e.g. "（）"; empty for unbracketed families
  std::string separator;  // e.g. "、" or "."; empty when there is none
};

// （一） and （1）: the families whose number stands between brackets.
bool is_bracketed(Family family);
// The family's form after GB/T 9704-2012 (its table row).
MarkerForm standard_form(Family family);
// A marker of `family` around `number` (already written): 第 + number + `unit` for an ordinal
// family, the number between `form`'s brackets for a bracketed one, then `form`'s separator.
std::string write_marker(Family family, std::string_view number, std::string_view unit,
                         const MarkerForm& form);
// The marker of `value` in the family's standard form, numeral and unit: 第三章, 三、, （3）, ③.
std::string standard_marker(Family family, std::int64_t value);

}  // namespace planlint
