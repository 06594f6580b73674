#include "planlint/fix/file_replace.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>

#include "planlint/core/system_message.hpp"

namespace planlint {
namespace {

namespace fs = std::filesystem;

std::optional<std::string> read_whole(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return std::nullopt;
  std::string bytes;
  char buffer[1 << 16];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, got);
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return std::nullopt;
  return bytes;
}

bool write_all(int descriptor, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(descriptor, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

Message not_written(const Message& why) {
  return {"未写入修改：" + why.zh, "fixes not written: " + why.en};
}

}  // namespace

std::optional<Message> replace_file_contents(const std::string& path, std::string_view expected,
                                             std::string_view bytes) {
  std::error_code error;
  const fs::path target = fs::canonical(path, error);
  if (error) return not_written(system_message(error.value()));
  struct stat status {};
  if (::stat(target.c_str(), &status) != 0) return not_written(system_message(errno));
  const std::optional<std::string> current = read_whole(target.string());
  if (!current) return not_written(system_message(errno));
  if (*current != expected) {
    return Message{"文件在检查之后已被修改，未写入修改；请重新运行 --fix",
                   "the file changed on disk after it was read; fixes not written (run --fix "
                   "again)"};
  }
  std::string temporary =
      (target.parent_path() / ("." + target.filename().string() + ".planlint-XXXXXX")).string();
  const int descriptor = ::mkstemp(temporary.data());
  if (descriptor < 0) return not_written(system_message(errno));
  const auto give_up = [&](int error_number) {
    ::close(descriptor);
    ::unlink(temporary.c_str());
    return not_written(system_message(error_number));
  };
  if (!write_all(descriptor, bytes) || ::fsync(descriptor) != 0) return give_up(errno);
  if (::fchmod(descriptor, status.st_mode & 07777) != 0) return give_up(errno);
  // Only root may give a file away; anyone else keeps the file as theirs, as an editor would.
  if (::fchown(descriptor, status.st_uid, status.st_gid) != 0 && errno != EPERM) {
    return give_up(errno);
  }
  if (::close(descriptor) != 0) {
    const int close_error = errno;
    ::unlink(temporary.c_str());
    return not_written(system_message(close_error));
  }
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    const int rename_error = errno;
    ::unlink(temporary.c_str());
    return not_written(system_message(rename_error));
  }
  return std::nullopt;
}

}  // namespace planlint
