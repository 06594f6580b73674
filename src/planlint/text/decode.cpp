#include "planlint/text/decode.hpp"

#include "planlint/text/utf8.hpp"
#include "planlint/text/utf8_validate.hpp"

#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <memory>
#include <optional>
#include <span>

namespace planlint {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

// UTF-16 units converted per ICU call: bounds the scratch memory, whatever the file size.
constexpr std::size_t kChunkUnits = std::size_t{1} << 16;
// ICU rejects a source longer than INT32_MAX bytes in one call, so larger files go in windows.
constexpr std::size_t kMaxSourceWindow = std::size_t{1} << 30;
// Most UTF-8 bytes between two checkpoints, so that raw_offset never re-encodes more than this
// even in a very long line.
constexpr std::size_t kCheckpointSpacing = 4096;

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// Null when ICU knows no converter by that name.
ConverterPtr open_converter(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(name.c_str(), &status));
  if (U_FAILURE(status)) return nullptr;
  return converter;
}

std::string hex_byte(unsigned char byte) {
  char text[5];
  std::snprintf(text, sizeof text, "0x%02X", byte);
  return text;
}

}  // namespace

// A file's bytes as they came: read into memory, or mapped from the file.
struct FileBytes {
  std::string read;
  MappedFile mapped;
  std::string_view view() const { return mapped.empty() ? std::string_view(read) : mapped.bytes(); }
};

// Fills DecodedText, either by taking valid UTF-8 as it is or from the UTF-16 a converter
// produces chunk by chunk, recording checkpoints on the way.
struct DecodedTextBuilder {
  static DecodedText from_utf8(std::string bytes, std::string encoding, std::size_t bom_length) {
    DecodedText text;
    // Erasing in place moves the bytes down once but needs no second buffer.
    bytes.erase(0, bom_length);
    text.encoding_ = std::move(encoding);
    text.bom_length_ = bom_length;
    text.utf8_ = std::move(bytes);
    return text;
  }

  // A mapped file is read where it lies: its text starts after the BOM.
  static DecodedText from_utf8(FileBytes bytes, std::string encoding, std::size_t bom_length) {
    if (bytes.mapped.empty()) {
      return from_utf8(std::move(bytes.read), std::move(encoding), bom_length);
    }
    DecodedText text;
    text.encoding_ = std::move(encoding);
    text.bom_length_ = bom_length;
    text.mapped_ = std::move(bytes.mapped);
    return text;
  }

  DecodedTextBuilder(std::string encoding, std::size_t raw_size) {
    text_.encoding_ = std::move(encoding);
    // UTF-16 and GB18030 never take more than 1.5 UTF-8 bytes per raw byte, so for them the
    // text is never reallocated; the slack covers one chunk written before it is trimmed.
    text_.utf8_.reserve(raw_size + raw_size / 2 + 3 * kChunkUnits);
  }

  // Appends converter output; `offsets` are ICU's source offsets relative to `call_base`
  // (-1 for units of a character begun in an earlier call). Returns the raw offset of a
  // NUL character, which ends decoding.
  std::optional<std::uint64_t> append(std::span<const UChar> units, const std::int32_t* offsets,
                                      std::uint64_t call_base) {
    std::string& out = text_.utf8_;
    const std::size_t old_size = out.size();
    // Three UTF-8 bytes per unit at most: a surrogate pair (two units) takes four.
    out.resize(old_size + 3 * units.size());
    char* const base = out.data();
    char* write = base + old_size;
    std::size_t i = 0;
    if (pending_lead_ != 0 && !units.empty()) {
      write = write_utf8(write, U16_GET_SUPPLEMENTARY(pending_lead_, units[0]));
      pending_lead_ = 0;
      i = 1;
    }
    if (at_text_start_ && !units.empty()) {
      at_text_start_ = false;
      if (units[0] == 0xFEFF) i = 1;  // a BOM: its bytes count as bom_length_
    }
    for (; i < units.size(); ++i) {
      const UChar unit = units[i];
      const std::uint64_t raw = offsets[i] >= 0 ? call_base + offsets[i] : call_base;
      const auto utf8_offset = static_cast<std::size_t>(write - base);
      if (utf8_offset >= checkpoint_due_at_) [[unlikely]] {
        note_code_point_start(utf8_offset, unit, offsets[i] >= 0, raw);
      }
      if (unit <= u'\r') [[unlikely]] {
        if (unit == 0) return raw;
        note_line_end(unit);
      }
      if (U16_IS_LEAD(unit)) {
        if (i + 1 == units.size()) {
          pending_lead_ = unit;  // its trail comes first in the next chunk
        } else {
          write = write_utf8(write, U16_GET_SUPPLEMENTARY(unit, units[++i]));
        }
        continue;
      }
      write = write_utf8(write, unit);
    }
    out.resize(static_cast<std::size_t>(write - base));
    return std::nullopt;
  }

