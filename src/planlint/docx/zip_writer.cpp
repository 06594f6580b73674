#include "planlint/docx/zip_writer.hpp"

#include <zip.h>

#include <memory>

namespace planlint::docx {
namespace {

struct SourceReleaser {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceReleaser>;

std::string read_all(zip_source_t* source) {
  std::string bytes;
  if (zip_source_open(source) != 0) return bytes;
  char buffer[1 << 16];
  zip_int64_t got = 0;
  while ((got = zip_source_read(source, buffer, sizeof buffer)) > 0) {
    bytes.append(buffer, static_cast<std::size_t>(got));
  }
  zip_source_close(source);
  return bytes;
}

// What libzip reported, in its own words in either language.
Message libzip_problem(const std::string& reason) {
  return {reason, reason};
}

}  // namespace

void ZipWriter::add(std::string name, std::string bytes) {
  entries_.push_back(Entry{std::move(name), std::move(bytes)});
}

std::variant<std::string, Message> ZipWriter::finish() const {
  zip_error_t error;
  zip_error_init(&error);
  SourcePtr target(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!target) return libzip_problem("cannot create a ZIP buffer");
  zip_t* archive = zip_open_from_source(target.get(), ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    zip_error_fini(&error);
    return libzip_problem("cannot create a ZIP archive");
  }
  zip_source_keep(target.get());  // the archive releases its reference on close; we read after
  for (const Entry& entry : entries_) {
    zip_source_t* data = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
    if (data == nullptr || zip_file_add(archive, entry.name.c_str(), data, ZIP_FL_ENC_UTF_8) < 0) {
      const std::string problem = zip_strerror(archive);
      if (data != nullptr) zip_source_free(data);
      zip_discard(archive);
      return libzip_problem(problem);
    }
  }
  if (zip_close(archive) != 0) {
    const std::string problem = zip_strerror(archive);
    zip_discard(archive);
    return libzip_problem(problem);
  }
  return read_all(target.get());
}

}  // namespace planlint::docx
