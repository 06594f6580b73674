#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>

#include "planlint/text/decode.hpp"
#include "planlint/text/mapped_file.hpp"

using planlint::decode;
using planlint::DecodedText;
using planlint::MappedFile;

namespace {

using namespace std::string_literals;

// A file in the temporary directory, removed when the test ends.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& bytes)
      : path_(
            std::filesystem::temp_directory_path() /
            ("planlint-mapped-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++))) {
    std::ofstream(path_, std::ios::binary) << bytes;
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() { std::filesystem::remove(path_); }

  std::optional<MappedFile> map() const {
    const int descriptor = ::open(path_.c_str(), O_RDONLY);
    REQUIRE(descriptor >= 0);
    auto mapped = MappedFile::map(descriptor, std::filesystem::file_size(path_));
    ::close(descriptor);
    return mapped;
  }

 private:
  static inline int counter_ = 0;
  std::filesystem::path path_;
};

// The process's resident pages of mapped files, in kB (/proc/self/status).
long resident_file_kb() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("RssFile:", 0) == 0) return std::stol(line.substr(8));
  }
  return -1;
}

DecodedText decoded(MappedFile file) {
  auto result = decode(std::move(file));
  REQUIRE(std::holds_alternative<DecodedText>(result));
  return std::move(std::get<DecodedText>(result));
}

}  // namespace

TEST_CASE("a mapped file reads as its bytes; an empty one is not mapped", "[mapped_file]") {
  const TemporaryFile file("第一行\n第二行\n");
  const auto mapped = file.map();
  REQUIRE(mapped);
  CHECK(mapped->bytes() == "第一行\n第二行\n");
  CHECK_FALSE(TemporaryFile("").map());
}

TEST_CASE("released pages leave memory and read the same when touched again", "[mapped_file]") {
  std::string bytes;
  for (int line = 0; bytes.size() < 8 * 1024 * 1024; ++line) {
    bytes += "第" + std::to_string(line) + "行：推进教育数字化。\n";
  }
  const TemporaryFile file(bytes);
  const auto mapped = file.map();
  REQUIRE(mapped);
  const long before = resident_file_kb();
  CHECK(mapped->bytes() == bytes);  // reads every page
  const long read = resident_file_kb();
  mapped->release_pages();
  const long released = resident_file_kb();
  CHECK(read - before >= 4 * 1024);
  CHECK(read - released >= 4 * 1024);
  CHECK(mapped->bytes() == bytes);
}

TEST_CASE("UTF-8 is decoded in place from a mapping, other encodings into memory",
          "[mapped_file]") {
  SECTION("UTF-8 with a BOM: the text starts after it, offsets count it") {
    const TemporaryFile file("\xEF\xBB\xBF一、总体要求\n");
    const DecodedText text = decoded(*file.map());
    CHECK(text.utf8() == "一、总体要求\n");
    CHECK(text.encoding() == "UTF-8");
    CHECK(text.raw_offset(0) == 3);
    text.release_pages();
    CHECK(text.utf8() == "一、总体要求\n");
  }
  SECTION("GB18030 is converted as the read bytes are") {
    const std::string gbk = "\xBD\xCC\xD3\xFD\xBE\xD6\n";  // 教育局
    const TemporaryFile file(gbk);
    const DecodedText text = decoded(*file.map());
    auto read = decode(gbk);
    const DecodedText& expected = std::get<DecodedText>(read);
    CHECK(text.utf8() == expected.utf8());
    CHECK(text.encoding() == expected.encoding());
    CHECK(text.raw_offset(3) == expected.raw_offset(3));
  }
  SECTION("a binary file is refused as when read") {
    const TemporaryFile file("ab\0cd"s);
    auto result = decode(*file.map());
    CHECK(std::holds_alternative<planlint::DecodeError>(result));
  }
}
