#pragma once
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "planlint/baseline/finding_key.hpp"
#include "planlint/core/file_error.hpp"

namespace planlint {

// A recorded finding that no finding of the run matched any more: fixed, or edited beyond
// recognition.
struct StaleEntry {
  std::string path;
  FindingKey key;
};

class Baseline;
// A baseline, or every problem found in its file.
using BaselineResult = std::variant<Baseline, std::vector<FileError>>;

// The findings a team has accepted (--baseline FILE), so that a check reports only new ones.
// The file (docs/baseline.md) lists them per file, the file's path relative to the baseline's
// own folder, so a baseline kept at the repository root works from any working directory.
class Baseline {
 public:
  static BaselineResult load(const std::filesystem::path& file);
  static BaselineResult parse(const std::string& text, const std::string& shown_path,
                              const std::filesystem::path& folder);

  // The key under which a checked file is recorded: its path relative to the baseline's folder.
  std::string recorded_path(const std::string& checked_path) const;

  // Removes from `findings` (and `keys`, which matches it one to one) those recorded for
  // `checked_path`, each entry matching at most one finding; returns how many it removed.
  std::size_t suppress(const std::string& checked_path, std::vector<Finding>& findings,
                       std::vector<FindingKey>& keys);

  // The entries of the files this run checked that matched nothing, in file order.
  std::vector<StaleEntry> stale() const;

 private:
  struct FileEntries {
    std::multiset<FindingKey> unmatched;
    bool checked = false;
  };

  std::filesystem::path folder_;
  std::map<std::string, FileEntries> files_;
};

// Collects the findings of a run for --write-baseline and writes them in the same format.
class BaselineRecorder {
 public:
  explicit BaselineRecorder(const std::filesystem::path& file);

  void add(const std::string& checked_path, const std::vector<FindingKey>& keys);
  std::size_t size() const { return size_; }
  // The baseline as JSON, files in path order, findings in document order.
  std::string json() const;

 private:
  std::filesystem::path folder_;
  std::map<std::string, std::vector<FindingKey>> files_;
  std::size_t size_ = 0;
};

}  // namespace planlint