  DecodedText finish(std::uint64_t raw_size) {
    if (text_.checkpoints_.empty()) text_.checkpoints_.emplace_back(0, raw_size);
    // Whatever precedes the first code point (a BOM the converter consumed or we dropped).
    text_.bom_length_ = static_cast<std::size_t>(text_.checkpoints_.front().second);
    return std::move(text_);
  }

 private:
  void note_code_point_start(std::size_t utf8_offset, UChar unit, bool raw_known,
                             std::uint64_t raw) {
    // The LF of a CRLF is not a line start; the code point after it is.
    if (after_cr_ && unit == u'\n') return;
    after_cr_ = false;
    // A character begun in an earlier ICU call has no known raw offset: the next one gets
    // the checkpoint instead.
    if (!raw_known) return;
    text_.checkpoints_.emplace_back(utf8_offset, raw);
    checkpoint_due_at_ = utf8_offset + kCheckpointSpacing;
  }

  void note_line_end(UChar unit) {
    if (unit == u'\r' || unit == u'\n') {
      checkpoint_due_at_ = 0;  // due at the next code point
      after_cr_ = unit == u'\r';
    }
  }

  DecodedText text_;
  // UTF-8 offset from which the next code point gets a checkpoint: the first code point of
  // the text, of every line, and after kCheckpointSpacing bytes without one.
  std::size_t checkpoint_due_at_ = 0;
  bool after_cr_ = false;
  bool at_text_start_ = true;
  UChar pending_lead_ = 0;
};

