#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

bool is_continuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

}  // namespace

Utf8CodePoint decode_utf8(std::string_view text, std::size_t at) {
  constexpr Utf8CodePoint kInvalid{0, 0};
  const auto byte_at = [&](std::size_t index) {
    return static_cast<unsigned char>(text[at + index]);
  };
  const unsigned char lead = byte_at(0);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = 0;
  char32_t code_point = 0;
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0F;
    if (lead == 0xE0) second_min = 0xA0;
    if (lead == 0xED) second_max = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07;
    if (lead == 0xF0) second_min = 0x90;
    if (lead == 0xF4) second_max = 0x8F;
  } else {
    return kInvalid;
  }
  if (text.size() - at < length || byte_at(1) < second_min || byte_at(1) > second_max) {
    return kInvalid;
  }
  for (std::size_t index = 1; index < length; ++index) {
    if (!is_continuation(byte_at(index))) return kInvalid;
    code_point = (code_point << 6) | (byte_at(index) & 0x3F);
  }
  return {code_point, length};
}

char32_t decode_utf8_at(std::string_view text, std::size_t& at) {
  const Utf8CodePoint decoded = decode_utf8(text, at);
  if (decoded.length == 0) {
    ++at;
    return 0xFFFD;
  }
  at += decoded.length;
  return decoded.code_point;
}

char* write_utf8(char* out, char32_t code_point) {
  if (code_point < 0x80) {
    *out++ = static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    *out++ = static_cast<char>(0xC0 | (code_point >> 6));
    *out++ = static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    *out++ = static_cast<char>(0xE0 | (code_point >> 12));
    *out++ = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    *out++ = static_cast<char>(0xF0 | (code_point >> 18));
    *out++ = static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    *out++ = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    *out++ = static_cast<char>(0x80 | (code_point & 0x3F));
  }
  return out;
}

void append_utf8(std::string& out, char32_t code_point) {
  char buffer[4];
  out.append(buffer, write_utf8(buffer, code_point));
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t at = 0; at < text.size();) {
    decode_utf8_at(text, at);
    ++count;
  }
  return count;
}

}  // namespace planlint
