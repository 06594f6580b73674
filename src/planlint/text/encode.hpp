#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace planlint {

// `utf8` in the encoding a file was read in (DecodedText::encoding(): "UTF-8", "UTF-16LE",
// "GB18030" or a converter named with --encoding), without a BOM; nullopt when the encoding
// has no bytes for one of its characters (a Simplified character in Big5) or is unknown.
std::optional<std::string> encode_text(std::string_view utf8, const std::string& encoding);

}  // namespace planlint
