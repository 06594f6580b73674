#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "planlint/text/decode.hpp"

using planlint::decode;
using planlint::DecodedText;
using planlint::DecodeError;
using planlint::DecodeOptions;

namespace {

using namespace std::string_literals;

DecodedText decoded(std::string bytes, const DecodeOptions& options = {}) {
  auto result = decode(std::move(bytes), options);
  if (auto* error = std::get_if<DecodeError>(&result)) {
    FAIL("decode failed at byte " << error->byte_offset << ": " << error->problem.en);
  }
  return std::move(std::get<DecodedText>(result));
}

DecodeError failed(std::string bytes, const DecodeOptions& options = {}) {
  auto result = decode(std::move(bytes), options);
  REQUIRE(std::holds_alternative<DecodeError>(result));
  return std::get<DecodeError>(std::move(result));
}

DecodeOptions forced(std::string encoding) {
  return DecodeOptions{std::move(encoding)};
}

std::string utf16le(std::u16string_view text) {
  std::string bytes;
  for (const char16_t unit : text) {
    bytes += static_cast<char>(unit & 0xFF);
    bytes += static_cast<char>(unit >> 8);
  }
  return bytes;
}

std::string utf16be(std::u16string_view text) {
  std::string bytes;
  for (const char16_t unit : text) {
    bytes += static_cast<char>(unit >> 8);
    bytes += static_cast<char>(unit & 0xFF);
  }
  return bytes;
}

// One code point (or line end) as UTF-8 and in GB18030.
struct Gb18030Piece {
  std::string utf8;
  std::string gb18030;
};

const Gb18030Piece kAscii{"a", "a"};
const Gb18030Piece kHanzi{"教", "\xBD\xCC"};               // two bytes
const Gb18030Piece kEAcute{"é", "\xA8\xA6"};               // two bytes (GB2312 pinyin)
const Gb18030Piece kCopyright{"©", "\x81\x30\x84\x38"};    // four bytes
const Gb18030Piece kExtensionB{"𠀀", "\x95\x32\x82\x36"};  // U+20000, four bytes
const Gb18030Piece kLf{"\n", "\n"};
const Gb18030Piece kCrLf{"\r\n", "\r\n"};
const Gb18030Piece kCr{"\r", "\r"};

// The text and file bytes of a sequence of pieces, with the raw offset of every piece start.
struct Gb18030File {
  std::string utf8;
  std::string bytes;
  std::vector<std::pair<std::size_t, std::size_t>> starts;  // (utf8 offset, raw offset)

  void add(const Gb18030Piece& piece) {
    starts.emplace_back(utf8.size(), bytes.size());
    utf8 += piece.utf8;
    bytes += piece.gb18030;
  }
};

}  // namespace

TEST_CASE("UTF-8 without a BOM is taken as it is", "[decode]") {
  std::string bytes = "一、加强党的建设\r\n（一）完善制度\n";
  const char* const buffer = bytes.data();
  const DecodedText text = decoded(std::move(bytes));
  CHECK(text.encoding() == "UTF-8");
  CHECK_FALSE(text.had_bom());
  CHECK(text.utf8() == "一、加强党的建设\r\n（一）完善制度\n");
  CHECK(text.utf8().data() == buffer);  // moved, not copied
  CHECK(text.raw_offset(3) == 3);
}

TEST_CASE("A UTF-8 BOM is stripped and counted in raw offsets", "[decode]") {
  const DecodedText text = decoded(
      "\xEF\xBB\xBF"
      "a\r\n教\rb");
  CHECK(text.encoding() == "UTF-8");
  CHECK(text.had_bom());
  CHECK(text.utf8() == "a\r\n教\rb");
  CHECK(text.raw_offset(0) == 3);
  CHECK(text.raw_offset(3) == 6);
  CHECK(text.raw_offset(7) == 10);
  CHECK(text.raw_offset(text.utf8().size()) == 11);
}

TEST_CASE("An empty file is empty UTF-8", "[decode]") {
  const DecodedText text = decoded("");
  CHECK(text.encoding() == "UTF-8");
  CHECK(text.utf8().empty());
  CHECK(text.raw_offset(0) == 0);
}

TEST_CASE("UTF-16 with a BOM is converted, line ends kept", "[decode]") {
  const std::u16string content = u"教育局\r\n一、a\r𠀀\n";
  SECTION("little endian") {
    const DecodedText text = decoded("\xFF\xFE"s + utf16le(content));
    CHECK(text.encoding() == "UTF-16LE");
    CHECK(text.had_bom());
    CHECK(text.utf8() == "教育局\r\n一、a\r𠀀\n");
  }
  SECTION("big endian") {
    const DecodedText text = decoded("\xFE\xFF"s + utf16be(content));
    CHECK(text.encoding() == "UTF-16BE");
    CHECK(text.had_bom());
    CHECK(text.utf8() == "教育局\r\n一、a\r𠀀\n");
  }
}

