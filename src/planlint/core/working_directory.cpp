#include "planlint/core/working_directory.hpp"

#include <system_error>

namespace planlint {

std::filesystem::path working_directory() {
  std::error_code error;
  std::filesystem::path path = std::filesystem::current_path(error);
  if (error) return {};
  return path;
}

}  // namespace planlint
