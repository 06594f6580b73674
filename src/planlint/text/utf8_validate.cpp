#include "planlint/text/utf8_validate.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "planlint/text/utf8.hpp"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define PLANLINT_UTF8_SSSE3 1
#include <tmmintrin.h>
#endif

namespace planlint {

bool is_valid_utf8_scalar(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const Utf8CodePoint decoded = decode_utf8(text, at);
    if (decoded.length == 0) return false;
    at += decoded.length;
  }
  return true;
}

#ifdef PLANLINT_UTF8_SSSE3
namespace {

// Each bit is one way a pair of bytes (the previous and the current) can be ill-formed; a pair is
// ill-formed when the three tables (previous byte's high and low nibble, current byte's high
// nibble) all set the same bit. The tables and the method are those of "Validating UTF-8 In Less
// Than One Instruction Per Byte" (Keiser, Lemire 2021).
constexpr std::uint8_t kTooShort = 1 << 0;          // 11______ 0_______ / 11______ 11______
constexpr std::uint8_t kTooLong = 1 << 1;           // 0_______ 10______
constexpr std::uint8_t kOverlong3 = 1 << 2;         // 11100000 100_____
constexpr std::uint8_t kTooLarge = 1 << 3;          // 11110100 1001____ and above
constexpr std::uint8_t kSurrogate = 1 << 4;         // 11101101 101_____
constexpr std::uint8_t kOverlong2 = 1 << 5;         // 1100000_ 10______
constexpr std::uint8_t kTooLarge1000 = 1 << 6;      // 11110101 1000____ and above
constexpr std::uint8_t kOverlong4 = 1 << 6;         // 11110000 1000____
constexpr std::uint8_t kTwoContinuations = 1 << 7;  // 10______ 10______
// The bits whose meaning does not depend on the previous byte's low nibble.
constexpr std::uint8_t kCarry = kTooShort | kTooLong | kTwoContinuations;

__attribute__((target("ssse3"))) __m128i table(std::uint8_t b0, std::uint8_t b1, std::uint8_t b2,
                                               std::uint8_t b3, std::uint8_t b4, std::uint8_t b5,
                                               std::uint8_t b6, std::uint8_t b7, std::uint8_t b8,
                                               std::uint8_t b9, std::uint8_t b10, std::uint8_t b11,
                                               std::uint8_t b12, std::uint8_t b13, std::uint8_t b14,
                                               std::uint8_t b15) {
  return _mm_setr_epi8(static_cast<char>(b0), static_cast<char>(b1), static_cast<char>(b2),
                       static_cast<char>(b3), static_cast<char>(b4), static_cast<char>(b5),
                       static_cast<char>(b6), static_cast<char>(b7), static_cast<char>(b8),
                       static_cast<char>(b9), static_cast<char>(b10), static_cast<char>(b11),
                       static_cast<char>(b12), static_cast<char>(b13), static_cast<char>(b14),
                       static_cast<char>(b15));
}

class Ssse3Validator {
 public:
  __attribute__((target("ssse3"))) Ssse3Validator()
      : byte_1_high_(table(kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong, kTooLong,
                           kTooLong, kTwoContinuations, kTwoContinuations, kTwoContinuations,
                           kTwoContinuations, kTooShort | kOverlong2, kTooShort,
                           kTooShort | kOverlong3 | kSurrogate,
                           kTooShort | kTooLarge | kTooLarge1000 | kOverlong4)),
        byte_1_low_(table(kCarry | kOverlong3 | kOverlong2 | kOverlong4, kCarry | kOverlong2,
                          kCarry, kCarry, kCarry | kTooLarge, kCarry | kTooLarge | kTooLarge1000,
                          kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
                          kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
                          kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000,
                          kCarry | kTooLarge | kTooLarge1000,
                          kCarry | kTooLarge | kTooLarge1000 | kSurrogate,
                          kCarry | kTooLarge | kTooLarge1000, kCarry | kTooLarge | kTooLarge1000)),
        byte_2_high_(table(
            kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort, kTooShort,
            kTooLong | kOverlong2 | kTwoContinuations | kOverlong3 | kTooLarge1000 | kOverlong4,
            kTooLong | kOverlong2 | kTwoContinuations | kOverlong3 | kTooLarge,
            kTooLong | kOverlong2 | kTwoContinuations | kSurrogate | kTooLarge,
            kTooLong | kOverlong2 | kTwoContinuations | kSurrogate | kTooLarge, kTooShort,
            kTooShort, kTooShort, kTooShort)),
        // A lead byte this close to the end of a block needs bytes of the next one.
        incomplete_above_(table(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                0xFF, 0xFF, 0xF0 - 1, 0xE0 - 1, 0xC0 - 1)),
        error_(_mm_setzero_si128()),
        previous_(_mm_setzero_si128()),
        previous_incomplete_(_mm_setzero_si128()) {}

