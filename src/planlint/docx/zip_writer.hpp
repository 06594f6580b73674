#pragma once
#include <string>
#include <variant>
#include <vector>

#include "planlint/core/message.hpp"

namespace planlint::docx {

// Builds a ZIP archive in memory, entries in the order added, each deflated.
class ZipWriter {
 public:
  void add(std::string name, std::string bytes);
  // The archive, or what libzip reported.
  std::variant<std::string, Message> finish() const;

  struct Entry {
    std::string name;
    std::string bytes;
  };

 private:
  std::vector<Entry> entries_;
};

}  // namespace planlint::docx
