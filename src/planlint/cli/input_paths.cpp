#include "planlint/cli/input_paths.hpp"

#include <algorithm>

#include "planlint/core/system_message.hpp"

namespace planlint {
namespace fs = std::filesystem;
namespace {

bool is_hidden(const fs::path& path) {
  return path.filename().string().starts_with('.');
}

bool is_real_folder(const fs::path& path) {
  std::error_code error;
  return fs::is_directory(fs::symlink_status(path, error));
}

bool is_file(const fs::path& path) {
  std::error_code error;
  return fs::is_regular_file(fs::status(path, error));
}

}  // namespace

InputPaths::InputPaths(InputSources sources, const PathFilter& filter)
    : sources_(std::move(sources)), filter_(filter) {}

std::optional<InputItem> InputPaths::next() {
  while (true) {
    if (auto found = next_in_folders()) return found;
    const auto argument = next_argument();
    if (!argument) return std::nullopt;
    if (*argument == "-") return InputFile{"-", sources_.stdin_name};
    if (filter_.excluded(*argument)) continue;
    std::error_code error;
    if (!fs::is_directory(*argument, error)) return InputFile{*argument, *argument};
    if (auto problem = enter(*argument)) return *problem;
  }
}

std::optional<InputItem> InputPaths::next_in_folders() {
  while (!folders_.empty()) {
    Folder& folder = folders_.back();
    if (folder.next == folder.entries.size()) {
      folders_.pop_back();
      continue;
    }
    const fs::path entry = folder.entries[folder.next++];
    if (is_hidden(entry) || filter_.excluded(entry)) continue;
    if (is_real_folder(entry)) {
      if (auto problem = enter(entry)) return *problem;
      continue;
    }
    if (is_file(entry) && filter_.included(entry)) {
      return InputFile{entry.string(), entry.string()};
    }
  }
  return std::nullopt;
}

std::optional<InputError> InputPaths::enter(const fs::path& folder) {
  std::error_code error;
  Folder listed;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    listed.entries.push_back(it->path().lexically_normal());
  }
  if (error) return InputError{folder.string(), std::nullopt, system_message(error.value())};
  std::sort(listed.entries.begin(), listed.entries.end(),
            [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
  folders_.push_back(std::move(listed));
  return std::nullopt;
}

std::optional<std::string> InputPaths::next_argument() {
  if (next_path_ < sources_.paths.size()) return sources_.paths[next_path_++];
  if (sources_.path_list == nullptr) return std::nullopt;
  std::string entry;
  while (std::getline(*sources_.path_list, entry, sources_.path_list_separator)) {
    if (sources_.path_list_separator == '\n' && entry.ends_with('\r')) entry.pop_back();
    if (entry.empty()) continue;
    // In a list every entry is a file name: a file called "-" is not standard input.
    return entry == "-" ? "./-" : entry;
  }
  return std::nullopt;
}

}  // namespace planlint
