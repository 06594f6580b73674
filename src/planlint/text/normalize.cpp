#include "planlint/text/normalize.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <limits>

#include "planlint/text/html_entity.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

struct FoldTableEntry {
  char32_t code_point;
  std::string_view replacement;
};

// Derived from ICU at build time by tools/gen_fold_table.cpp.
constexpr FoldTableEntry kFoldTable[] = {
#include "fold_table.inc"
};

static_assert(std::ranges::is_sorted(kFoldTable, {}, &FoldTableEntry::code_point),
              "the supplementary lookup binary-searches the table");
static_assert(std::size(kFoldTable) < std::numeric_limits<std::uint16_t>::max(),
              "BMP slots are 16-bit");

constexpr char32_t kLastBmpCodePoint = 0xFFFF;
constexpr char32_t kFullWidthOpenParenthesis = 0xFF08;
constexpr char32_t kFullWidthCloseParenthesis = 0xFF09;

// Nearly all text is in the BMP, so it gets a direct index; the few supplementary entries
// (mathematical letters, compatibility ideographs) are binary-searched.
class FoldIndex {
 public:
  FoldIndex() {
    replacements_.reserve(std::size(kFoldTable));
    for (const FoldTableEntry& entry : kFoldTable) {
      replacements_.emplace_back(entry.replacement);
      if (entry.code_point <= kLastBmpCodePoint) {
        bmp_slots_[entry.code_point] = static_cast<std::uint16_t>(replacements_.size());
        mark(bmp_folded_, entry.code_point);
        mark(bmp_attended_, entry.code_point);
      }
    }
    // Where a pinyin gloss or an HTML character reference may begin.
    for (const char32_t opener : {U'(', kFullWidthOpenParenthesis, U'&'}) {
      mark(bmp_attended_, opener);
    }
  }

  // Whether the view may differ from the text at a BMP code point: it folds, or it may open a
  // pinyin gloss or an HTML character reference. The rest (nearly all Hanzi, most ASCII) is
  // copied as it stands.
  bool needs_attention(char32_t bmp_code_point) const {
    return (bmp_attended_[bmp_code_point / 64] >> (bmp_code_point % 64) & 1) != 0;
  }

  const std::string* find(char32_t code_point) const {
    if (code_point <= kLastBmpCodePoint) {
      // The bit first: 8 KB stay in the L1 cache where the 128 KB of slots do not, and most
      // code points (nearly all Hanzi) have no fold.
      if ((bmp_folded_[code_point / 64] >> (code_point % 64) & 1) == 0) return nullptr;
      const std::uint16_t slot = bmp_slots_[code_point];
      return slot == kUnchanged ? nullptr : &replacements_[slot - 1];
    }
    const auto* entry =
        std::ranges::lower_bound(kFoldTable, code_point, {}, &FoldTableEntry::code_point);
    if (entry == std::end(kFoldTable) || entry->code_point != code_point) return nullptr;
    return &replacements_[static_cast<std::size_t>(entry - std::begin(kFoldTable))];
  }

 private:
  static constexpr std::uint16_t kUnchanged = 0;
  // Parallel to kFoldTable; std::string because fold_code_point hands out pointers to them.
  std::vector<std::string> replacements_;
  // 1 + index into replacements_, or kUnchanged.
  std::array<std::uint16_t, kLastBmpCodePoint + 1> bmp_slots_{};
  using BmpBitmap = std::array<std::uint64_t, (kLastBmpCodePoint + 1) / 64>;
  static void mark(BmpBitmap& bitmap, char32_t code_point) {
    bitmap[code_point / 64] |= std::uint64_t{1} << (code_point % 64);
  }
  // One bit a BMP code point: whether its slot is set.
  BmpBitmap bmp_folded_{};
  // One bit a BMP code point: needs_attention.
  BmpBitmap bmp_attended_{};
};

const FoldIndex& fold_index() {
  static const FoldIndex index;
  return index;
}

bool is_ascii_upper(unsigned char byte) {
  return byte >= 'A' && byte <= 'Z';
}

std::string_view ascii_lowercase_of(unsigned char upper) {
  static constexpr std::string_view kLowercase = "abcdefghijklmnopqrstuvwxyz";
  return kLowercase.substr(upper - 'A', 1);
}

// A gloss is one syllable: at most six letters (zhuang) and a tone mark, with room to spare.
constexpr std::size_t kMaxGlossLetters = 8;

bool is_hanzi(char32_t code_point) {
  return (code_point >= 0x3400 && code_point <= 0x9FFF) ||
         (code_point >= 0xF900 && code_point <= 0xFAFF) ||
         (code_point >= 0x20000 && code_point <= 0x3134F);
}