  __attribute__((target("ssse3"))) void add(__m128i input) {
    if (_mm_movemask_epi8(input) == 0) {
      // All ASCII: fine unless the block before ended inside a sequence.
      error_ = _mm_or_si128(error_, previous_incomplete_);
      previous_incomplete_ = _mm_setzero_si128();
    } else {
      const __m128i low_nibbles = _mm_set1_epi8(0x0F);
      const __m128i previous_1 = _mm_alignr_epi8(input, previous_, 15);
      const __m128i special = _mm_and_si128(
          _mm_and_si128(_mm_shuffle_epi8(byte_1_high_,
                                         _mm_and_si128(_mm_srli_epi16(previous_1, 4), low_nibbles)),
                        _mm_shuffle_epi8(byte_1_low_, _mm_and_si128(previous_1, low_nibbles))),
          _mm_shuffle_epi8(byte_2_high_, _mm_and_si128(_mm_srli_epi16(input, 4), low_nibbles)));
      // Where a continuation must stand: two after a three- or four-byte lead, three after a
      // four-byte lead. The pair tables cannot see that far back.
      const __m128i previous_2 = _mm_alignr_epi8(input, previous_, 14);
      const __m128i previous_3 = _mm_alignr_epi8(input, previous_, 13);
      const __m128i third_byte = _mm_subs_epu8(previous_2, _mm_set1_epi8(0xE0 - 0x80));
      const __m128i fourth_byte =
          _mm_subs_epu8(previous_3, _mm_set1_epi8(static_cast<char>(0xF0 - 0x80)));
      const __m128i must_continue = _mm_and_si128(_mm_or_si128(third_byte, fourth_byte),
                                                  _mm_set1_epi8(static_cast<char>(0x80)));
      error_ = _mm_or_si128(error_, _mm_xor_si128(must_continue, special));
      previous_incomplete_ = _mm_subs_epu8(input, incomplete_above_);
    }
    previous_ = input;
  }

  // No flaw so far; a sequence may still be open at the end of the last block.
  __attribute__((target("ssse3"))) bool error_free() const {
    return _mm_movemask_epi8(_mm_cmpeq_epi8(error_, _mm_setzero_si128())) == 0xFFFF;
  }

  // No flaw, and no sequence left open.
  __attribute__((target("ssse3"))) bool valid() const {
    const __m128i error = _mm_or_si128(error_, previous_incomplete_);
    return _mm_movemask_epi8(_mm_cmpeq_epi8(error, _mm_setzero_si128())) == 0xFFFF;
  }

 private:
  __m128i byte_1_high_;
  __m128i byte_1_low_;
  __m128i byte_2_high_;
  __m128i incomplete_above_;
  __m128i error_;
  __m128i previous_;
  __m128i previous_incomplete_;
};

// Checks 4 KB between looks at the error, so a flawed file stops early without a test per block.
constexpr std::size_t kStride = 4096;

__attribute__((target("ssse3"))) bool is_valid_utf8_ssse3(std::string_view text) {
  Ssse3Validator validator;
  const char* at = text.data();
  const char* const end = at + text.size();
  while (end - at >= 16) {
    const char* const stride_end = at + std::min<std::size_t>(kStride, (end - at) / 16 * 16);
    for (; at < stride_end; at += 16) {
      validator.add(_mm_loadu_si128(reinterpret_cast<const __m128i*>(at)));
    }
    if (!validator.error_free()) return false;
  }
  if (at < end) {
    // The tail, padded with NUL bytes, which are ASCII: a sequence cut by the end is too short.
    char tail[16] = {};
    std::memcpy(tail, at, static_cast<std::size_t>(end - at));
    validator.add(_mm_loadu_si128(reinterpret_cast<const __m128i*>(tail)));
  }
  return validator.valid();
}

}  // namespace
#endif

bool is_valid_utf8(std::string_view text) {
#ifdef PLANLINT_UTF8_SSSE3
  static const bool has_ssse3 = __builtin_cpu_supports("ssse3");
  if (has_ssse3) return is_valid_utf8_ssse3(text);
#endif
  return is_valid_utf8_scalar(text);
}

}  // namespace planlint
