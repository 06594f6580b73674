#include "planlint/docx/zip_reader.hpp"

#include <zip.h>

namespace planlint::docx {

std::variant<std::unique_ptr<ZipReader>, Message> ZipReader::open(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return Message{"无法读取 ZIP 容器", "cannot read the ZIP container"};
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    const std::string reason = zip_error_strerror(&error);
    zip_source_free(source);
    zip_error_fini(&error);
    return Message{"不是可读取的 ZIP 压缩包（" + reason + "）",
                   "not a readable ZIP archive (" + reason + ")"};
  }
  zip_error_fini(&error);
  return std::unique_ptr<ZipReader>(new ZipReader(archive));
}

ZipReader::~ZipReader() {
  zip_discard(archive_);
}

bool ZipReader::has(const std::string& name) const {
  return zip_name_locate(archive_, name.c_str(), 0) >= 0;
}

std::variant<std::string, Message> ZipReader::read(const std::string& name,
                                                   std::uint64_t max_size) const {
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive_, name.c_str(), 0, &stat) != 0) {
    return Message{name + " 不存在", name + " is missing"};
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
    return Message{name + " 已加密", name + " is encrypted"};
  }
  zip_file_t* file = zip_fopen(archive_, name.c_str(), 0);
  if (file == nullptr) {
    const std::string reason = name + ": " + zip_strerror(archive_);
    return Message{reason, reason};
  }
  std::string bytes;
  if ((stat.valid & ZIP_STAT_SIZE) && stat.size <= max_size) bytes.reserve(stat.size);
  char buffer[1 << 16];
  while (true) {
    const zip_int64_t got = zip_fread(file, buffer, sizeof buffer);
    if (got < 0) {
      const std::string reason = name + ": " + zip_file_strerror(file);
      zip_fclose(file);
      return Message{reason, reason};
    }
    if (got == 0) break;
    if (bytes.size() + static_cast<std::uint64_t>(got) > max_size) {
      zip_fclose(file);
      const std::string limit = std::to_string(max_size >> 20);
      return Message{name + " 解压后超过 " + limit + " MB（疑似“解压炸弹”）",
                     name + " inflates to more than " + limit + " MB (a decompression bomb?)"};
    }
    bytes.append(buffer, static_cast<std::size_t>(got));
  }
  zip_fclose(file);
  return bytes;
}

std::vector<std::string> ZipReader::names() const {
  std::vector<std::string> names;
  const zip_int64_t count = zip_get_num_entries(archive_, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    if (const char* name = zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0)) {
      names.emplace_back(name);
    }
  }
  return names;
}

}  // namespace planlint::docx
