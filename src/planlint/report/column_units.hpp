#pragma once
#include <cstddef>
#include <cstdint>

namespace planlint {

class Document;

// planlint counts columns in code points (core/position.hpp); some report formats prescribe
// another unit. Both functions take a byte offset of Document::text() (a finding's begin or
// end) and return the 1-based column of that offset within its line in the unit named.

// UTF-8 bytes: reviewdog's rdjson.
std::uint32_t utf8_byte_column(const Document& document, std::size_t offset);
// UTF-16 code units, where a character beyond U+FFFF counts two: SARIF's default column kind.
std::uint32_t utf16_column(const Document& document, std::size_t offset);

}  // namespace planlint
