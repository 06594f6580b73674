#include "planlint/cli/build_info.hpp"

#include <unicode/uchar.h>
#include <unicode/uversion.h>

#include <array>

namespace planlint {
namespace {

// kGitCommit: written at build time by cmake/git_commit.cmake, rewritten only when it changes.
#include "build_info.inc"

std::string icu_version() {
  UVersionInfo running;
  u_getVersion(running);
  std::array<char, U_MAX_VERSION_STRING_LENGTH> text{};
  u_versionToString(running, text.data());
  UVersionInfo unicode;
  u_getUnicodeVersion(unicode);
  std::array<char, U_MAX_VERSION_STRING_LENGTH> unicode_text{};
  u_versionToString(unicode, unicode_text.data());
  return std::string(text.data()) + " (Unicode " + unicode_text.data() + ")";
}

}  // namespace

std::string version_text() {
  return std::string("planlint ") + PLANLINT_VERSION + "\ncommit: " + kGitCommit +
         "\nICU: " + icu_version() + "\nRE2: " + PLANLINT_RE2_VERSION;
}

}  // namespace planlint
