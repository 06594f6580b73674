#include "planlint/fix/file_edit.hpp"

#include "planlint/text/document.hpp"
#include "planlint/text/encode.hpp"

namespace planlint {

std::variant<std::string, Message> edited_bytes(std::string_view bytes, const Document& document,
                                                std::span<const TextEdit> edits) {
  const DecodedText& decoded = document.decoded();
  std::string out;
  out.reserve(bytes.size());
  std::uint64_t copied = 0;  // bytes of the file up to here are in `out` or replaced
  for (const TextEdit& edit : edits) {
    const std::optional<std::string> replacement =
        encode_text(edit.replacement, decoded.encoding());
    if (!replacement) {
      return Message{"“" + edit.replacement + "”无法以文件的编码 " + decoded.encoding() + " 写出",
                     "\"" + edit.replacement + "\" cannot be written in the file's encoding " +
                         decoded.encoding()};
    }
    const std::uint64_t begin = decoded.raw_offset(edit.begin);
    const std::uint64_t end = decoded.raw_offset(edit.end);
    out.append(bytes.substr(copied, begin - copied));
    out += *replacement;
    copied = end;
  }
  out.append(bytes.substr(copied));
  return out;
}

}  // namespace planlint