// A gloss's brackets (3 bytes each at most) and its letters (2 bytes each at most), read one past
// kMaxGlossLetters.
static_assert(3 + 2 * (kMaxGlossLetters + 1) + 3 <= kNormalizeLookaheadBytes);

// Byte length of a pinyin gloss starting at the bracket at `at` — (guān), （xué） — or 0. Some
// template sites put one after every few characters (關(guān)鍵詞); it is dropped from the view
// so that words split by it are found. A gloss has Latin letters only, at least one of them
// tone-marked, which no enumeration like (a) or (1) has.
std::size_t pinyin_gloss_length(std::string_view text, std::size_t at) {
  std::size_t cursor = at;
  decode_utf8_at(text, cursor);  // the opening bracket
  std::size_t letters = 0;
  bool tone_marked = false;
  while (cursor < text.size() && letters <= kMaxGlossLetters) {
    const char32_t code_point = decode_utf8_at(text, cursor);
    if (code_point == U')' || code_point == kFullWidthCloseParenthesis) {
      return letters > 0 && tone_marked ? cursor - at : 0;
    }
    const bool plain =
        (code_point >= U'a' && code_point <= U'z') || (code_point >= U'A' && code_point <= U'Z');
    const bool marked = code_point >= 0xC0 && code_point <= 0x24F && code_point != 0xD7 &&
                        code_point != 0xF7;  // Latin-1 and Extended-A/B letters, not × ÷
    if (!plain && !marked) return 0;
    tone_marked = tone_marked || marked;
    ++letters;
  }
  return 0;
}

// What a code point becomes in the view, for one that stands in the text as something else (an
// HTML reference): its fold, or itself, written to `buffer` (room for 4 bytes).
std::string_view folded_form(const FoldIndex& index, char32_t code_point, char* buffer) {
  if (code_point < 0x80) {
    const auto byte = static_cast<unsigned char>(code_point);
    if (is_ascii_upper(byte)) return ascii_lowercase_of(byte);
    buffer[0] = static_cast<char>(byte);
    return {buffer, 1};
  }
  if (const std::string* replacement = index.find(code_point)) return *replacement;
  return {buffer, static_cast<std::size_t>(write_utf8(buffer, code_point) - buffer)};
}

}  // namespace

const std::string* fold_code_point(char32_t code_point) {
  return fold_index().find(code_point);
}

NormalizedText normalize(std::string_view original) {
  NormalizedText text;
  normalize_into(original, text);
  return text;
}

NormalizedText normalize_in_pieces(std::string_view original,
                                   const std::function<void(std::size_t)>& after_piece) {
  constexpr std::size_t kPieceBytes = std::size_t{4} << 20;
  NormalizedText text;
  text.view_.reserve(original.size());
  NormalizedText piece;  // reused: its memory stays one piece's
  for (std::size_t begin = 0; begin < original.size();) {
    std::size_t end = original.size();
    if (original.size() - begin > kPieceBytes) {
      // Up to the last line end within the piece's bytes, or past the one line that is longer.
      const std::size_t last_line_end = original.rfind('\n', begin + kPieceBytes - 1);
      const std::size_t next_line_end = original.find('\n', begin + kPieceBytes);
      if (last_line_end != std::string_view::npos && last_line_end >= begin) {
        end = last_line_end + 1;
      } else if (next_line_end != std::string_view::npos) {
        end = next_line_end + 1;
      }
    }
    normalize_into(original.substr(begin, end - begin), piece);
    text.anchors_.append_shifted(piece.anchors_, text.view_.size(), begin);
    text.view_ += piece.view_;
    after_piece(end);
    begin = end;
  }
  return text;
}

namespace {

// Writes the view: a cursor into a buffer kept at least as long as what is written so far plus
// what is left of the original, so that copying a code point as it is, or a replacement no
// longer than what it replaces, needs no test for room.
class ViewWriter {
 public:
  ViewWriter(std::string& view, AnchorTable& anchors, std::string_view original)
      : view_(view), anchors_(anchors), original_(original) {
    view_.resize(original.size());
  }

  std::size_t written() const { return written_; }
  char last_written() const { return view_[written_ - 1]; }

  // The `length` bytes at `at` of the original, as they are.
  void copy(std::size_t at, std::size_t length) {
    std::memcpy(view_.data() + written_, original_.data() + at, length);
    written_ += length;
  }
  void copy_byte(unsigned char byte) { view_[written_++] = static_cast<char>(byte); }
  // Three bytes in place of three: no anchor, no room needed.
  void overwrite_three(const char* replacement) {
    std::memcpy(view_.data() + written_, replacement, 3);
    written_ += 3;
  }

