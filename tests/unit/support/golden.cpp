#include "support/golden.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace planlint::testing {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

void write_file(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

void check_golden(const std::filesystem::path& golden, const std::string& actual) {
  const char* bless = std::getenv("PLANLINT_BLESS");
  if (bless != nullptr && std::string(bless) == "1") {
    write_file(golden, actual);
    WARN("blessed " << golden.string());
    return;
  }
  INFO("golden file: " << golden.string() << " (regenerate with PLANLINT_BLESS=1)");
  REQUIRE(std::filesystem::exists(golden));
  CHECK(read_file(golden) == actual);
}

std::filesystem::path seeds_dir() {
  return PLANLINT_SEEDS_DIR;
}
std::filesystem::path source_dir() {
  return PLANLINT_SOURCE_DIR;
}

}  // namespace planlint::testing
