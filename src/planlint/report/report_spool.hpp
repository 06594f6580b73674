#pragma once
#include <cstdio>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace planlint {

// The body of a report whose head can only be written at the end (SARIF's rules table, JUnit's
// totals): kept in an anonymous temporary file rather than in memory, so a run of any size
// holds the same memory; in memory only where no temporary file can be made.
class ReportSpool {
 public:
  ReportSpool();
  void append(std::string_view text);
  bool empty() const { return size_ == 0; }
  // Writes everything appended to `out`, in order.
  void copy_to(std::ostream& out);

 private:
  struct CloseFile {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  std::unique_ptr<std::FILE, CloseFile> file_;
  std::string memory_;  // when there is no file
  std::size_t size_ = 0;
};

}  // namespace planlint
