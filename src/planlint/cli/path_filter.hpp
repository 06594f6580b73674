#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace planlint {

// A glob (cli/glob.hpp) and the folder it is relative to: the working directory for --include
// and --exclude, the config file's folder for the config's `include` and `exclude`. A glob
// without '/' names a file or folder anywhere below that folder (`old`, `*.bak`); one with '/'
// is anchored there (`drafts/2019/**`, a leading '/' or './' changes nothing).
struct PathGlob {
  std::string pattern;
  std::filesystem::path base;  // absolute
};

// Which paths a run checks.
class PathFilter {
 public:
  PathFilter(std::vector<PathGlob> include, std::vector<PathGlob> exclude);

  // A file or folder an exclude glob names, itself or through a folder it lies in.
  bool excluded(const std::filesystem::path& path) const;
  // A file found in a folder walk that an include glob names. (A file named on the command
  // line is checked whatever its name.)
  bool included(const std::filesystem::path& file) const;

 private:
  std::vector<PathGlob> include_;
  std::vector<PathGlob> exclude_;
  std::filesystem::path working_directory_;
};

}  // namespace planlint
