#include "planlint/text/script_class.hpp"

#include <algorithm>
#include <array>
#include <iterator>

#include "planlint/text/normalize.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

struct SimplifiedCodePoint {
  char32_t code_point;
  char32_t traditional;
};

// Defines kTraditionalCodePoints and kSimplifiedCodePoints, derived from ICU at build time by
// tools/gen_script_table.cpp.
#include "script_table.inc"

static_assert(std::ranges::is_sorted(kTraditionalCodePoints), "script_class binary-searches it");
static_assert(std::ranges::is_sorted(kSimplifiedCodePoints, {}, &SimplifiedCodePoint::code_point),
              "script_class binary-searches it");

bool is_traditional(char32_t code_point) {
  return std::ranges::binary_search(kTraditionalCodePoints, code_point);
}

const SimplifiedCodePoint* find_simplified(char32_t code_point) {
  const auto* entry = std::ranges::lower_bound(kSimplifiedCodePoints, code_point, {},
                                               &SimplifiedCodePoint::code_point);
  if (entry == std::end(kSimplifiedCodePoints) || entry->code_point != code_point) return nullptr;
  return entry;
}

// Below the first classed code point lie ASCII, CJK punctuation and kana: most of any text, which
// this spares the searches.
constexpr char32_t kFirstClassedCodePoint =
    std::min(kTraditionalCodePoints[0], kSimplifiedCodePoints[0].code_point);

// Every CJK character of every line is classed, so the BMP gets a direct table, built once.
class BmpClasses {
 public:
  BmpClasses() {
    for (const char32_t code_point : kTraditionalCodePoints) {
      if (code_point <= kLastBmp) classes_[code_point] = ScriptClass::traditional;
    }
    for (const SimplifiedCodePoint& entry : kSimplifiedCodePoints) {
      if (entry.code_point <= kLastBmp) classes_[entry.code_point] = ScriptClass::simplified;
    }
  }
  ScriptClass operator[](char32_t code_point) const { return classes_[code_point]; }
  const BmpScriptClasses& table() const { return classes_; }

  static constexpr char32_t kLastBmp = 0xFFFF;

 private:
  BmpScriptClasses classes_{};  // value-initialized: neutral
};

const BmpClasses& bmp_classes() {
  static const BmpClasses classes;
  return classes;
}

// Copies `text`, letting `replace` append what a code point becomes or return false to keep it.
template <typename Replace>
std::string rewrite(std::string_view text, Replace replace) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const Utf8CodePoint decoded = decode_utf8(text, at);
    const std::size_t length = decoded.length == 0 ? 1 : decoded.length;
    if (decoded.length == 0 || !replace(decoded.code_point, out)) out.append(text, at, length);
    at += length;
  }
  return out;
}

}  // namespace

ScriptClass script_class(char32_t code_point) {
  if (code_point < kFirstClassedCodePoint) return ScriptClass::neutral;
  if (code_point <= BmpClasses::kLastBmp) return bmp_classes()[code_point];
  if (is_traditional(code_point)) return ScriptClass::traditional;
  if (find_simplified(code_point) != nullptr) return ScriptClass::simplified;
  return ScriptClass::neutral;
}

const BmpScriptClasses& bmp_script_classes() {
  return bmp_classes().table();
}

std::string simplified_form(std::string_view text) {
  return rewrite(text, [](char32_t code_point, std::string& out) {
    if (script_class(code_point) != ScriptClass::traditional) return false;
    // The fold of a Traditional ideograph is its Hant-Hans form, since NFKC leaves unified
    // ideographs alone.
    const std::string* simplified = fold_code_point(code_point);
    if (simplified == nullptr) return false;
    out += *simplified;
    return true;
  });
}

std::string traditional_form(std::string_view text) {
  return rewrite(text, [](char32_t code_point, std::string& out) {
    if (code_point < kFirstClassedCodePoint) return false;
    const SimplifiedCodePoint* entry = find_simplified(code_point);
    if (entry == nullptr) return false;
    append_utf8(out, entry->traditional);
    return true;
  });
}

}  // namespace planlint
