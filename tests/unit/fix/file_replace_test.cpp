#include "planlint/fix/file_replace.hpp"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "support/golden.hpp"

namespace fs = std::filesystem;
using namespace planlint;

namespace {

fs::path fresh_folder() {
  const fs::path folder =
      fs::temp_directory_path() / ("planlint-replace-" + std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

std::size_t entries_in(const fs::path& folder) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("A file is replaced whole, keeping its mode, and no temporary file is left", "[fix]") {
  const fs::path folder = fresh_folder();
  const fs::path file = folder / "plan.txt";
  testing::write_file(file, "（二)工作目标\n");
  ::chmod(file.c_str(), 0640);
  CHECK(!replace_file_contents(file.string(), "（二)工作目标\n", "（二）工作目标\n"));
  CHECK(testing::read_file(file) == "（二）工作目标\n");
  struct stat status {};
  REQUIRE(::stat(file.c_str(), &status) == 0);
  CHECK((status.st_mode & 07777) == 0640);
  CHECK(entries_in(folder) == 1);
  fs::remove_all(folder);
}

TEST_CASE("A file changed on disk since it was read is not written", "[fix]") {
  const fs::path folder = fresh_folder();
  const fs::path file = folder / "plan.txt";
  testing::write_file(file, "（二)工作目标，编辑器里又改了一句\n");
  const auto problem = replace_file_contents(file.string(), "（二)工作目标\n", "（二）工作目标\n");
  REQUIRE(problem);
  CHECK(problem->en.find("changed on disk") != std::string::npos);
  CHECK(testing::read_file(file) == "（二)工作目标，编辑器里又改了一句\n");
  CHECK(entries_in(folder) == 1);
  fs::remove_all(folder);
}

TEST_CASE("A symbolic link's target is replaced and the link kept", "[fix]") {
  const fs::path folder = fresh_folder();
  testing::write_file(folder / "plan.txt", "a\n");
  fs::create_symlink("plan.txt", folder / "link.txt");
  CHECK(!replace_file_contents((folder / "link.txt").string(), "a\n", "b\n"));
  CHECK(fs::is_symlink(folder / "link.txt"));
  CHECK(testing::read_file(folder / "plan.txt") == "b\n");
  fs::remove_all(folder);
}
