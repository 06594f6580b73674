// Bytes → text: detection (BOM, UTF-8, GB18030, UTF-16) and one forced ICU encoding, then the
// document's way back from every decoded character to its line, column and byte in the file.
#include <array>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_expect.hpp"
#include "planlint/text/decode.hpp"
#include "planlint/text/document.hpp"
#include "planlint/text/utf8.hpp"

using namespace planlint;

namespace {

// The encodings --encoding is documented with; which one an input is also decoded in follows
// from its length, so every input keeps meaning the same thing to the fuzzer.
constexpr std::array<const char*, 6> kForcedEncodings{"UTF-8",    "GB18030",  "GBK",
                                                      "UTF-16LE", "UTF-16BE", "Big5"};
// Positions checked per text: enough to cover short inputs whole, bounded for long ones (each
// raw offset in a non-UTF-8 text re-encodes up to a checkpoint's spacing).
constexpr std::size_t kPositionsChecked = 512;

bool is_valid_utf8(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const Utf8CodePoint decoded = decode_utf8(text, at);
    if (decoded.length == 0) return false;
    at += decoded.length;
  }
  return true;
}

// Positions only move forward through the text, stay inside the file, and count columns in
// code points.
void expect_positions(const Document& document, std::size_t file_size) {
  const std::string_view text = document.text();
  const std::size_t code_points = count_code_points(text);
  const std::size_t stride = code_points / kPositionsChecked + 1;
  Position previous{1, 0, 0};
  std::size_t index = 0;
  for (std::size_t at = 0; at < text.size(); ++index) {
    const std::size_t start = at;
    decode_utf8_at(text, at);
    if (index % stride != 0) continue;
    const Position position = document.position_of(start);
    FUZZ_EXPECT(position.offset <= file_size);
    FUZZ_EXPECT(position.offset >= previous.offset);
    FUZZ_EXPECT(position.line >= previous.line);
    FUZZ_EXPECT(position.line <= document.lines().line_count());
    FUZZ_EXPECT(position.column >= 1);
    if (position.line == previous.line) FUZZ_EXPECT(position.column > previous.column);
    previous = position;
  }
  const Position end = document.position_of(text.size());
  FUZZ_EXPECT(end.offset == file_size);
}

void decode_and_check(const std::string& bytes, const DecodeOptions& options) {
  DecodeResult decoded = decode(bytes, options);
  if (const auto* error = std::get_if<DecodeError>(&decoded)) {
    FUZZ_EXPECT(error->byte_offset <= bytes.size());
    FUZZ_EXPECT(!error->problem.zh.empty() && !error->problem.en.empty());
    return;
  }
  auto& text = std::get<DecodedText>(decoded);
  FUZZ_EXPECT(is_valid_utf8(text.utf8()));
  FUZZ_EXPECT(!text.encoding().empty());
  FUZZ_EXPECT(text.raw_offset(0) <= bytes.size());
  const Document document("fuzz.txt", std::move(text));
  expect_positions(document, bytes.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  decode_and_check(bytes, {});
  decode_and_check(bytes, {kForcedEncodings[size % kForcedEncodings.size()]});
  return 0;
}
