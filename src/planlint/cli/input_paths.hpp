#pragma once
#include <filesystem>
#include <istream>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "planlint/cli/path_filter.hpp"
#include "planlint/text/document.hpp"

namespace planlint {

// A file to check: the path to read ("-" for standard input) and the name to report it under.
struct InputFile {
  std::string path;
  std::string name;
};

// A file to check, or a folder that could not be listed: an InputError like a file that could
// not be read.
using InputItem = std::variant<InputFile, InputError>;

// What the command line names as input.
struct InputSources {
  std::vector<std::string> paths;  // files, folders and "-", in the order given
  // --files-from: more paths, one per entry, read after `paths`; nullptr when there is none.
  std::istream* path_list = nullptr;
  char path_list_separator = '\n';  // '\0' with --null
  std::string stdin_name = "-";     // --stdin-filename
};

// The files a run checks, one at a time, so that a list of a million paths is never held in
// memory. Folders are walked recursively in sorted order (byte order of the names), skipping
// hidden entries (.git) and not following symbolic links to folders (which could loop); files
// found there are kept when the filter includes them. Everything the filter excludes is
// skipped, files named explicitly included. Other paths come out in the order given.
class InputPaths {
 public:
  InputPaths(InputSources sources, const PathFilter& filter);

  std::optional<InputItem> next();

 private:
  struct Folder {
    std::vector<std::filesystem::path> entries;
    std::size_t next = 0;
  };

  std::optional<std::string> next_argument();
  // Enters a folder; a problem when it cannot be listed.
  std::optional<InputError> enter(const std::filesystem::path& folder);
  std::optional<InputItem> next_in_folders();

  InputSources sources_;
  const PathFilter& filter_;
  std::size_t next_path_ = 0;
  std::vector<Folder> folders_;  // the walk in progress, innermost last
};

}  // namespace planlint