  // The `length` bytes at `at` of the original written as `replacement`, with an anchor where
  // the two differ in length.
  void replace(std::size_t at, std::size_t length, std::string_view replacement) {
    // Removed right after a CR, the code point could bring an LF up against it, making two line
    // ends one CRLF; a space keeps the line (blank, as it was).
    if (replacement.empty() && written_ > 0 && last_written() == '\r') replacement = " ";
    if (replacement.size() != length) {
      anchors_.add({written_, replacement.size(), at, length});
      const std::size_t needed = written_ + replacement.size() + (original_.size() - at - length);
      if (needed > view_.size()) view_.resize(std::max(needed, view_.size() + view_.size() / 2));
    }
    std::memcpy(view_.data() + written_, replacement.data(), replacement.size());
    written_ += replacement.size();
  }

  // Cuts the buffer to what was written.
  void finish() { view_.resize(written_); }

 private:
  std::string& view_;
  AnchorTable& anchors_;
  std::string_view original_;
  std::size_t written_ = 0;
};

}  // namespace

void normalize_into(std::string_view original, NormalizedText& text) {
  const FoldIndex& index = fold_index();
  text.view_.clear();
  text.anchors_.clear();
  ViewWriter writer(text.view_, text.anchors_, original);
  const auto* bytes = reinterpret_cast<const unsigned char*>(original.data());
  const std::size_t size = original.size();
  bool after_hanzi = false;
  for (std::size_t at = 0; at < size;) {
    const unsigned char lead = bytes[at];
    // The quick path: ASCII and three-byte characters (the BMP from U+1000, where Chinese text
    // lies) that need no attention, which is nearly all of a text, copied as they are.
    if (lead < 0x80) {
      if (!index.needs_attention(lead)) {
        writer.copy_byte(lead);
        after_hanzi = false;
        ++at;
        continue;
      }
    } else if (lead >= 0xE1 && lead != 0xED && lead <= 0xEF && size - at >= 3 &&
               ((bytes[at + 1] ^ 0x80U) | (bytes[at + 2] ^ 0x80U)) < 0x40) {
      // E0 (overlong forms) and ED (surrogates) restrict their second byte: left to
      // decode_utf8. Past those, any two continuation bytes make a well-formed character.
      const auto code_point = static_cast<char32_t>(
          (lead & 0x0FU) << 12 | (bytes[at + 1] & 0x3FU) << 6 | (bytes[at + 2] & 0x3FU));
      if (!index.needs_attention(code_point)) {
        writer.copy(at, 3);
        after_hanzi = is_hanzi(code_point);
        at += 3;
        continue;
      }
      // A Traditional character becomes its Simplified one, of the same length: no anchor.
      if (const std::string* replacement = index.find(code_point);
          replacement != nullptr && replacement->size() == 3) {
        writer.overwrite_three(replacement->data());
        after_hanzi = is_hanzi(code_point);
        at += 3;
        continue;
      }
    }
    // The careful path, one code point at a time.
    if (lead < 0x80) {
      if (lead == '(' && after_hanzi) {
        if (const std::size_t gloss = pinyin_gloss_length(original, at); gloss > 0) {
          writer.replace(at, gloss, "");
          at += gloss;
          continue;  // after_hanzi holds: the gloss stood between two characters
        }
      }
      if (lead == '&') {
        if (const auto entity = read_html_entity(original, at)) {
          char encoded[4];
          writer.replace(at, entity->length, folded_form(index, entity->code_point, encoded));
          after_hanzi = false;
          at += entity->length;
          continue;
        }
      }
      // In ASCII only the capitals fold; this spares the common case the table.
      if (is_ascii_upper(lead)) {
        writer.replace(at, 1, ascii_lowercase_of(lead));
      } else {
        writer.copy_byte(lead);
      }
      after_hanzi = false;
      ++at;
      continue;
    }
    const Utf8CodePoint decoded = decode_utf8(original, at);
    if (decoded.length == 0) {
      writer.copy_byte(lead);  // an invalid byte is copied as it is
      after_hanzi = false;
      ++at;
      continue;
    }
    if (decoded.code_point == kFullWidthOpenParenthesis && after_hanzi) {
      if (const std::size_t gloss = pinyin_gloss_length(original, at); gloss > 0) {
        writer.replace(at, gloss, "");
        at += gloss;
        continue;
      }
    }
    if (const std::string* replacement = index.find(decoded.code_point)) {
      writer.replace(at, decoded.length, *replacement);
    } else {
      writer.copy(at, decoded.length);
    }
    after_hanzi = is_hanzi(decoded.code_point);
    at += decoded.length;
  }
  writer.finish();
  // A last line of removed code points only would leave the view ending in its line end, which
  // closes the view's last line instead of opening one: its last code point becomes a space.
  const auto ends_line = [](std::string_view in) {
    return !in.empty() && (in.back() == '\n' || in.back() == '\r');
  };
  if (ends_line(text.view_) && !ends_line(original)) {
    text.anchors_.set_last_view_length(1);
    text.view_ += ' ';
  }
}

