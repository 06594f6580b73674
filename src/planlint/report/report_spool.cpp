#include "planlint/report/report_spool.hpp"

#include <algorithm>
#include <array>

namespace planlint {
namespace {

// Up to this much a body stays in memory: most runs never touch the disk.
constexpr std::size_t kInMemory = 1024 * 1024;

}  // namespace

void ReportSpool::append(std::string_view text) {
  if (file_failed_ || memory_.size() + text.size() < kInMemory) {
    memory_ += text;
    return;
  }
  // What is in memory, then the text, go to the file; the text is not copied on the way.
  if (!to_file(memory_) || !to_file(text)) {
    file_failed_ = true;
    memory_ += text;
    return;
  }
  memory_.clear();
}

// Appends to the file, creating it the first time; false when there is no temporary file or the
// disk is full: the body then stays in memory from here on, after what the file holds in full
// (part of a text a failed write left there is never read).
bool ReportSpool::to_file(std::string_view text) {
  if (!file_) file_.reset(std::tmpfile());
  if (!file_ || std::fwrite(text.data(), 1, text.size(), file_.get()) != text.size()) return false;
  in_file_ += text.size();
  return true;
}

void ReportSpool::copy_to(std::ostream& out) {
  if (file_) {
    // The file holds what came before the text in memory.
    std::fflush(file_.get());
    std::rewind(file_.get());
    std::array<char, 64 * 1024> chunk;
    for (std::size_t left = in_file_; left > 0;) {
      const std::size_t read =
          std::fread(chunk.data(), 1, std::min(chunk.size(), left), file_.get());
      if (read == 0) break;
      out.write(chunk.data(), static_cast<std::streamsize>(read));
      left -= read;
    }
  }
  out << memory_;
}

}  // namespace planlint