TEST_CASE("UTF-16LE raw offsets are exact across line ends and supplementary characters",
          "[decode]") {
  const DecodedText text = decoded("\xFF\xFE"s + utf16le(u"a\r\n𠀀b\r教\nc"));
  REQUIRE(text.utf8() == "a\r\n𠀀b\r教\nc");
  // UTF-8 offset → file offset: BOM 2, then 2 bytes per unit, U+20000 two units.
  const std::pair<std::size_t, std::uint64_t> expected[] = {
      {0, 2}, {1, 4}, {2, 6}, {3, 8}, {7, 12}, {8, 14}, {9, 16}, {12, 18}, {13, 20}, {14, 22}};
  for (const auto& [utf8_offset, raw_offset] : expected) {
    INFO(utf8_offset);
    CHECK(text.raw_offset(utf8_offset) == raw_offset);
  }
}

TEST_CASE("GB18030 is detected when the bytes are not UTF-8", "[decode]") {
  const DecodedText text = decoded("\xBD\xCC\xD3\xFD\xBE\xD6\n");
  CHECK(text.encoding() == "GB18030");
  CHECK_FALSE(text.had_bom());
  CHECK(text.utf8() == "教育局\n");
}

TEST_CASE("GB18030 raw offsets are exact for 1-, 2- and 4-byte characters", "[decode]") {
  Gb18030File file;
  for (const auto* piece : {&kAscii, &kHanzi, &kCrLf, &kEAcute, &kCopyright, &kLf, &kExtensionB,
                            &kAscii, &kCr, &kHanzi, &kCopyright}) {
    file.add(*piece);
  }
  const DecodedText text = decoded(file.bytes);
  REQUIRE(text.encoding() == "GB18030");
  REQUIRE(text.utf8() == file.utf8);
  for (const auto& [utf8_offset, raw_offset] : file.starts) {
    INFO(utf8_offset);
    CHECK(text.raw_offset(utf8_offset) == raw_offset);
  }
  CHECK(text.raw_offset(file.utf8.size()) == file.bytes.size());
}

TEST_CASE("Raw offsets stay exact in a file longer than one conversion chunk", "[decode]") {
  const Gb18030Piece* const pieces[] = {&kAscii,      &kHanzi, &kEAcute, &kCopyright,
                                        &kExtensionB, &kLf,    &kCrLf,   &kCr};
  Gb18030File file;
  std::uint32_t state = 12345;
  const auto next_piece = [&](std::size_t choices) {
    state = state * 1103515245 + 12345;
    return pieces[(state >> 16) % choices];
  };
  for (int i = 0; i < 60000; ++i) file.add(*next_piece(std::size(pieces)));
  // One very long line, longer than a conversion chunk: it needs checkpoints of its own.
  for (int i = 0; i < 150000; ++i) file.add(*next_piece(5));
  for (int i = 0; i < 20000; ++i) file.add(*next_piece(std::size(pieces)));

  const DecodedText text = decoded(file.bytes);
  REQUIRE(text.encoding() == "GB18030");
  REQUIRE(text.utf8() == file.utf8);
  for (std::size_t i = 0; i < file.starts.size(); i += 3) {
    const auto& [utf8_offset, raw_offset] = file.starts[i];
    if (text.raw_offset(utf8_offset) != raw_offset) {
      FAIL_CHECK("utf8 offset " << utf8_offset << ": " << text.raw_offset(utf8_offset)
                                << " != " << raw_offset);
    }
  }
  CHECK(text.raw_offset(file.utf8.size()) == file.bytes.size());
}

TEST_CASE("Surrogate pairs split between conversion chunks come out whole", "[decode]") {
  // After the BOM unit every pair starts at an odd unit, so a chunk of an even number of
  // units ends between the two halves of one.
  std::u16string content;
  std::string expected;
  std::vector<std::pair<std::size_t, std::size_t>> starts;  // (utf8 offset, raw offset)
  const auto add = [&](std::u16string_view units, std::string_view utf8) {
    starts.emplace_back(expected.size(), 2 + 2 * content.size());
    content += units;
    expected += utf8;
  };
  for (int i = 0; i < 50000; ++i) {
    add(u"𠀀", "𠀀");
    if (i % 1000 == 999) add(u"\r\n", "\r\n");
  }
  const DecodedText text = decoded("\xFF\xFE"s + utf16le(content));
  REQUIRE(text.utf8() == expected);
  for (std::size_t i = 0; i < starts.size(); i += 3) {
    const auto& [utf8_offset, raw_offset] = starts[i];
    if (text.raw_offset(utf8_offset) != raw_offset) {
      FAIL_CHECK("utf8 offset " << utf8_offset << ": " << text.raw_offset(utf8_offset)
                                << " != " << raw_offset);
    }
  }
  CHECK(text.raw_offset(expected.size()) == 2 + 2 * content.size());
}