namespace {

// ---- UTF-8 validation ----

// What a lead byte allows (Unicode Table 3-7, "Well-Formed UTF-8 Byte Sequences"): the
// narrowed second-byte ranges rule out overlongs, surrogates and code points past U+10FFFF.
struct LeadRule {
  std::uint8_t length = 0;  // 0: never a lead byte
  // An empty range for non-leads lets the hot path reject them with the second-byte test.
  std::uint8_t second_min = 0xFF;
  std::uint8_t second_max = 0x00;
};

constexpr LeadRule lead_rule(unsigned lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return {2, 0x80, 0xBF};
  if (lead == 0xE0) return {3, 0xA0, 0xBF};
  if (lead == 0xED) return {3, 0x80, 0x9F};
  if (lead >= 0xE1 && lead <= 0xEF) return {3, 0x80, 0xBF};
  if (lead == 0xF0) return {4, 0x90, 0xBF};
  if (lead >= 0xF1 && lead <= 0xF3) return {4, 0x80, 0xBF};
  if (lead == 0xF4) return {4, 0x80, 0x8F};
  return {};
}

constexpr std::array<LeadRule, 256> kLeadRules = [] {
  std::array<LeadRule, 256> rules{};
  for (unsigned byte = 0x80; byte < 0x100; ++byte) rules[byte] = lead_rule(byte);
  return rules;
}();

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

const unsigned char* skip_ascii(const unsigned char* at, const unsigned char* end) {
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  while (end - at >= 16) {
    std::uint64_t first;
    std::uint64_t second;
    std::memcpy(&first, at, 8);
    std::memcpy(&second, at + 8, 8);
    if (((first | second) & kHighBits) != 0) break;
    at += 16;
  }
  while (at < end && *at < 0x80) ++at;
  return at;
}

// How far the sequence that starts at `at` is well-formed, against the length it needs.
struct SequenceScan {
  std::size_t well_formed = 0;
  std::size_t needed = 0;
};

SequenceScan scan_sequence(const unsigned char* at, const unsigned char* end) {
  const LeadRule rule = kLeadRules[*at];
  if (rule.length == 0) return {};
  const std::size_t limit = std::min<std::size_t>(rule.length, static_cast<std::size_t>(end - at));
  if (limit < 2) return {limit, rule.length};
  if (at[1] < rule.second_min || at[1] > rule.second_max) return {1, rule.length};
  std::size_t well_formed = 2;
  while (well_formed < limit && is_continuation(at[well_formed])) ++well_formed;
  return {well_formed, rule.length};
}

// The hot path, for a non-ASCII lead with at least four bytes from `at` on: the length of the
// well-formed sequence there, or 0.
std::size_t well_formed_length(const unsigned char* at) {
  const LeadRule rule = kLeadRules[at[0]];
  if (at[1] < rule.second_min || at[1] > rule.second_max) return 0;
  if (rule.length == 2) return 2;
  if (!is_continuation(at[2])) return 0;
  if (rule.length == 3) return 3;
  return is_continuation(at[3]) ? 4 : 0;
}

struct Utf8Flaw {
  std::size_t offset = 0;  // first byte of the ill-formed sequence
  unsigned char byte = 0;
  bool truncated = false;  // well-formed as far as it goes, but cut off by the end of the file
};

std::optional<Utf8Flaw> find_utf8_flaw(std::string_view text) {
  // Nearly every file is well-formed: the fast check says so, and only a flawed file is walked
  // a character at a time to find where.
  if (is_valid_utf8(text)) return std::nullopt;
  const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = begin + text.size();
  const unsigned char* at = begin;
  while (at < end) {
    if (*at < 0x80) {
      at = skip_ascii(at, end);
      continue;
    }
    if (end - at >= 4) {
      if (const std::size_t length = well_formed_length(at)) {
        at += length;
        continue;
      }
    }
    // Near the end of the text, or ill-formed: the careful scan decides.
    const SequenceScan scan = scan_sequence(at, end);
    if (scan.needed == 0 || scan.well_formed < scan.needed) {
      const bool truncated = scan.needed != 0 && at + scan.well_formed == end;
      return Utf8Flaw{static_cast<std::size_t>(at - begin), *at, truncated};
    }
    at += scan.needed;
  }
  return std::nullopt;
}

Message describe(const Utf8Flaw& flaw) {
  const std::string offset = std::to_string(flaw.offset);
  if (flaw.truncated)
    return {"偏移 " + offset + " 处的字节序列不完整", "truncated sequence at " + offset};
  const std::string byte = hex_byte(flaw.byte);
  return {"偏移 " + offset + " 处的字节 " + byte + " 无效",
          "invalid byte " + byte + " at " + offset};
}

DecodeError utf8_error(const Utf8Flaw& flaw, std::size_t bom_length) {
  const std::uint64_t offset = bom_length + flaw.offset;
  if (flaw.truncated) {
    return {offset, {"文件末尾的 UTF-8 字节序列不完整", "truncated UTF-8 sequence at end of file"}};
  }
  const std::string byte = hex_byte(flaw.byte);
  return {offset, {"无效的 UTF-8 字节 " + byte, "invalid UTF-8 byte " + byte}};
}

// ---- binary content ----

// UTF-16 without a BOM: even length, no NUL code unit, and the NULs of ASCII characters
// mostly on one side of each unit (odd bytes for little endian).
std::optional<std::string_view> likely_utf16_without_bom(std::string_view bytes) {
  if (bytes.size() % 2 != 0) return std::nullopt;
  std::size_t nuls_at_even = 0;
  std::size_t nuls_at_odd = 0;
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    const bool even_nul = bytes[i] == '\0';
    const bool odd_nul = bytes[i + 1] == '\0';
    if (even_nul && odd_nul) return std::nullopt;
    nuls_at_even += even_nul;
    nuls_at_odd += odd_nul;
  }
  return nuls_at_odd >= nuls_at_even ? "UTF-16LE" : "UTF-16BE";
}

