#include "planlint/input/load_document.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <utility>

#include "planlint/core/system_message.hpp"
#include "planlint/docx/docx_loader.hpp"
#include "planlint/markdown/markdown_reading.hpp"
#include "planlint/markdown/suppression_comments.hpp"

namespace planlint {
namespace {

Message too_large(std::uint64_t size, std::uint64_t max_bytes) {
  const std::string limit = std::to_string(max_bytes);
  return {"文件有 " + std::to_string(size) + " 字节，超过 --max-file-size 允许的 " + limit +
              " 字节（设为 0 则不限）",
          "file is " + std::to_string(size) + " bytes, more than --max-file-size allows (" + limit +
              " bytes; 0 lifts the limit)"};
}

// Reads `file` to its end, or until it holds more than `max_bytes` (0: no limit), for a file
// that grows or a pipe whose size nobody knows beforehand.
std::variant<std::string, InputError> read_stream(std::FILE* file, const std::string& path,
                                                  std::uint64_t max_bytes,
                                                  std::uint64_t expected_size) {
  std::string bytes;
  // Reserving the size up front keeps peak memory at one copy of the file.
  bytes.reserve(expected_size);
  char buffer[1 << 16];
  std::size_t got = 0;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
    bytes.append(buffer, got);
    if (max_bytes > 0 && bytes.size() > max_bytes) {
      return InputError{path, std::nullopt, longer_than_limit(max_bytes)};
    }
  }
  if (std::ferror(file) != 0) return InputError{path, bytes.size(), {"读取出错", "read error"}};
  return bytes;
}

// The Document of a decoded text (a Markdown file's with its reading), or why it could not be
// decoded.
DocumentResult decoded_document(std::string path, DecodeResult decoded) {
  if (auto* error = std::get_if<DecodeError>(&decoded)) {
    return InputError{std::move(path), error->byte_offset, std::move(error->problem)};
  }
  DecodedText& text = std::get<DecodedText>(decoded);
  if (!markdown::is_markdown_name(path)) {
    return std::make_unique<Document>(std::move(path), std::move(text));
  }
  std::string reading = markdown::read_markdown(text.utf8());
  std::vector<Suppression> suppressions = markdown::read_suppressions(text.utf8());
  auto document = std::make_unique<Document>(std::move(path), std::move(text), std::move(reading));
  document->set_suppressions(std::move(suppressions));
  return document;
}

}  // namespace

std::variant<std::string, InputError> read_input_bytes(const std::string& path,
                                                       std::uint64_t max_bytes) {
  if (path == "-") return read_standard_input(path, max_bytes);
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    return InputError{path, std::nullopt, system_message(EISDIR)};
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return InputError{path, std::nullopt, system_message(errno)};
  struct stat status {};
  const bool sized = ::fstat(::fileno(file), &status) == 0 && S_ISREG(status.st_mode);
  const auto size = sized ? static_cast<std::uint64_t>(status.st_size) : 0;
  if (max_bytes > 0 && size > max_bytes) {
    std::fclose(file);
    return InputError{path, std::nullopt, too_large(size, max_bytes)};
  }
  auto bytes = read_stream(file, path, max_bytes, size);
  std::fclose(file);
  return bytes;
}

Message longer_than_limit(std::uint64_t max_bytes) {
  const std::string limit = std::to_string(max_bytes);
  return {"超过 --max-file-size 允许的 " + limit + " 字节（设为 0 则不限）",
          "more than --max-file-size allows (" + limit + " bytes; 0 lifts the limit)"};
}

DocumentResult load_document_from_bytes(std::string path, std::string bytes,
                                        const DecodeOptions& options) {
  // Office files are recognised by their bytes, whatever their name, so a .doc renamed .txt
  // still gets the message that says what to do.
  if (docx::sniff_office_container(bytes) != docx::OfficeContainer::none) {
    return docx::load_docx(std::move(path), std::move(bytes), options.office_notes);
  }
  return decoded_document(std::move(path), decode(std::move(bytes), options));
}

std::variant<std::string, InputError> read_standard_input(const std::string& name,
                                                          std::uint64_t max_bytes) {
  return read_stream(stdin, name, max_bytes, 0);
}

namespace {

// A regular file within the limit and of kMapFilesFromBytes or more, mapped; nothing for anything
// else (a smaller file, standard input, a pipe, a system that will not map it), which is read.
std::optional<MappedFile> map_regular_file(const std::string& path, std::uint64_t max_bytes) {
  if (path == "-") return std::nullopt;
  const int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (descriptor < 0) return std::nullopt;
  struct stat status {};
  std::optional<MappedFile> mapped;
  if (::fstat(descriptor, &status) == 0 && S_ISREG(status.st_mode) &&
      static_cast<std::uint64_t>(status.st_size) >= kMapFilesFromBytes &&
      (max_bytes == 0 || static_cast<std::uint64_t>(status.st_size) <= max_bytes)) {
    mapped = MappedFile::map(descriptor, static_cast<std::size_t>(status.st_size));
  }
  ::close(descriptor);
  return mapped;
}

}  // namespace

DocumentResult load_document(const std::string& path, const DecodeOptions& options,
                             std::uint64_t max_bytes) {
  // A mapped file is read in place: its pages can leave memory once the checks have read them,
  // where bytes read into memory would stay for as long as the document.
  if (std::optional<MappedFile> mapped = map_regular_file(path, max_bytes)) {
    if (docx::sniff_office_container(mapped->bytes()) != docx::OfficeContainer::none) {
      return load_document_from_bytes(path, std::string(mapped->bytes()), options);
    }
    return decoded_document(path, decode(std::move(*mapped), options));
  }
  auto bytes = read_input_bytes(path, max_bytes);
  if (auto* error = std::get_if<InputError>(&bytes)) return std::move(*error);
  return load_document_from_bytes(path, std::move(std::get<std::string>(bytes)), options);
}

}  // namespace planlint
