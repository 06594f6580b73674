#include "planlint/cli/byte_size.hpp"

#include <cctype>
#include <charconv>

namespace planlint {
namespace {

// The power of 1024 a suffix stands for, or nullopt when it is none of ours.
std::optional<int> suffix_shift(std::string_view suffix) {
  if (suffix.empty()) return 0;
  const char unit = static_cast<char>(std::toupper(static_cast<unsigned char>(suffix[0])));
  const std::string_view rest = suffix.substr(1);
  if (!(rest.empty() || rest == "B" || rest == "b" || rest == "iB" || rest == "ib")) {
    return std::nullopt;
  }
  switch (unit) {
    case 'K':
      return 10;
    case 'M':
      return 20;
    case 'G':
      return 30;
    default:
      return std::nullopt;
  }
}

}  // namespace

std::optional<std::uint64_t> parse_byte_size(std::string_view text) {
  std::uint64_t number = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
  if (error != std::errc() || end == text.data()) return std::nullopt;
  const auto shift = suffix_shift(text.substr(static_cast<std::size_t>(end - text.data())));
  if (!shift) return std::nullopt;
  if (*shift > 0 && number > (UINT64_MAX >> *shift)) return std::nullopt;
  return number << *shift;
}

}  // namespace planlint