bool AnchorTable::fits_narrow(const Anchor& anchor) {
  constexpr std::size_t kMaxOffset = std::numeric_limits<std::uint32_t>::max();
  constexpr std::size_t kMaxLength = std::numeric_limits<std::uint8_t>::max();
  return anchor.view_begin <= kMaxOffset && anchor.original_begin <= kMaxOffset &&
         anchor.view_length <= kMaxLength && anchor.original_length <= kMaxLength;
}

void AnchorTable::widen() {
  wide_anchors_.reserve(narrow_anchors_.size() + 1);
  for (const Narrow& anchor : narrow_anchors_) {
    wide_anchors_.push_back(
        {anchor.view_begin, anchor.original_begin, anchor.view_length, anchor.original_length});
  }
  narrow_anchors_ = {};
  wide_ = true;
}

void AnchorTable::add(const Anchor& anchor) {
  if (!wide_ && !fits_narrow(anchor)) widen();
  if (wide_) {
    wide_anchors_.push_back(
        {anchor.view_begin, anchor.original_begin, anchor.view_length, anchor.original_length});
  } else {
    narrow_anchors_.push_back({static_cast<std::uint32_t>(anchor.view_begin),
                               static_cast<std::uint32_t>(anchor.original_begin),
                               static_cast<std::uint8_t>(anchor.view_length),
                               static_cast<std::uint8_t>(anchor.original_length)});
  }
}

void AnchorTable::clear() {
  narrow_anchors_.clear();
  wide_anchors_.clear();
  wide_ = false;
}

void AnchorTable::append_shifted(const AnchorTable& other, std::size_t view_shift,
                                 std::size_t original_shift) {
  const auto append = [&](const auto& anchors) {
    for (const auto& anchor : anchors) {
      add({anchor.view_begin + view_shift, anchor.view_length,
           anchor.original_begin + original_shift, anchor.original_length});
    }
  };
  if (other.wide_) {
    append(other.wide_anchors_);
  } else {
    append(other.narrow_anchors_);
  }
}

void AnchorTable::set_last_view_length(std::size_t view_length) {
  if (wide_) {
    wide_anchors_.back().view_length = view_length;
  } else {
    // Only ever 1 (normalize's closing space), which fits.
    narrow_anchors_.back().view_length = static_cast<std::uint8_t>(view_length);
  }
}

bool AnchorTable::at_or_before(std::size_t view_offset, Anchor& found) const {
  const auto find = [&](const auto& anchors) {
    const auto after = std::ranges::upper_bound(
        anchors, view_offset, {},
        [](const auto& anchor) -> std::size_t { return anchor.view_begin; });
    if (after == anchors.begin()) return false;
    const auto& anchor = *std::prev(after);
    found = {anchor.view_begin, anchor.view_length, anchor.original_begin, anchor.original_length};
    return true;
  };
  return wide_ ? find(wide_anchors_) : find(narrow_anchors_);
}

// A removed code point leaves no bytes in the view, so its view offset is also where the next
// character starts; both mappings land past it. A span starting there thus leaves it out, one
// ending there takes it in (a variation selector belongs to the character before it), and
// begin never passes end.
std::size_t NormalizedText::to_original_begin(std::size_t view_offset) const {
  AnchorTable::Anchor anchor{};
  if (!anchors_.at_or_before(view_offset, anchor)) return view_offset;
  const std::size_t view_end = anchor.view_begin + anchor.view_length;
  if (view_offset < view_end) return anchor.original_begin;
  return anchor.original_begin + anchor.original_length + (view_offset - view_end);
}

std::size_t NormalizedText::to_original_end(std::size_t view_offset) const {
  AnchorTable::Anchor anchor{};
  if (anchors_.at_or_before(view_offset, anchor) && view_offset > anchor.view_begin &&
      view_offset < anchor.view_begin + anchor.view_length) {
    return anchor.original_begin + anchor.original_length;
  }
  return to_original_begin(view_offset);
}

}  // namespace planlint
