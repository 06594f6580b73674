#pragma once
#include <filesystem>
#include <string>

namespace planlint::testing {

// The bytes of a file, or an empty string when it does not exist.
std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& content);

// Compares `actual` with the golden file; with PLANLINT_BLESS=1 in the environment, rewrites
// the golden instead (read the diff before committing it).
void check_golden(const std::filesystem::path& golden, const std::string& actual);

std::filesystem::path seeds_dir();
std::filesystem::path source_dir();

}  // namespace planlint::testing
