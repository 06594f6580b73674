#include "planlint/report/report_spool.hpp"

#include <array>

namespace planlint {
namespace {

// Calls `use` with each chunk of the file from its start.
template <typename Use>
void read_chunks(std::FILE* file, Use use) {
  std::fflush(file);
  std::rewind(file);
  std::array<char, 64 * 1024> chunk;
  while (const std::size_t read = std::fread(chunk.data(), 1, chunk.size(), file)) {
    use(std::string_view(chunk.data(), read));
  }
}

}  // namespace

ReportSpool::ReportSpool() : file_(std::tmpfile()) {}

void ReportSpool::append(std::string_view text) {
  if (file_ && std::fwrite(text.data(), 1, text.size(), file_.get()) != text.size()) {
    // A full disk: the report goes on in memory, from what reached the file before this text.
    read_chunks(file_.get(), [&](std::string_view chunk) { memory_ += chunk; });
    memory_.resize(size_);
    file_.reset();
  }
  if (!file_) memory_ += text;
  size_ += text.size();
}

void ReportSpool::copy_to(std::ostream& out) {
  if (!file_) {
    out << memory_;
    return;
  }
  read_chunks(file_.get(), [&](std::string_view chunk) {
    out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
  });
}

}  // namespace planlint
