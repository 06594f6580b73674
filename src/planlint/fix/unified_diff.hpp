#pragma once
#include <string>
#include <string_view>

namespace planlint {

// `before` and `after` as a unified diff of lines (`diff -u`, three lines of context), headed
// `--- a/PATH` and `+++ b/PATH`; empty when they are equal. Lines are shown without their line
// ends; a last line without one is followed by `\ No newline at end of file`.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after);

}  // namespace planlint
