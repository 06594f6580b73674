#pragma once
#include <cstdio>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace planlint {

// The body of a report whose head can only be written at the end (SARIF's rules table, JUnit's
// totals): kept in memory while it is small, and past a megabyte in an anonymous temporary
// file, so a run of any size holds the same memory. Where no temporary file can be made or
// written, it stays in memory.
class ReportSpool {
 public:
  void append(std::string_view text);
  // Writes everything appended to `out`, in order.
  void copy_to(std::ostream& out);

 private:
  struct CloseFile {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  bool to_file(std::string_view text);

  std::string memory_;  // what has not gone to the file
  std::unique_ptr<std::FILE, CloseFile> file_;
  std::size_t in_file_ = 0;  // bytes written to the file in full
  bool file_failed_ = false;
};

}  // namespace planlint