TEST_CASE("A GB18030 BOM is stripped", "[decode]") {
  const DecodedText text = decoded(
      "\x84\x31\x95\x33"
      "a\xBD\xCC");
  CHECK(text.encoding() == "GB18030");
  CHECK(text.had_bom());
  CHECK(text.utf8() == "a教");
  CHECK(text.raw_offset(0) == 4);
  CHECK(text.raw_offset(1) == 5);
}

TEST_CASE("A forced encoding is used as named", "[decode]") {
  SECTION("GBK") {
    const DecodedText text = decoded("\xBD\xCC\xD3\xFD\xBE\xD6\r\n", forced("GBK"));
    CHECK(text.encoding() == "GBK");
    CHECK(text.utf8() == "教育局\r\n");
    CHECK(text.raw_offset(9) == 6);
  }
  SECTION("UTF-16LE without a BOM") {
    const DecodedText text = decoded(utf16le(u"a\n教"), forced("UTF-16LE"));
    CHECK_FALSE(text.had_bom());
    CHECK(text.utf8() == "a\n教");
    CHECK(text.raw_offset(2) == 4);
  }
  SECTION("UTF-16LE with its BOM") {
    const DecodedText text = decoded("\xFF\xFE"s + utf16le(u"a\n教"), forced("UTF-16LE"));
    CHECK(text.had_bom());
    CHECK(text.utf8() == "a\n教");
    CHECK(text.raw_offset(2) == 6);
  }
  SECTION("UTF-8 with its BOM") {
    const DecodedText text = decoded(
        "\xEF\xBB\xBF"
        "教",
        forced("utf8"));
    CHECK(text.encoding() == "utf8");
    CHECK(text.had_bom());
    CHECK(text.utf8() == "教");
    CHECK(text.raw_offset(3) == 6);
  }
}

TEST_CASE("An unknown forced encoding is an error at offset 0", "[decode]") {
  const DecodeError error = failed("abc", forced("no-such-encoding"));
  CHECK(error.byte_offset == 0);
  CHECK(error.problem.en == "unknown encoding 'no-such-encoding'");
}

TEST_CASE("Bytes valid in neither UTF-8 nor GB18030 name where the likelier one failed",
          "[decode]") {
  const DecodeError error = failed(
      "教育局\xFF"
      "abc");
  CHECK(error.byte_offset == 9);
  CHECK(error.problem.en.starts_with("neither UTF-8 (invalid byte 0xFF at 9) nor GB18030 ("));
  CHECK(error.problem.en.ends_with("); use --encoding NAME"));
  CHECK(error.problem.en.find('\n') == std::string::npos);
}

TEST_CASE("Truncated GB18030 at the end of the file is an error", "[decode]") {
  SECTION("detected") {
    const DecodeError error = failed("\xBD\xCC\xD3\xFD\xBE");
    CHECK(error.byte_offset == 4);  // GB18030 read further than UTF-8 (which fails at 0)
    CHECK(error.problem.en ==
          "neither UTF-8 (invalid byte 0xBD at 0) nor GB18030 (truncated sequence at 4); "
          "use --encoding NAME");
  }
  SECTION("forced") {
    const DecodeError error = failed("\xBD\xCC\xD3\xFD\xBE", forced("GB18030"));
    CHECK(error.byte_offset == 4);
    CHECK(error.problem.en == "truncated GB18030 sequence at end of file");
  }
}

TEST_CASE("An invalid sequence in a forced encoding names its bytes", "[decode]") {
  const DecodeError error = failed(
      "ab\x81\x20"
      "cd",
      forced("GB18030"));
  CHECK(error.byte_offset == 2);
  CHECK(error.problem.en == "invalid GB18030 sequence 0x81");
}

