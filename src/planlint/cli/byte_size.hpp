#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

namespace planlint {

// The largest draft a run reads unless told otherwise (--max-file-size, `max_file_size`).
// Real drafts are well under 1 MB; 64 MiB leaves room for any of them, even concatenated by
// the hundred, while check, which holds about 4 times a file at its peak, stays near 0.5 GB
// with two jobs on files at the limit (README, "Limits and bad input").
inline constexpr std::uint64_t kDefaultMaxFileSize = std::uint64_t{64} << 20;

// "0", "4096", "512K", "64M", "2G" (binary multiples, either case; a trailing "B" or "iB" is
// accepted: "64MB", "64MiB"). nullopt for anything else or a size past 2^64.
std::optional<std::uint64_t> parse_byte_size(std::string_view text);

}  // namespace planlint