DecodeError binary_error(std::string_view bytes, std::size_t nul_offset) {
  Message problem{"二进制文件：含 NUL 字节", "binary file: NUL byte"};
  if (const auto encoding = likely_utf16_without_bom(bytes)) {
    const std::string option = "--encoding " + std::string(*encoding);
    problem.zh += "（如果这是无 BOM 的 UTF-16 文件，请加 " + option + "）";
    problem.en += " (if this is UTF-16 without a BOM, use " + option + ")";
  }
  return {nul_offset, std::move(problem)};
}

std::optional<std::size_t> find_nul(std::string_view bytes, std::size_t from) {
  const std::size_t at = bytes.find('\0', from);
  if (at == std::string_view::npos) return std::nullopt;
  return at;
}

// ---- conversion with ICU ----

struct ConversionFailure {
  enum class Kind { invalid, truncated, nul };
  Kind kind = Kind::invalid;
  std::uint64_t offset = 0;
  std::string bad_bytes;  // the ill-formed sequence, for Kind::invalid
};

using Conversion = std::variant<DecodedText, ConversionFailure>;

ConversionFailure converter_failure(UConverter* converter, UErrorCode status,
                                    std::uint64_t consumed) {
  char bad[32];
  std::int8_t bad_length = sizeof bad;
  UErrorCode ignored = U_ZERO_ERROR;
  ucnv_getInvalidChars(converter, bad, &bad_length, &ignored);
  const auto kind = status == U_TRUNCATED_CHAR_FOUND ? ConversionFailure::Kind::truncated
                                                     : ConversionFailure::Kind::invalid;
  // The STOP callback leaves the source just past the offending bytes.
  const std::uint64_t offset = consumed - std::min<std::uint64_t>(consumed, bad_length);
  return {kind, offset, std::string(bad, static_cast<std::size_t>(bad_length))};
}

// Converts strictly: any ill-formed or truncated sequence stops with its offset.
Conversion convert(std::string_view bytes, UConverter* converter, std::string encoding) {
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  DecodedTextBuilder builder(std::move(encoding), bytes.size());
  std::vector<UChar> units(kChunkUnits);
  std::vector<std::int32_t> offsets(kChunkUnits);
  const char* source = bytes.data();
  const char* const end = bytes.data() + bytes.size();
  for (;;) {
    const char* const window_end = source + std::min<std::size_t>(end - source, kMaxSourceWindow);
    const bool flush = window_end == end;
    const std::uint64_t call_base = static_cast<std::uint64_t>(source - bytes.data());
    UChar* target = units.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter, &target, units.data() + units.size(), &source, window_end,
                   offsets.data(), flush, &status);
    const std::span<const UChar> produced(units.data(), target);
    if (const auto nul = builder.append(produced, offsets.data(), call_base)) {
      return ConversionFailure{ConversionFailure::Kind::nul, *nul, {}};
    }
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(status)) {
      return converter_failure(converter, status,
                               static_cast<std::uint64_t>(source - bytes.data()));
    }
    if (flush) break;
  }
  return builder.finish(bytes.size());
}

std::string hex_bytes(std::string_view bytes) {
  std::string text;
  for (const char byte : bytes) {
    if (!text.empty()) text += ' ';
    text += hex_byte(static_cast<unsigned char>(byte));
  }
  return text;
}

// The UTF-16 unit two bad bytes hold when they are a surrogate with no partner, which ICU
// refuses (it never makes ill-formed UTF-8 of it); nullopt for anything else.
std::optional<unsigned> unpaired_surrogate(std::string_view bad_bytes,
                                           const std::string& encoding) {
  if (bad_bytes.size() != 2 || !encoding.starts_with("UTF-16")) return std::nullopt;
  const auto first = static_cast<unsigned char>(bad_bytes[0]);
  const auto second = static_cast<unsigned char>(bad_bytes[1]);
  const unsigned unit = encoding.ends_with("BE") ? (first << 8 | second) : (second << 8 | first);
  if (unit < 0xD800 || unit > 0xDFFF) return std::nullopt;
  return unit;
}

