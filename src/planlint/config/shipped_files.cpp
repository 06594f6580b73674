#include "planlint/config/shipped_files.hpp"

#include <cstdlib>
#include <optional>
#include <string_view>
#include <system_error>

#if defined(__APPLE__)
#include <mach-o/dyld.h>

#include <cstdint>
#endif

namespace fs = std::filesystem;

namespace planlint {
namespace {

// Set by the build (cmake/shipped_files.cmake) on this file only.
constexpr std::string_view kSourceDir = PLANLINT_SOURCE_DIR;
constexpr std::string_view kBuildDir = PLANLINT_BUILD_DIR;
constexpr std::string_view kInstallPrefix = PLANLINT_INSTALL_PREFIX;
constexpr std::string_view kBinDir = PLANLINT_INSTALL_BINDIR;      // relative to the prefix
constexpr std::string_view kRulesDir = PLANLINT_INSTALL_RULESDIR;  // relative to the prefix
constexpr std::string_view kDocsDir = PLANLINT_INSTALL_DOCSDIR;    // relative to the prefix

fs::path& invocation_name() {
  static fs::path name;
  return name;
}

std::optional<fs::path> canonical_if_exists(const fs::path& path) {
  std::error_code error;
  fs::path resolved = fs::canonical(path, error);
  if (error) return std::nullopt;
  return resolved;
}

// argv[0] as a shell would have resolved it: a path when it holds a slash, else the first
// executable of that name on $PATH.
std::optional<fs::path> from_invocation_name() {
  const fs::path& name = invocation_name();
  if (name.empty()) return std::nullopt;
  if (name.native().find('/') != std::string::npos) return canonical_if_exists(name);
  const char* search_path = std::getenv("PATH");
  std::string_view rest = search_path ? search_path : "";
  while (!rest.empty()) {
    const std::size_t colon = rest.find(':');
    const std::string_view directory = rest.substr(0, colon);
    rest = colon == std::string_view::npos ? "" : rest.substr(colon + 1);
    if (directory.empty()) continue;
    const fs::path candidate = fs::path(directory) / name;
    std::error_code error;
    if (fs::is_regular_file(candidate, error)) return canonical_if_exists(candidate);
  }
  return std::nullopt;
}

std::optional<fs::path> executable_path() {
#if defined(__linux__)
  if (auto path = canonical_if_exists("/proc/self/exe")) return path;
#elif defined(__APPLE__)
  std::uint32_t size = 0;
  _NSGetExecutablePath(nullptr, &size);
  std::string buffer(size, '\0');
  if (_NSGetExecutablePath(buffer.data(), &size) == 0) {
    buffer.resize(buffer.find('\0'));
    if (auto path = canonical_if_exists(buffer)) return path;
  }
#endif
  return from_invocation_name();
}

bool is_within(const fs::path& path, const fs::path& directory) {
  auto inner = path.begin();
  for (const fs::path& part : directory) {
    if (part.empty()) continue;  // a trailing separator
    if (inner == path.end() || *inner != part) return false;
    ++inner;
  }
  return true;
}

// The prefix an installed executable sits in: <prefix>/<bindir>/planlint.
fs::path prefix_of(const fs::path& executable) {
  fs::path prefix = executable.parent_path();
  for (const fs::path& part : fs::path(kBinDir)) {
    if (!part.empty()) prefix = prefix.parent_path();
  }
  return prefix;
}

struct Layout {
  bool build_tree = false;
  std::vector<fs::path> prefixes;  // the executable's own first, then the configured one
};

Layout layout() {
  Layout found;
  const auto executable = executable_path();
  const auto build_dir = canonical_if_exists(fs::path(kBuildDir));
  if (executable && build_dir && is_within(*executable, *build_dir)) {
    found.build_tree = true;
    return found;
  }
  if (executable) found.prefixes.push_back(prefix_of(*executable));
  const fs::path configured(kInstallPrefix);
  if (found.prefixes.empty() || found.prefixes.front() != configured)
    found.prefixes.push_back(configured);
  return found;
}

}  // namespace

void remember_invocation_name(const char* argv0) {
  if (argv0 != nullptr) invocation_name() = argv0;
}

std::vector<fs::path> shipped_rule_directories() {
  const Layout found = layout();
  if (found.build_tree) return {fs::path(kSourceDir) / "rules"};
  std::vector<fs::path> directories;
  for (const fs::path& prefix : found.prefixes) directories.push_back(prefix / kRulesDir);
  return directories;
}

fs::path kind_doc_page(const std::string& kind) {
  const Layout found = layout();
  const fs::path page = fs::path("rules") / (kind + ".md");
  if (found.build_tree) return fs::path(kSourceDir) / "docs" / page;
  for (const fs::path& prefix : found.prefixes) {
    std::error_code error;
    if (fs::exists(prefix / kDocsDir / page, error)) return prefix / kDocsDir / page;
  }
  return found.prefixes.back() / kDocsDir / page;
}

}  // namespace planlint
