#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace planlint {

// Which written form of Chinese a code point belongs to. Most Han characters are shared; only
// some tell the scripts apart. Derived from ICU at build time (tools/gen_script_table.cpp):
// - traditional: Hant-Hans changes it and GB2312 lacks it (國, 學). Characters Hant-Hans changes
//   but GB2312 holds (著, 乾, 後, 徵) are used in Simplified text too, so they are neutral.
// - simplified: Hans-Hant changes it, GB2312 holds it and Hant-Hans leaves it alone (国, 学, 后).
// - neutral: everything else: shared Han characters, punctuation, Latin, digits.
enum class ScriptClass : std::uint8_t { neutral, traditional, simplified };

ScriptClass script_class(char32_t code_point);
// script_class of every BMP code point, indexed by it: for loops that class each character of a
// long text without a call per character.
using BmpScriptClasses = std::array<ScriptClass, 0x10000>;
const BmpScriptClasses& bmp_script_classes();

// `text` with each traditional code point replaced by its Simplified form (ICU's Hant-Hans, one
// character at a time); everything else is kept as written.
std::string simplified_form(std::string_view text);
// `text` with each simplified code point replaced by its Traditional form (ICU's Hans-Hant, one
// character at a time); everything else is kept as written.
std::string traditional_form(std::string_view text);

}  // namespace planlint
