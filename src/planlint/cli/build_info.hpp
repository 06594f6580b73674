#pragma once
#include <string>

namespace planlint {

// What `planlint --version` prints: the version, the git commit the binary was built from, and
// the ICU and RE2 it runs with, so a report about a finding names the exact build.
std::string version_text();

}  // namespace planlint
