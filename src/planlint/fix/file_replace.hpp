#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "planlint/core/message.hpp"

namespace planlint {

// Replaces the file at `path` (through a symbolic link, its target) with `bytes`, provided it
// still holds `expected`, the bytes the fixes were computed from: another program may have
// saved it meanwhile. The bytes go to a temporary file in the same folder, which takes the
// file's mode (and owner, where permitted) and is then renamed over it, so a reader sees the
// old file or the new one, never half of one. A Message says why nothing was written.
std::optional<Message> replace_file_contents(const std::string& path, std::string_view expected,
                                             std::string_view bytes);

}  // namespace planlint
