#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "planlint/text/normalize.hpp"
#include "planlint/text/utf8.hpp"

using planlint::fold_code_point;
using planlint::normalize;
using planlint::NormalizedText;

namespace {

std::string view_of(std::string_view original) {
  return normalize(original).view();
}

std::string utf8_of(char32_t code_point) {
  std::string text;
  planlint::append_utf8(text, code_point);
  return text;
}

// What a code point becomes in the view.
std::string folded(char32_t code_point) {
  const std::string* replacement = fold_code_point(code_point);
  return replacement == nullptr ? utf8_of(code_point) : *replacement;
}

struct OriginalSpan {
  std::size_t begin;
  std::size_t end;
};

OriginalSpan original_span(const NormalizedText& text, std::size_t view_begin,
                           std::size_t view_end) {
  return {text.to_original_begin(view_begin), text.to_original_end(view_end)};
}

// The span of the first occurrence of `needle` in the view, mapped back to the original.
OriginalSpan find_in_original(const NormalizedText& text, std::string_view needle) {
  const std::size_t found = text.view().find(needle);
  REQUIRE(found != std::string::npos);
  return original_span(text, found, found + needle.size());
}

std::string_view text_of(std::string_view original, OriginalSpan span) {
  return original.substr(span.begin, span.end - span.begin);
}

// 1-based code-point column of a byte offset in a one-line text.
std::size_t column_of(std::string_view line, std::size_t byte_offset) {
  return planlint::count_code_points(line.substr(0, byte_offset)) + 1;
}

// Heading markers that the fold keeps although NFKC would turn them into digits.
bool is_circled_number(char32_t code_point) {
  return (code_point >= 0x2460 && code_point <= 0x2473) || code_point == 0x24EA ||
         (code_point >= 0x3251 && code_point <= 0x325F) ||
         (code_point >= 0x32B1 && code_point <= 0x32BF);
}

// The fold computed by ICU itself, as the generator is specified to.
class IcuFold {
 public:
  IcuFold() {
    UErrorCode status = U_ZERO_ERROR;
    casefold_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
    to_simplified_.reset(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
    REQUIRE(U_SUCCESS(status));
  }

  std::string operator()(char32_t code_point) const {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text =
        casefold_->normalize(icu::UnicodeString(static_cast<UChar32>(code_point)), status);
    REQUIRE(U_SUCCESS(status));
    to_simplified_->transliterate(text);
    std::string utf8;
    return text.toUTF8String(utf8);
  }

 private:
  const icu::Normalizer2* casefold_ = nullptr;
  std::unique_ptr<icu::Transliterator> to_simplified_;
};

bool is_foldable(char32_t code_point) {
  const auto icu_code_point = static_cast<UChar32>(code_point);
  return !U_IS_SURROGATE(icu_code_point) && u_charType(icu_code_point) != U_UNASSIGNED &&
         !is_circled_number(code_point);
}

}  // namespace

TEST_CASE("Full-width letters, digits and brackets become ASCII", "[normalize]") {
  CHECK(view_of("（一）") == "(一)");
  CHECK(view_of("１２") == "12");
  CHECK(view_of("ＡＢ") == "ab");
  CHECK(view_of("完成率达到９５％：") == "完成率达到95%:");
}

TEST_CASE("The ideographic space becomes a plain space", "[normalize]") {
  CHECK(view_of("第一章\u3000总则") == "第一章 总则");
}

TEST_CASE("Letters are case folded", "[normalize]") {
  CHECK(view_of("GDP增长") == "gdp增长");
  CHECK(view_of("Straße") == "strasse");
  CHECK(view_of("ΣΟΦΙΑ") == "σοφια");
}

TEST_CASE("Traditional characters become Simplified", "[normalize]") {
  CHECK(view_of("局長") == "局长");
  CHECK(view_of("黨建") == "党建");
  CHECK(view_of("學習") == "学习");
}

TEST_CASE("Circled numbers are kept as heading markers", "[normalize]") {
  for (const char32_t marker : {U'①', U'⑳', U'㉑', U'㊿', U'⓪'}) {
    INFO(utf8_of(marker));
    CHECK(fold_code_point(marker) == nullptr);
  }
  CHECK(view_of("①加强党建") == "①加强党建");
}

TEST_CASE("Zero-width characters are removed", "[normalize]") {
  CHECK(view_of("局\u200B长") == "局长");
  CHECK(view_of("\uFEFF一、总则") == "一、总则");
}

TEST_CASE("Supplementary code points are folded too", "[normalize]") {
  CHECK(folded(U'\U0001D400') == "a");   // mathematical bold capital A
  CHECK(folded(U'\U0002F800') == "丽");  // CJK compatibility ideograph
  CHECK(folded(U'\U0001F21A') == "无");  // squared 無: NFKC, then Simplified
  CHECK(fold_code_point(U'\U00020000') == nullptr);
}

TEST_CASE("A match in the view maps back to the original characters", "[normalize]") {
  const std::string original = "教育局局長在2019年";
  const NormalizedText text = normalize(original);
  CHECK(text.view() == "教育局局长在2019年");

  const OriginalSpan span = find_in_original(text, "局长");
  CHECK(text_of(original, span) == "局長");
  CHECK(span.begin == 9);
  CHECK(span.end == 15);
  CHECK(column_of(original, span.begin) == 4);
  CHECK(planlint::count_code_points(original.substr(0, span.end)) == 5);  // last column
}

TEST_CASE("Offsets map back across a shorter full-width replacement", "[normalize]") {
  const std::string original = "（一）加強管理";
  const NormalizedText text = normalize(original);
  REQUIRE(text.view() == "(一)加强管理");

  CHECK(text_of(original, original_span(text, 0, 1)) == "（");
  CHECK(text_of(original, find_in_original(text, "一")) == "一");
  CHECK(text_of(original, find_in_original(text, "加强")) == "加強");
}

TEST_CASE("A span inside an expansion maps to the whole original character", "[normalize]") {
  const std::string original = "第㈠条";
  const NormalizedText text = normalize(original);
  REQUIRE(text.view() == "第(一)条");

  const OriginalSpan inside = find_in_original(text, "一");
  CHECK(inside.begin == 3);
  CHECK(inside.end == 6);
  CHECK(text_of(original, find_in_original(text, "(一)")) == "㈠");
  CHECK(text_of(original, find_in_original(text, "条")) == "条");
}

TEST_CASE("Offsets map back across a removed zero-width space", "[normalize]") {
  const std::string original = "局长\u200B在全市";
  const NormalizedText text = normalize(original);
  REQUIRE(text.view() == "局长在全市");

  CHECK(text_of(original, find_in_original(text, "在全市")) == "在全市");
  // A span ending where a code point was removed takes it in (a variation selector belongs to
  // the character before it), and one starting there leaves it out, so begin never passes end.
  CHECK(text_of(original, find_in_original(text, "局长")) == "局长\u200B");
  const OriginalSpan empty = original_span(text, 6, 6);
  CHECK(empty.begin == 9);
  CHECK(empty.end == 9);
}

TEST_CASE("Removing a code point never joins or drops lines", "[normalize]") {
  // Found by the fuzzer (fuzz/regressions/outline_fuzzer): the view of CR, variation selector,
  // LF read as one CRLF, so its lines no longer matched the text's and `check` aborted.
  const std::string cr_between = "一、甲\r\uFE00\n二、乙";
  const NormalizedText between = normalize(cr_between);
  CHECK(between.view() == "一、甲\r \n二、乙");
  CHECK(text_of(cr_between, find_in_original(between, " ")) == "\uFE00");
  CHECK(text_of(cr_between, find_in_original(between, "二、乙")) == "二、乙");

  // A last line of removed code points only is still a line.
  const std::string last_line = "一、甲\n\u200B\uFE00";
  const NormalizedText last = normalize(last_line);
  CHECK(last.view() == "一、甲\n ");
  CHECK(text_of(last_line, find_in_original(last, " ")) == "\uFE00");
  CHECK(last.to_original_end(last.view().size()) == last_line.size());
  CHECK(normalize("一、甲\r\u200B").view() == "一、甲\r ");
  CHECK(normalize("一、甲\n\u200B二、乙").view() == "一、甲\n二、乙");  // the line has more
}

TEST_CASE("Invalid UTF-8 is copied through byte by byte", "[normalize]") {
  // A stray byte, a truncated sequence, an overlong 'A' and an encoded surrogate.
  const std::string original =
      std::string("\xFF") + "Ａ" + "\xE5\x80" + "長" + "\xC1\x81" + "\xED\xA0\x80" + "Ｂ";
  const NormalizedText text = normalize(original);
  CHECK(text.view() ==
        std::string("\xFF") + "a" + "\xE5\x80" + "长" + "\xC1\x81" + "\xED\xA0\x80" + "b");

  CHECK(text.to_original_begin(1) == 1);  // a
  CHECK(text.to_original_begin(2) == 4);  // the truncated sequence
  CHECK(text.to_original_begin(4) == 6);  // 长
  CHECK(text.to_original_end(7) == 9);
  CHECK(text.to_original_begin(12) == 14);  // b
  CHECK(text.to_original_end(13) == original.size());
}

TEST_CASE("The ASCII fast path agrees with the fold table", "[normalize]") {
  for (char32_t code_point = 0; code_point < 0x80; ++code_point) {
    INFO(static_cast<unsigned>(code_point));
    CHECK(view_of(utf8_of(code_point)) == folded(code_point));
  }
}

TEST_CASE("The fold table agrees with ICU", "[normalize]") {
  const IcuFold icu_fold;
  std::size_t compared = 0;
  // Every 97th code point of all planes: a spread sample, cheap enough to run every time.
  for (char32_t code_point = 0; code_point <= 0x10FFFF; code_point += 97) {
    if (!is_foldable(code_point)) continue;
    INFO("U+" << std::hex << std::uppercase << static_cast<unsigned>(code_point));
    CHECK(folded(code_point) == icu_fold(code_point));
    ++compared;
  }
  CHECK(compared > 1000);
}

TEST_CASE("Pinyin glosses after characters are dropped from the view", "[normalize]") {
  const std::string original = "本文關(guān)鍵詞，學（xué）習";
  const auto normalized = planlint::normalize(original);
  CHECK(normalized.view() == "本文关键词,学习");
  // 关键词 in the view leads back to 關(guān)鍵詞, gloss included.
  const std::size_t begin = normalized.view().find("关键词");
  CHECK(normalized.to_original_begin(begin) == original.find("關"));
  CHECK(normalized.to_original_end(begin + std::string("关键词").size()) == original.find("，"));
  // Not glosses: no tone mark, not after a Hanzi, digits, or too long to be one syllable.
  for (const char* kept : {"方案(a)", "(xué)习", "方案(2024)", "方案(zhuangzhuangzhuāng)"}) {
    INFO(kept);
    CHECK(planlint::normalize(kept).view().find('(') != std::string::npos);
  }
}

TEST_CASE("HTML references are read as the characters they stand for", "[normalize]") {
  // Doc 025 of the corpus: a heading indented with em spaces written as references.
  const std::string original = "&emsp;&emsp;1、缩放-若修改了对象实例的某一值";
  const NormalizedText text = normalize(original);
  CHECK(text.view() == "  1、缩放-若修改了对象实例的某一值");
  const OriginalSpan marker = find_in_original(text, "1、");
  CHECK(marker.begin == 12);
  CHECK(column_of(original, marker.begin) == 13);
  CHECK(text_of(original, original_span(text, 0, 1)) == "&emsp;");
  CHECK(text_of(original, original_span(text, 0, 2)) == "&emsp;&emsp;");

  CHECK(view_of("&nbsp;&ensp;&#12288;&#x3000;（一）") == "    (一)");
  CHECK(view_of("A&amp;B &lt;C&gt; &quot;D&quot;") == "a&b <c> \"d\"");
  CHECK(view_of("&#65;&#x4E2D;&#x570B;") == "a中国");  // folded like written characters
}

TEST_CASE("Ampersands that are not well-formed references stay as written", "[normalize]") {
  CHECK(view_of("R&D 中心") == "r&d 中心");
  CHECK(view_of("&nbsp 1、甲") == "&nbsp 1、甲");
  CHECK(view_of("&hearts;") == "&hearts;");
  CHECK(view_of("&#10;一、甲") == "&#10;一、甲");  // a line end would shift the view's lines
  CHECK(view_of("&") == "&");
}

TEST_CASE("A reference stops a pinyin gloss from being recognised after it", "[normalize]") {
  CHECK(view_of("关&nbsp;(guān)") == "关 (guān)");
}

TEST_CASE("Anchors are packed small and widen past 4 GB without losing any", "[normalize]") {
  planlint::AnchorTable table;
  table.add({10, 1, 12, 3});  // a full-width comma: 3 bytes become 1
  constexpr std::size_t kPast4Gb = std::size_t{5} << 30;
  table.add({kPast4Gb, 0, kPast4Gb + 7, 9});  // an offset a 32-bit table cannot hold
  planlint::AnchorTable::Anchor found{};
  REQUIRE(table.at_or_before(11, found));
  CHECK(found.view_begin == 10);
  CHECK(found.original_begin == 12);
  CHECK(found.original_length == 3);
  REQUIRE(table.at_or_before(kPast4Gb + 100, found));
  CHECK(found.view_begin == kPast4Gb);
  CHECK(found.original_begin == kPast4Gb + 7);
  CHECK(found.original_length == 9);
  CHECK_FALSE(table.at_or_before(9, found));
}

TEST_CASE("A replacement longer than a packed length widens the table", "[normalize]") {
  planlint::AnchorTable table;
  table.add({0, 300, 0, 3});
  table.add({400, 1, 103, 3});
  planlint::AnchorTable::Anchor found{};
  REQUIRE(table.at_or_before(100, found));
  CHECK(found.view_length == 300);
  REQUIRE(table.at_or_before(400, found));
  CHECK(found.original_begin == 103);
}

TEST_CASE("Normalizing into a used text leaves nothing of the text before", "[normalize]") {
  NormalizedText reused;
  planlint::normalize_into("ＡＢＣ，關(guān)鍵&amp;詞：一二三四五六七八九十", reused);
  const std::string line = "第一，Ｘ";
  planlint::normalize_into(line, reused);
  const NormalizedText fresh = normalize(line);
  CHECK(reused.view() == fresh.view());
  for (std::size_t offset = 0; offset <= fresh.view().size(); ++offset) {
    CHECK(reused.to_original_begin(offset) == fresh.to_original_begin(offset));
    CHECK(reused.to_original_end(offset) == fresh.to_original_end(offset));
  }
}

TEST_CASE("normalizing in pieces of lines gives the view and offsets of normalizing whole",
          "[normalize]") {
  // Lines that fold (full-width, Traditional, entities, pinyin glosses, CRLF), past two pieces
  // of 4 MB, then one line longer than a piece, and a last line without its line end.
  const std::string line = "關(guān)鍵詞：ＡＢＣ&emsp;教育，第一章\r\n";
  std::string text;
  while (text.size() < (std::size_t{9} << 20)) text += line;
  text += std::string(std::size_t{5} << 20, 'x') + "，長行\n";
  text += "末行，无换行";
  std::vector<std::size_t> piece_ends;
  const NormalizedText pieces =
      planlint::normalize_in_pieces(text, [&](std::size_t end) { piece_ends.push_back(end); });
  const NormalizedText whole = normalize(text);
  CHECK(pieces.view() == whole.view());
  REQUIRE(piece_ends.size() >= 3);
  CHECK(piece_ends.back() == text.size());
  for (std::size_t i = 0; i + 1 < piece_ends.size(); ++i) {
    CHECK(text[piece_ends[i] - 1] == '\n');
  }
  for (std::size_t offset = 0; offset <= whole.view().size(); offset += 9973) {
    CHECK(pieces.to_original_begin(offset) == whole.to_original_begin(offset));
    CHECK(pieces.to_original_end(offset) == whole.to_original_end(offset));
  }
}

TEST_CASE("Normalizing a text agrees with folding it code point by code point", "[normalize]") {
  // Every three-byte code point in a row (the quick path's range, E0 and ED leads included),
  // expansions among them growing the view past the text's length.
  std::string original;
  std::string expected;
  for (char32_t code_point = 0x800; code_point <= 0xFFFF; ++code_point) {
    if (code_point >= 0xD800 && code_point <= 0xDFFF) continue;
    original += utf8_of(code_point);
    expected += folded(code_point);
  }
  REQUIRE(expected.size() > original.size());
  CHECK(view_of(original) == expected);
  // Ill-formed sequences behind E0 (overlong) and ED (a surrogate) are copied byte by byte.
  CHECK(view_of("學\xE0\x80\x80學\xED\xBF\xBF學") == "学\xE0\x80\x80学\xED\xBF\xBF学");
}
