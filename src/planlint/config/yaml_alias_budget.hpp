#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "planlint/core/file_error.hpp"

namespace planlint {

// yaml-cpp shares an aliased node rather than copying it, so a "billion laughs" document (nine
// aliases of nine aliases of … nine strings) loads in a few kilobytes; but anything that walks
// the values — a kind reading `all: [*group, *group, …]` — walks the expansion, which grows
// exponentially with the nesting. Documents whose aliases would add more than this many nodes
// are refused. Hand-written rule files that share a keyword list stay far below it.
constexpr std::uint64_t kAliasExpansionBudget = 100'000;

// Reads the document's events (no tree is built) and returns an error at the first alias that
// takes the nodes aliases add past `budget`, or that refers to a node still being defined (a
// cycle, which no walk would ever finish). Syntax errors are left to the parser that follows.
std::optional<FileError> check_alias_expansion(const std::string& text, const std::string& path,
                                               std::uint64_t budget = kAliasExpansionBudget);

}  // namespace planlint
