#include "planlint/serve/upload_name.hpp"

#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

constexpr std::size_t kMaxNameBytes = 255;  // what every common file system allows

bool well_formed_without_controls(std::string_view name) {
  for (std::size_t at = 0; at < name.size();) {
    const Utf8CodePoint decoded = decode_utf8(name, at);
    if (decoded.length == 0) return false;
    const char32_t c = decoded.code_point;
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029) {
      return false;
    }
    at += decoded.length;
  }
  return true;
}

}  // namespace

std::variant<std::string, Message> upload_name(std::string_view sent) {
  const std::size_t separator = sent.find_last_of("/\\");
  const std::string_view name =
      separator == std::string_view::npos ? sent : sent.substr(separator + 1);
  if (name.empty() || name == "." || name == "..") {
    return Message{"上传的文件没有文件名", "the uploaded file has no name"};
  }
  if (name.size() > kMaxNameBytes) {
    return Message{"上传的文件名超过 255 字节", "the uploaded file's name is over 255 bytes"};
  }
  if (!well_formed_without_controls(name)) {
    return Message{"上传的文件名含控制字符或不是 UTF-8 编码",
                   "the uploaded file's name holds control characters or is not UTF-8"};
  }
  return std::string(name);
}

}  // namespace planlint
