#include "planlint/core/system_message.hpp"

#include <cerrno>
#include <cstring>

namespace planlint {
namespace {

// Chinese for what a drafter meets when naming files; nullptr for the rest.
const char* chinese_reason(int error_number) {
  switch (error_number) {
    case ENOENT:
      return "文件或目录不存在";
    case EACCES:
    case EPERM:
      return "没有读取权限";
    case EISDIR:
      return "是目录，不是文件";
    case ENOTDIR:
      return "路径中有一段不是目录";
    case ELOOP:
      return "符号链接层数过多（可能互相指向）";
    case ENAMETOOLONG:
      return "文件名过长";
    case EMFILE:
    case ENFILE:
      return "打开的文件过多";
    case EIO:
      return "读取出错（输入/输出错误）";
    default:
      return nullptr;
  }
}

}  // namespace

Message system_message(int error_number) {
  std::string english = std::strerror(error_number);
  const char* chinese = chinese_reason(error_number);
  std::string zh = chinese != nullptr ? chinese : "无法打开（" + english + "）";
  return {std::move(zh), std::move(english)};
}

}  // namespace planlint
