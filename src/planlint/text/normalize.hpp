#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace planlint {

// The per-code-point fold applied before matching: NFKC_Casefold (full-width → plain,
// case folded, default ignorables removed), then Traditional → Simplified (ICU Hant-Hans),
// except that circled numbers (①…⑳, ㉑…㊿, ⓪) are kept because they are heading markers.
// Returns the replacement (possibly empty) or nullptr when the code point stays as it is.
const std::string* fold_code_point(char32_t code_point);

// Where the view's replacements stand, in view order: each place where a replacement differs in
// byte length from what it replaces. Chinese text has one at nearly every full-width comma or
// colon, so they are packed: 32-bit offsets and 8-bit lengths (12 bytes an anchor), widened to
// 64-bit once an offset or a length does not fit, which only a text past 4 GB brings.
class AnchorTable {
 public:
  struct Anchor {
    std::size_t view_begin;
    std::size_t view_length;
    std::size_t original_begin;
    std::size_t original_length;
  };
  void add(const Anchor& anchor);
  void set_last_view_length(std::size_t view_length);
  // The last anchor whose view_begin is at or before `view_offset`, or false.
  bool at_or_before(std::size_t view_offset, Anchor& found) const;
  // Empties the table, keeping its memory for the next text.
  void clear();
  // Adds `other`'s anchors, each moved on by `view_shift` and `original_shift`: the anchors of a
  // piece of text normalized apart, placed where the piece stands in the whole.
  void append_shifted(const AnchorTable& other, std::size_t view_shift, std::size_t original_shift);

 private:
  template <typename Offset, typename Length>
  struct Packed {
    Offset view_begin;
    Offset original_begin;
    Length view_length;
    Length original_length;
  };
  using Narrow = Packed<std::uint32_t, std::uint8_t>;
  using Wide = Packed<std::size_t, std::size_t>;
  static bool fits_narrow(const Anchor& anchor);
  void widen();
  bool wide_ = false;
  std::vector<Narrow> narrow_anchors_;
  std::vector<Wide> wide_anchors_;
};

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
  friend void normalize_into(std::string_view original, NormalizedText& text);
  // The same as normalize, `original` read in pieces of whole lines (a few MB each, a long line
  // whole) and `after_piece` told where each ends. Folding is line-local (every line end is kept
  // and nothing reads across one), so the view is normalize's; a caller reading `original` from a
  // mapped file lets each piece's pages go before the next is read.
  NormalizedText normalize_in_pieces(std::string_view original,
                                     const std::function<void(std::size_t)>& after_piece);
  friend NormalizedText normalize_in_pieces(std::string_view original,
                                            const std::function<void(std::size_t)>& after_piece);
  std::string view_;
  AnchorTable anchors_;
};

// How far past a code point normalizing reads to decide what it becomes (an HTML reference's
// name of 32 letters, a pinyin gloss of 8): the view of a text's first n bytes is the view of
// the whole text as far as it was made from the bytes before n minus this many.
inline constexpr std::size_t kNormalizeLookaheadBytes = 64;

// Each code point folded (fold_code_point), each well-formed HTML character reference that web
// pages leave in copied text (&emsp; &nbsp; &#12288; &amp;, see html_entity.hpp) read as the
// character it stands for and folded, and pinyin glosses that template sites insert after
// characters — 關(guān)鍵詞 — dropped, so that the words they split are found. Offsets in the
// result are relative to `original`. Invalid UTF-8 is copied through byte by byte.
NormalizedText normalize(std::string_view original);
// The same, into `text`, whose memory is kept: for a caller that folds line after line, so that
// lines cost no allocation once the buffers have grown.
void normalize_into(std::string_view original, NormalizedText& text);
// The same as normalize, `original` read in pieces of whole lines (a few MB each, a long line
// whole) and `after_piece` told where each ends. Folding is line-local (every line end is kept
// and nothing reads across one), so the view is normalize's; a caller reading `original` from a
// mapped file lets each piece's pages go before the next is read.
NormalizedText normalize_in_pieces(std::string_view original,
                                   const std::function<void(std::size_t)>& after_piece);

}  // namespace planlint
