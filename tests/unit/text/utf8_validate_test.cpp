#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <random>
#include <string>

#include "planlint/text/utf8_validate.hpp"

using planlint::is_valid_utf8;
using planlint::is_valid_utf8_scalar;

namespace {

// Bytes where the rules of table 3-7 change: ASCII, each end of the continuation ranges that
// the leads E0, ED, F0 and F4 narrow, the leads themselves and bytes that never occur.
constexpr std::array<unsigned char, 18> kBoundaryBytes = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90,
                                                          0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
                                                          0xDF, 0xE0, 0xED, 0xF0, 0xF4, 0xFF};

// ASCII before a sequence: none, and each way a 16-byte block boundary can cut it.
constexpr std::array<std::size_t, 8> kLeadIns = {0, 1, 12, 13, 14, 15, 16, 17};
constexpr std::array<std::size_t, 2> kTrails = {0, 3};

// `sequence` after `lead_in` ASCII bytes and before a few more, so that it meets every place a
// 16-byte block can cut it, and the end of the text too.
void require_same_answer(const std::string& sequence) {
  for (const std::size_t lead_in : kLeadIns) {
    for (const std::size_t trail : kTrails) {
      const std::string text = std::string(lead_in, 'a') + sequence + std::string(trail, 'b');
      if (is_valid_utf8(text) != is_valid_utf8_scalar(text)) {
        FAIL_CHECK("differs on " << text.size() << " bytes, sequence at " << lead_in);
      }
    }
  }
}

}  // namespace

TEST_CASE("The fast UTF-8 check agrees with the decoder on every byte pair", "[utf8]") {
  for (unsigned first = 0; first < 256; ++first) {
    for (unsigned second = 0; second < 256; ++second) {
      require_same_answer({static_cast<char>(first), static_cast<char>(second)});
    }
  }
}

TEST_CASE("The fast UTF-8 check agrees with the decoder on longer sequences", "[utf8]") {
  for (unsigned lead = 0xC0; lead < 256; ++lead) {
    for (const unsigned char second : kBoundaryBytes) {
      for (const unsigned char third : kBoundaryBytes) {
        const std::string three{static_cast<char>(lead), static_cast<char>(second),
                                static_cast<char>(third)};
        require_same_answer(three);
        for (const unsigned char fourth : kBoundaryBytes) {
          require_same_answer(three + static_cast<char>(fourth));
        }
      }
    }
  }
}

TEST_CASE("The fast UTF-8 check agrees with the decoder on damaged Chinese text", "[utf8]") {
  const std::string sentence = "一、总体要求：坚持立德树人，😀 Ω é 𠀀。\r\n";
  std::string text;
  while (text.size() < 5000) text += sentence;
  CHECK(is_valid_utf8(text));
  std::mt19937 random(17);
  for (int round = 0; round < 2000; ++round) {
    std::string damaged = text.substr(0, random() % text.size());
    damaged[random() % damaged.size()] = static_cast<char>(random() % 256);
    CHECK(is_valid_utf8(damaged) == is_valid_utf8_scalar(damaged));
  }
}

TEST_CASE("A sequence cut by the end of the text is not valid UTF-8", "[utf8]") {
  CHECK(is_valid_utf8(""));
  CHECK_FALSE(is_valid_utf8(std::string(15, 'a') + "\xE4\xB8"));
  CHECK_FALSE(is_valid_utf8(std::string(16, 'a') + "\xE4"));
  CHECK_FALSE(is_valid_utf8(std::string(14, 'a') + "\xF0\x9F"));
  CHECK(is_valid_utf8(std::string(13, 'a') + "\xE4\xB8\x80"));
}