DecodeError conversion_error(const ConversionFailure& failure, const std::string& encoding) {
  switch (failure.kind) {
    case ConversionFailure::Kind::nul:
      return {failure.offset, {"二进制文件：含 NUL 字符", "binary file: NUL character"}};
    case ConversionFailure::Kind::truncated:
      return {failure.offset,
              {"文件末尾的 " + encoding + " 字节序列不完整",
               "truncated " + encoding + " sequence at end of file"}};
    case ConversionFailure::Kind::invalid:
      break;
  }
  if (const auto surrogate = unpaired_surrogate(failure.bad_bytes, encoding)) {
    char unit[8];
    std::snprintf(unit, sizeof unit, "U+%04X", *surrogate);
    const std::string bad = hex_bytes(failure.bad_bytes);
    return {failure.offset,
            {encoding + " 代理项 " + unit + " 不成对（字节 " + bad + "）",
             "unpaired " + encoding + " surrogate " + unit + " (bytes " + bad + ")"}};
  }
  const std::string bad = hex_bytes(failure.bad_bytes);
  return {failure.offset,
          {"无效的 " + encoding + " 字节序列 " + bad, "invalid " + encoding + " sequence " + bad}};
}

DecodeResult decode_converted(std::string_view bytes, UConverter* converter,
                              const std::string& encoding) {
  Conversion conversion = convert(bytes, converter, encoding);
  if (auto* failure = std::get_if<ConversionFailure>(&conversion)) {
    return conversion_error(*failure, encoding);
  }
  return std::move(std::get<DecodedText>(conversion));
}

DecodeResult decode_named(std::string_view bytes, const std::string& encoding) {
  const ConverterPtr converter = open_converter(encoding);
  return decode_converted(bytes, converter.get(), encoding);
}

// ---- the three ways in ----

// UTF-8 declared by a BOM or by --encoding: no other encoding is tried.
DecodeResult decode_declared_utf8(FileBytes bytes, std::string encoding, std::size_t bom_length) {
  const std::string_view view = bytes.view();
  if (const auto nul = find_nul(view, bom_length)) return binary_error(view, *nul);
  const std::string_view content = view.substr(bom_length);
  if (const auto flaw = find_utf8_flaw(content)) return utf8_error(*flaw, bom_length);
  return DecodedTextBuilder::from_utf8(std::move(bytes), std::move(encoding), bom_length);
}

DecodeResult decode_forced(FileBytes bytes, const std::string& encoding) {
  const ConverterPtr converter = open_converter(encoding);
  if (!converter) {
    return DecodeError{0, {"未知的编码“" + encoding + "”", "unknown encoding '" + encoding + "'"}};
  }
  UErrorCode status = U_ZERO_ERROR;
  if (std::string_view(ucnv_getName(converter.get(), &status)) == "UTF-8") {
    const std::size_t bom_length = bytes.view().starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
    return decode_declared_utf8(std::move(bytes), encoding, bom_length);
  }
  return decode_converted(bytes.view(), converter.get(), encoding);
}

DecodeResult decode_detected(FileBytes bytes) {
  const std::string_view view = bytes.view();
  if (view.starts_with(kUtf8Bom)) {
    return decode_declared_utf8(std::move(bytes), "UTF-8", kUtf8Bom.size());
  }
  // The converters read the BOM as U+FEFF, which the builder drops and counts as the BOM.
  if (view.starts_with(kUtf16LeBom)) return decode_named(view, "UTF-16LE");
  if (view.starts_with(kUtf16BeBom)) return decode_named(view, "UTF-16BE");
  if (const auto nul = find_nul(view, 0)) return binary_error(view, *nul);
  const auto utf8_flaw = find_utf8_flaw(view);
  if (!utf8_flaw) return DecodedTextBuilder::from_utf8(std::move(bytes), "UTF-8", 0);

  const ConverterPtr gb18030 = open_converter("GB18030");
  Conversion conversion = convert(view, gb18030.get(), "GB18030");
  if (auto* text = std::get_if<DecodedText>(&conversion)) return std::move(*text);
  const auto& failure = std::get<ConversionFailure>(conversion);
  const bool gb18030_truncated = failure.kind == ConversionFailure::Kind::truncated;
  const std::string gb18030_offset = std::to_string(failure.offset);
  const Message utf8 = describe(*utf8_flaw);
  // The encoding that read further is the one the file is most likely in: its flaw is the place
  // to look at.
  const std::uint64_t likely_offset = std::max<std::uint64_t>(utf8_flaw->offset, failure.offset);
  return DecodeError{
      likely_offset,
      {"既不是 UTF-8（" + utf8.zh + "），也不是 GB18030（偏移 " + gb18030_offset + " 处的字节序列" +
           (gb18030_truncated ? "不完整" : "无效") + "）；请用 --encoding 指定文件的编码",
       "neither UTF-8 (" + utf8.en + ") nor GB18030 (" +
           (gb18030_truncated ? "truncated" : "invalid") + " sequence at " + gb18030_offset +
           "); use --encoding NAME"}};
}

