#pragma once
#include <optional>
#include <string>
#include <vector>

namespace planlint::docx {

// Builds a ZIP archive in memory, entries in the order added, each deflated.
class ZipWriter {
 public:
  void add(std::string name, std::string bytes);
  struct Result {
    std::string bytes;                   // the archive, when no problem
    std::optional<std::string> problem;  // what libzip reported
  };
  Result finish() const;

  struct Entry {
    std::string name;
    std::string bytes;
  };

 private:
  std::vector<Entry> entries_;
};

}  // namespace planlint::docx
