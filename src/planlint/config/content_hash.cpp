#include "planlint/config/content_hash.hpp"

#include <array>
#include <cstdint>

namespace planlint {
namespace {

// 2^88 + 2^8 + 0x3b, FNV's 128-bit prime.
__extension__ constexpr unsigned __int128 kPrime =
    (static_cast<unsigned __int128>(1) << 88) | 0x13b;

}  // namespace

void ContentHash::add_bytes(std::string_view bytes) {
  for (const char byte : bytes) {
    state_ ^= static_cast<unsigned char>(byte);
    state_ *= kPrime;
  }
}

void ContentHash::add(std::string_view text) {
  std::array<char, 8> length{};
  std::uint64_t size = text.size();
  for (char& byte : length) {
    byte = static_cast<char>(size & 0xff);
    size >>= 8;
  }
  add_bytes({length.data(), length.size()});
  add_bytes(text);
}

std::string ContentHash::hex() const {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string digits(32, '0');
  Digest rest = state_;
  for (std::size_t i = digits.size(); i-- > 0;) {
    digits[i] = kDigits[static_cast<unsigned>(rest & 0xf)];
    rest >>= 4;
  }
  return digits;
}

}  // namespace planlint
