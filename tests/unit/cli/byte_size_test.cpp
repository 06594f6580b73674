// --max-file-size and max_file_size: sizes with binary suffixes.
#include <catch2/catch.hpp>

#include "planlint/cli/byte_size.hpp"

using namespace planlint;

TEST_CASE("Sizes take K, M and G as powers of 1024", "[byte-size]") {
  CHECK(parse_byte_size("0") == 0u);
  CHECK(parse_byte_size("4096") == 4096u);
  CHECK(parse_byte_size("512K") == 512u * 1024);
  CHECK(parse_byte_size("64m") == 64u << 20);
  CHECK(parse_byte_size("64MB") == 64u << 20);
  CHECK(parse_byte_size("64MiB") == 64u << 20);
  CHECK(parse_byte_size("2G") == std::uint64_t{2} << 30);
  CHECK(kDefaultMaxFileSize == parse_byte_size("64M"));
}

TEST_CASE("Anything else is no size", "[byte-size]") {
  for (const char* text : {"", "M", "-1", "1.5M", "64X", "64 M", "64MBB", "1T",
                           "99999999999999999999", "17179869184G"}) {
    INFO(text);
    CHECK_FALSE(parse_byte_size(text));
  }
}
