// A C++ string literal of any bytes, for the generators that compile data into planlint.
#pragma once

#include <cstdio>
#include <string>

namespace planlint::tools {

// Printable ASCII stays readable; every other byte, and the quote, the backslash and `?` (which
// could start a trigraph), becomes a three-digit octal escape, which, unlike \x, cannot absorb
// the character that follows it.
inline std::string cpp_string_literal(const std::string& bytes) {
  std::string literal = "\"";
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7F && byte != '"' && byte != '\\' && byte != '?') {
      literal += c;
    } else {
      char escape[5];
      std::snprintf(escape, sizeof escape, "\\%03o", byte);
      literal += escape;
    }
  }
  return literal + "\"";
}

}  // namespace planlint::tools
