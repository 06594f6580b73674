#pragma once
#include <cstddef>

#include "planlint/text/document.hpp"

namespace planlint {

// Lets a mapped file's pages leave memory every so many scattered reads (Document::
// release_source_pages). A pass that reads the text here and there over a large file (a
// finding's {match}, excerpt and column; the last line of each section) would otherwise bring
// all of it back, beside the normalized view or the outline. Every 256 reads bounds what comes
// back to 256 times the kernel's fault-around (64 KB: 16 MB), at one madvise per 256 reads.
class SourcePageRelease {
 public:
  explicit SourcePageRelease(const Document& document) : document_(document) {}

  void after_read() {
    if (++since_release_ < kReadsBetweenReleases) return;
    document_.release_source_pages();
    since_release_ = 0;
  }

 private:
  static constexpr std::size_t kReadsBetweenReleases = 256;

  const Document& document_;
  std::size_t since_release_ = 0;
};

// Lets a mapped file's pages leave memory behind a pass that reads the text front to back, every
// 8 MB read: what stays resident is what the pass read since, at one madvise per 8 MB.
class SourcePagesBehind {
 public:
  explicit SourcePagesBehind(const Document& document) : document_(document) {}

  // The pass has come to byte `offset` of the text.
  void reached(std::size_t offset) {
    if (offset < release_at_) [[likely]]
      return;
    document_.release_source_pages();
    release_at_ = offset + kBytesBetweenReleases;
  }

 private:
  static constexpr std::size_t kBytesBetweenReleases = std::size_t{8} << 20;

  const Document& document_;
  std::size_t release_at_ = kBytesBetweenReleases;
};

}  // namespace planlint
