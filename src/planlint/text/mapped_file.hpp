#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace planlint {

// A file's bytes mapped read-only into memory. Read once (decoded, indexed, normalized), most of
// a large file is not looked at again but for the lines and excerpts of findings; its pages can
// then leave the process's memory (release_pages) and come back from the page cache, or the
// file, when read again. The file must not change while it is mapped: its bytes are read where
// it lies, not copied.
class MappedFile {
 public:
  MappedFile() = default;
  // The first `size` bytes of the open file `descriptor` (which may be closed afterwards), or
  // nothing when the system will not map it (an empty file, a pipe, a special file).
  static std::optional<MappedFile> map(int descriptor, std::size_t size);
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  bool empty() const { return data_ == nullptr; }
  std::string_view bytes() const { return {data_, size_}; }
  // Lets every page leave resident memory; the bytes stay what they were. Const because nothing
  // a reader can see changes.
  void release_pages() const;

 private:
  MappedFile(const char* data, std::size_t size) : data_(data), size_(size) {}

  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

}  // namespace planlint
