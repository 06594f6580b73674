#include <catch2/catch.hpp>

#include <cerrno>
#include <cstring>

#include "planlint/core/system_message.hpp"

using planlint::Language;
using planlint::system_message;

TEST_CASE("why a path cannot be opened is said in both languages", "[core][message]") {
  const auto missing = system_message(ENOENT);
  CHECK(missing.in(Language::zh) == "文件或目录不存在");
  CHECK(missing.in(Language::en) == std::strerror(ENOENT));
  CHECK(system_message(EACCES).zh == "没有读取权限");
  CHECK(system_message(ELOOP).zh == "符号链接层数过多（可能互相指向）");
}

TEST_CASE("an uncommon cause keeps the system's words inside the Chinese", "[core][message]") {
  const auto full = system_message(ENOSPC);
  CHECK(full.en == std::strerror(ENOSPC));
  CHECK(full.zh == "无法打开（" + full.en + "）");
}
