#pragma once
// Making a pass's edits in a file's own bytes.
#include <span>
#include <string>
#include <string_view>
#include <variant>

#include "planlint/core/fix.hpp"
#include "planlint/core/message.hpp"

namespace planlint {

class Document;

// `bytes` (the file `document` was decoded from) with `edits` (ascending, disjoint) made: each
// span is found in the file through the document's raw offsets and its replacement written in
// the file's encoding, so a GB18030 file stays GB18030 and a BOM or CRLF stays where it is;
// every byte outside the edits is copied as it was. A Message when a replacement has no
// bytes in the file's encoding.
std::variant<std::string, Message> edited_bytes(std::string_view bytes, const Document& document,
                                                std::span<const TextEdit> edits);

}  // namespace planlint
