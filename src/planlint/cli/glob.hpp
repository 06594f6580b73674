#pragma once
#include <string_view>

namespace planlint {

// Shell-style globs for --include, --exclude and the config's `exclude`, matched against a path
// written with '/': `*` is any run of characters within one path component, `**` any run across
// components (`**/` also matches no directory at all), `?` one character (a code point, so one
// Hanzi) other than '/', `[abc]`, `[a-z]` and `[!abc]` one character of, or not of, a set, and
// `\x` the character x itself.
bool glob_matches(std::string_view pattern, std::string_view path);

}  // namespace planlint