TEST_CASE("UTF-8 validation rejects ill-formed sequences", "[decode]") {
  const auto utf8 = forced("UTF-8");
  const std::pair<std::string, std::string> rejected[] = {
      {"ab\xC0\x80", "invalid UTF-8 byte 0xC0"},          // overlong NUL
      {"ab\xE0\x80\x80", "invalid UTF-8 byte 0xE0"},      // overlong three-byte
      {"ab\xED\xA0\x80", "invalid UTF-8 byte 0xED"},      // surrogate U+D800
      {"ab\xF4\x90\x80\x80", "invalid UTF-8 byte 0xF4"},  // past U+10FFFF
      {"ab\xF5\x80\x80\x80", "invalid UTF-8 byte 0xF5"},
      {"ab\x80"
       "c",
       "invalid UTF-8 byte 0x80"},  // stray continuation
      {"ab\xE6\x95"
       "c",
       "invalid UTF-8 byte 0xE6"},  // continuation missing mid-text
      {"ab\xE6\x95", "truncated UTF-8 sequence at end of file"},
      {"ab\xF0", "truncated UTF-8 sequence at end of file"},
  };
  for (const auto& [bytes, problem] : rejected) {
    INFO(problem);
    const DecodeError error = failed(bytes, utf8);
    CHECK(error.byte_offset == 2);
    CHECK(error.problem.en == problem);
  }
  const std::string accepted[] = {"\xC2\x80",        "\xDF\xBF",     "\xE0\xA0\x80",
                                  "\xED\x9F\xBF",    "\xEF\xBF\xBF", "\xF0\x90\x80\x80",
                                  "\xF4\x8F\xBF\xBF"};
  for (const auto& bytes : accepted) CHECK(decoded(bytes, utf8).utf8() == bytes);
}

TEST_CASE("An invalid byte after a long ASCII run is found at its offset", "[decode]") {
  const std::string ascii(1000, 'x');
  CHECK(failed(ascii + "\xFF", forced("UTF-8")).byte_offset == 1000);
  CHECK(failed(ascii + "教\xFF" + ascii, forced("UTF-8")).byte_offset == 1003);
}

TEST_CASE("Invalid UTF-8 after a UTF-8 BOM is not tried as GB18030", "[decode]") {
  const DecodeError error = failed(
      "\xEF\xBB\xBF"
      "ab\xBD\xCC");
  CHECK(error.byte_offset == 5);
  CHECK(error.problem.en == "invalid UTF-8 byte 0xBD");
}

TEST_CASE("NUL bytes make a file binary", "[decode]") {
  SECTION("a NUL in text") {
    const DecodeError error = failed("abc\0def"s);
    CHECK(error.byte_offset == 3);
    CHECK(error.problem.en == "binary file: NUL byte");
    CHECK(error.problem.zh == "二进制文件：含 NUL 字节");
  }
  SECTION("a PNG header") {
    const DecodeError error = failed("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR"s);
    CHECK(error.byte_offset == 8);
    CHECK(error.problem.en == "binary file: NUL byte");
  }
  SECTION("UTF-16LE without a BOM") {
    const DecodeError error = failed(utf16le(u"一、ab\n"));
    CHECK(error.byte_offset == 0);  // the low byte of 一 (U+4E00)
    CHECK(error.problem.en ==
          "binary file: NUL byte (if this is UTF-16 without a BOM, use --encoding UTF-16LE)");
  }
  SECTION("UTF-16BE without a BOM") {
    const DecodeError error = failed(utf16be(u"ab\n"));
    CHECK(error.byte_offset == 0);
    CHECK(error.problem.en ==
          "binary file: NUL byte (if this is UTF-16 without a BOM, use --encoding UTF-16BE)");
    CHECK(error.problem.zh ==
          "二进制文件：含 NUL 字节（如果这是无 BOM 的 UTF-16 文件，请加 --encoding UTF-16BE）");
  }
  SECTION("a NUL character in UTF-16") {
    const DecodeError error = failed("\xFF\xFE"s + utf16le(u"ab"s + u'\0'));
    CHECK(error.byte_offset == 6);
    CHECK(error.problem.en == "binary file: NUL character");
  }
}

TEST_CASE("Ill-formed UTF-16 is an error at its offset", "[decode]") {
  SECTION("odd length") {
    const DecodeError error = failed(
        "\xFF\xFE"
        "a\0b"s);
    CHECK(error.byte_offset == 4);
    CHECK(error.problem.en == "truncated UTF-16LE sequence at end of file");
  }
  SECTION("unpaired high surrogate") {
    const DecodeError error = failed(
        "\xFF\xFE"
        "a\0\x00\xD8"
        "b\0"s);
    CHECK(error.byte_offset == 4);
    CHECK(error.problem.en == "unpaired UTF-16LE surrogate U+D800 (bytes 0x00 0xD8)");
  }
  SECTION("unpaired low surrogate") {
    const DecodeError error = failed(
        "\xFE\xFF"
        "\xDC\x00"s);
    CHECK(error.byte_offset == 2);
    CHECK(error.problem.en == "unpaired UTF-16BE surrogate U+DC00 (bytes 0xDC 0x00)");
  }
}