// ---- raw offsets ----

// UTF-16 takes 4 bytes for what UTF-8 writes with a 4-byte sequence and 2 for anything else.
std::uint64_t utf16_length(std::string_view utf8) {
  std::uint64_t length = 0;
  for (const char byte : utf8) {
    const auto value = static_cast<unsigned char>(byte);
    if (is_continuation(value)) continue;
    length += value >= 0xF0 ? 4 : 2;
  }
  return length;
}

std::uint64_t utf32_length(std::string_view utf8) {
  return 4 * static_cast<std::uint64_t>(std::count_if(utf8.begin(), utf8.end(), [](char byte) {
           return !is_continuation(static_cast<unsigned char>(byte));
         }));
}

std::uint64_t reencoded_length(UConverter* converter, std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::u16string units(utf8.size(), u'\0');  // never more UTF-16 units than UTF-8 bytes
  std::int32_t unit_count = 0;
  u_strFromUTF8(units.data(), static_cast<std::int32_t>(units.size()), &unit_count, utf8.data(),
                static_cast<std::int32_t>(utf8.size()), &status);
  status = U_ZERO_ERROR;
  // Preflighting (no destination) measures without writing.
  const std::int32_t length =
      ucnv_fromUChars(converter, nullptr, 0, units.data(), unit_count, &status);
  return static_cast<std::uint64_t>(length);
}

// Bytes `utf8` takes in `encoding`.
std::uint64_t encoded_length(const std::string& encoding, std::string_view utf8) {
  const ConverterPtr converter = open_converter(encoding);
  switch (ucnv_getType(converter.get())) {
    // Computed: ICU's BOM-handling "UTF-16"/"UTF-32" would add a BOM when re-encoding.
    case UCNV_UTF16:
    case UCNV_UTF16_BigEndian:
    case UCNV_UTF16_LittleEndian:
      return utf16_length(utf8);
    case UCNV_UTF32:
    case UCNV_UTF32_BigEndian:
    case UCNV_UTF32_LittleEndian:
      return utf32_length(utf8);
    default:
      return reencoded_length(converter.get(), utf8);
  }
}

}  // namespace

DecodedText extracted_text(std::string utf8, std::string label) {
  return DecodedTextBuilder::from_utf8(std::move(utf8), std::move(label), 0);
}

std::uint64_t DecodedText::raw_offset(std::size_t utf8_offset) const {
  // Text taken as UTF-8 is the file's own bytes after the BOM.
  if (checkpoints_.empty()) return bom_length_ + utf8_offset;
  const auto after = std::upper_bound(
      checkpoints_.begin(), checkpoints_.end(), utf8_offset,
      [](std::size_t offset, const auto& checkpoint) { return offset < checkpoint.first; });
  const auto& [checkpoint_utf8, checkpoint_raw] = *std::prev(after);
  const std::string_view stretch(utf8().data() + checkpoint_utf8, utf8_offset - checkpoint_utf8);
  return checkpoint_raw + encoded_length(encoding_, stretch);
}

namespace {

DecodeResult decode_file_bytes(FileBytes bytes, const DecodeOptions& options) {
  if (!options.forced_encoding.empty()) {
    return decode_forced(std::move(bytes), options.forced_encoding);
  }
  return decode_detected(std::move(bytes));
}

}  // namespace

DecodeResult decode(std::string bytes, const DecodeOptions& options) {
  return decode_file_bytes(FileBytes{std::move(bytes), {}}, options);
}

DecodeResult decode(MappedFile file, const DecodeOptions& options) {
  return decode_file_bytes(FileBytes{{}, std::move(file)}, options);
}

void DecodedText::release_pages() const {
  mapped_.release_pages();
}

}  // namespace planlint
