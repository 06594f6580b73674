#pragma once
#include <filesystem>

namespace planlint {

// The working directory; an empty path when it cannot be known (it was removed while planlint
// ran in it, or a folder above it may not be read). Callers then keep a path as it was given,
// since `working_directory() / path` is `path` itself: a removed folder must not stop a run.
std::filesystem::path working_directory();

}  // namespace planlint
