#include "planlint/engine/verified_rule_set.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <tuple>

#include "planlint/config/content_hash.hpp"
#include "planlint/engine/rule_examples.hpp"

namespace planlint {
namespace fs = std::filesystem;

namespace {

// What a verdict on examples depends on besides the set: the code of the kinds and the engine.
// The version alone does not change with every build, so the executable's identity joins it
// where the system names the executable (Linux); elsewhere the version stands alone.
std::string planlint_build() {
  const std::string version = PLANLINT_VERSION;
  std::error_code error;
  const fs::path executable = fs::canonical("/proc/self/exe", error);
  if (error) return version;
  const auto size = fs::file_size(executable, error);
  if (error) return version;
  const auto modified = fs::last_write_time(executable, error);
  if (error) return version;
  return version + ' ' + executable.string() + ' ' + std::to_string(size) + ' ' +
         std::to_string(modified.time_since_epoch().count());
}

bool verified_before(const std::string& content_hash, const ExampleVerification& verification) {
  if (verification.always) return false;
  if (std::find(verification.verified_when_built.begin(), verification.verified_when_built.end(),
                content_hash) != verification.verified_when_built.end())
    return true;
  if (verification.cache_directory.empty()) return false;
  std::error_code error;
  return fs::exists(verified_examples_entry(verification.cache_directory, content_hash), error);
}

// Best effort: a folder that cannot be created or written only means verifying again.
void remember_verified(const RuleSet& set, const fs::path& cache_directory) {
  if (cache_directory.empty()) return;
  const fs::path entry = verified_examples_entry(cache_directory, set.content_hash);
  std::error_code error;
  fs::create_directories(entry.parent_path(), error);
  if (error) return;
  std::ofstream{entry};
}

}  // namespace

fs::path verified_examples_entry(const fs::path& cache_directory, const std::string& content_hash) {
  static const std::string build = planlint_build();
  ContentHash key;
  key.add(content_hash);
  key.add(build);
  return cache_directory / "verified-examples" / key.hex();
}

fs::path default_cache_directory() {
  if (const char* chosen = std::getenv("PLANLINT_CACHE_DIR")) return fs::path(chosen);
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg != '\0')
    return fs::path(xdg) / "planlint";
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
    return fs::path(home) / ".cache" / "planlint";
  return {};
}

RuleSetResult load_verified_rule_set(const std::string& name_or_path,
                                     const ExampleVerification& verification,
                                     const std::vector<fs::path>& directories) {
  // A set verified before also loaded without a problem before, which spares the loader its
  // checks that could only find a mistake.
  bool verified = false;
  // Only `rules check` (always) places a problem inside a shipped file, so only it parses them.
  RuleSetResult loaded = load_rule_set(
      name_or_path, directories,
      [&](const std::string& content_hash) {
        verified = verified_before(content_hash, verification);
        return verified;
      },
      !verification.always);
  auto* set = std::get_if<RuleSet>(&loaded);
  if (set == nullptr || verified) return loaded;
  std::vector<FileError> errors = example_errors(set->rules);
  if (errors.empty()) {
    remember_verified(*set, verification.cache_directory);
    return loaded;
  }
  // Each file top to bottom, as the loader lists its own problems.
  std::stable_sort(errors.begin(), errors.end(), [](const auto& a, const auto& b) {
    return std::tie(a.path, a.line, a.column) < std::tie(b.path, b.line, b.column);
  });
  return errors;
}

}  // namespace planlint
