#include "planlint/cli/path_filter.hpp"

#include <algorithm>
#include <optional>

#include "planlint/cli/glob.hpp"
#include "planlint/core/working_directory.hpp"

namespace planlint {
namespace fs = std::filesystem;
namespace {

std::string_view without_anchor(std::string_view pattern) {
  if (pattern.starts_with("./")) return pattern.substr(2);
  if (pattern.starts_with('/')) return pattern.substr(1);
  return pattern;
}

bool is_anchored(std::string_view pattern) {
  return without_anchor(pattern).find('/') != std::string_view::npos;
}

// The path below the glob's folder, or nullopt when it lies elsewhere.
std::optional<fs::path> below(const fs::path& absolute, const fs::path& base) {
  const fs::path relative = absolute.lexically_relative(base);
  if (relative.empty() || *relative.begin() == "..") return std::nullopt;
  return relative;
}

// The path and every folder it lies in, deepest first ("a/b/c.txt", "a/b", "a").
std::vector<std::string> path_and_parents(const fs::path& relative) {
  std::vector<std::string> prefixes;
  for (fs::path prefix = relative; !prefix.empty() && prefix != ".";
       prefix = prefix.parent_path()) {
    prefixes.push_back(prefix.generic_string());
  }
  return prefixes;
}

bool glob_names(const PathGlob& glob, const fs::path& absolute, bool or_a_parent) {
  const std::string_view pattern = without_anchor(glob.pattern);
  const std::optional<fs::path> relative = below(absolute, glob.base);
  if (!is_anchored(glob.pattern)) {
    if (!relative || !or_a_parent) return glob_matches(pattern, absolute.filename().string());
    return std::any_of(relative->begin(), relative->end(), [&](const fs::path& component) {
      return glob_matches(pattern, component.string());
    });
  }
  if (!relative) return false;
  if (!or_a_parent) return glob_matches(pattern, relative->generic_string());
  const auto prefixes = path_and_parents(*relative);
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](const std::string& prefix) { return glob_matches(pattern, prefix); });
}

// Absolute and lexically normal, without a trailing '/', so "samples/" and "./samples" name the
// same folder.
fs::path absolute_path(const fs::path& working_directory, const fs::path& path) {
  fs::path absolute = (working_directory / path).lexically_normal();
  if (!absolute.has_filename() && absolute.has_relative_path()) absolute = absolute.parent_path();
  return absolute;
}

}  // namespace

PathFilter::PathFilter(std::vector<PathGlob> include, std::vector<PathGlob> exclude)
    : include_(std::move(include)),
      exclude_(std::move(exclude)),
      working_directory_(working_directory()) {}

bool PathFilter::excluded(const fs::path& path) const {
  const fs::path absolute = absolute_path(working_directory_, path);
  return std::any_of(exclude_.begin(), exclude_.end(),
                     [&](const PathGlob& glob) { return glob_names(glob, absolute, true); });
}

bool PathFilter::included(const fs::path& file) const {
  const fs::path absolute = absolute_path(working_directory_, file);
  return std::any_of(include_.begin(), include_.end(),
                     [&](const PathGlob& glob) { return glob_names(glob, absolute, false); });
}

}  // namespace planlint
