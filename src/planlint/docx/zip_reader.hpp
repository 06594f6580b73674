#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "planlint/core/message.hpp"

struct zip;

namespace planlint::docx {

// A ZIP archive held in memory (a .docx is one), read entry by entry. Every entry is inflated
// up to a cap: the sizes an archive declares may lie, so a decompression bomb is stopped by
// counting what actually comes out, not by trusting the header.
class ZipReader {
 public:
  // The archive, or why it cannot be read, in words for the drafter.
  static std::variant<std::unique_ptr<ZipReader>, Message> open(std::string_view bytes);
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  bool has(const std::string& name) const;
  // The entry's inflated bytes, or why they cannot be read (an entry that is absent among them:
  // ask has() first where absence is no problem).
  std::variant<std::string, Message> read(const std::string& name, std::uint64_t max_size) const;
  std::vector<std::string> names() const;
  zip* handle() const { return archive_; }

 private:
  explicit ZipReader(zip* archive) : archive_(archive) {}
  zip* archive_;
};

}  // namespace planlint::docx
