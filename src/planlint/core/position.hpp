#pragma once
#include <cstdint>

namespace planlint {

// A place in a checked file as a drafter would name it: 1-based line and column counted in
// code points of the decoded text, plus the byte offset into the file as it lies on disk.
struct Position {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint64_t offset = 0;

  friend bool operator==(const Position&, const Position&) = default;
};

}  // namespace planlint
