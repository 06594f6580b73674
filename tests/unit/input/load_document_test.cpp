#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "planlint/input/load_document.hpp"

using planlint::Document;
using planlint::load_document;
using planlint::load_document_from_bytes;

namespace {

// Loads `bytes` written to a file named `name`, and from memory under the same name: a file of
// kMapFilesFromBytes or more is mapped, bytes in memory are not, and the two must give the same
// document.
void check_same_as_read(const std::string& name, const std::string& bytes) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("planlint-load-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << bytes;
  auto from_file = load_document(path.string());
  auto from_bytes = load_document_from_bytes(path.string(), bytes);
  std::filesystem::remove(path);
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(from_file));
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(from_bytes));
  const Document& mapped = *std::get<std::unique_ptr<Document>>(from_file);
  const Document& read = *std::get<std::unique_ptr<Document>>(from_bytes);
  CHECK(mapped.text() == read.text());
  CHECK(mapped.source() == read.source());
  CHECK(mapped.decoded().encoding() == read.decoded().encoding());
  CHECK(mapped.position_of(mapped.text().size()).offset ==
        read.position_of(read.text().size()).offset);
  // Letting the pages go changes nothing a reader sees.
  mapped.release_source_pages();
  CHECK(mapped.text() == read.text());
}

}  // namespace

TEST_CASE("a file loaded from its path is the document its bytes make", "[load_document]") {
  check_same_as_read("plain.txt", "\xEF\xBB\xBF一、总体要求\r\n（一）指导思想\r\n");
  check_same_as_read("gbk.txt", "\xBD\xCC\xD3\xFD\xBE\xD6\n");
  check_same_as_read("utf16.txt", std::string("\xFF\xFE\x00\x4E\n\x00", 6));
  check_same_as_read("notes.md", "# 一、总体要求\n\n**加强**领导。\n");
}

TEST_CASE("a file large enough to be mapped is the document its bytes make", "[load_document]") {
  const std::string line = "（一）加强师资队伍建设，落实安全责任。\r\n";
  std::string plain = "\xEF\xBB\xBF";
  while (plain.size() < planlint::kMapFilesFromBytes) plain += line;
  check_same_as_read("mapped.txt", plain);
  std::string markdown = "# 一、总体要求\n\n";
  while (markdown.size() < planlint::kMapFilesFromBytes) markdown += "**加强**领导。\n";
  check_same_as_read("mapped.md", markdown);
}

TEST_CASE("a file past the size limit is refused before it is mapped", "[load_document]") {
  const auto path = std::filesystem::temp_directory_path() /
                    ("planlint-load-" + std::to_string(::getpid()) + "-large.txt");
  std::ofstream(path, std::ios::binary) << std::string(100, 'a');
  auto loaded = load_document(path.string(), {}, 10);
  std::filesystem::remove(path);
  CHECK(std::holds_alternative<planlint::InputError>(loaded));
}
