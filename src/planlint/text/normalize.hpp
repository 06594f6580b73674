#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace planlint {

// The per-code-point fold applied before matching: NFKC_Casefold (full-width → plain,
// case folded, default ignorables removed), then Traditional → Simplified (ICU Hant-Hans),
// except that circled numbers (①…⑳, ㉑…㊿, ⓪) are kept because they are heading markers.
// Returns the replacement (possibly empty) or nullptr when the code point stays as it is.
const std::string* fold_code_point(char32_t code_point);

// A normalized view of a UTF-8 text and the way back to it.
class NormalizedText {
 public:
  const std::string& view() const { return view_; }
  // Original byte offset for a view offset used as the start of a span: a view offset inside
  // the replacement of one original code point leads to that code point's start.
  std::size_t to_original_begin(std::size_t view_offset) const;
  // Original byte offset for a view offset used as the (exclusive) end of a span: inside a
  // replacement, it leads past the whole original code point.
  std::size_t to_original_end(std::size_t view_offset) const;

 private:
  friend NormalizedText normalize(std::string_view original);
  // Each place where a replacement differs in byte length from the original code point.
  struct Anchor {
    std::size_t view_begin;
    std::size_t view_length;
    std::size_t original_begin;
    std::size_t original_length;
  };
  const Anchor* anchor_at_or_before(std::size_t view_offset) const;
  std::string view_;
  std::vector<Anchor> anchors_;
};

// Each code point folded (fold_code_point), each well-formed HTML character reference that web
// pages leave in copied text (&emsp; &nbsp; &#12288; &amp;, see html_entity.hpp) read as the
// character it stands for and folded, and pinyin glosses that template sites insert after
// characters — 關(guān)鍵詞 — dropped, so that the words they split are found. Offsets in the
// result are relative to `original`. Invalid UTF-8 is copied through byte by byte.
NormalizedText normalize(std::string_view original);

}  // namespace planlint
