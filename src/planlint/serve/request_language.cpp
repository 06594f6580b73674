#include "planlint/serve/request_language.hpp"

#include <charconv>
#include <optional>

namespace planlint {
namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool has_primary_tag(std::string_view range, std::string_view tag) {
  if (range.size() < tag.size()) return false;
  for (std::size_t i = 0; i < tag.size(); ++i) {
    if ((range[i] | 0x20) != tag[i]) return false;
  }
  return range.size() == tag.size() || range[tag.size()] == '-';
}

std::optional<Language> language_of_range(std::string_view range) {
  if (has_primary_tag(range, "zh")) return Language::zh;
  if (has_primary_tag(range, "en")) return Language::en;
  return std::nullopt;
}

// The q value of one entry's parameters (`;q=0.8`), in thousandths; 1000 when absent.
int quality_of(std::string_view parameters) {
  const std::size_t q = parameters.find("q=");
  if (q == std::string_view::npos) return 1000;
  const std::string_view value = trimmed(parameters.substr(q + 2));
  double parsed = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
  if (error != std::errc()) return 0;
  return static_cast<int>(parsed * 1000 + 0.5);
}

}  // namespace

Language request_language(std::string_view lang_parameter, std::string_view accept_language) {
  if (lang_parameter == "en") return Language::en;
  if (lang_parameter == "zh") return Language::zh;
  std::optional<Language> best;
  int best_quality = 0;
  while (!accept_language.empty()) {
    const std::size_t comma = accept_language.find(',');
    const std::string_view entry = trimmed(accept_language.substr(0, comma));
    accept_language =
        comma == std::string_view::npos ? std::string_view() : accept_language.substr(comma + 1);
    const std::size_t semicolon = entry.find(';');
    const auto language = language_of_range(trimmed(entry.substr(0, semicolon)));
    const int quality =
        semicolon == std::string_view::npos ? 1000 : quality_of(entry.substr(semicolon));
    if (language && quality > best_quality) {
      best = language;
      best_quality = quality;
    }
  }
  return best.value_or(Language::zh);
}

}  // namespace planlint
