#include "planlint/parse/family.hpp"

#include <array>
#include <utility>

namespace planlint {
namespace {

constexpr std::array<std::pair<Family, std::string_view>, 9> kFamilyNames{{
    {Family::part, "part"},
    {Family::chapter, "chapter"},
    {Family::section, "section"},
    {Family::article, "article"},
    {Family::cn, "cn"},
    {Family::cn_paren, "cn-paren"},
    {Family::arabic, "arabic"},
    {Family::arabic_paren, "arabic-paren"},
    {Family::circled, "circled"},
}};

}  // namespace

std::string_view family_name(Family family) {
  for (const auto& [candidate, name] : kFamilyNames) {
    if (candidate == family) return name;
  }
  return "unknown";
}

std::optional<Family> family_from_name(std::string_view name) {
  for (const auto& [family, candidate] : kFamilyNames) {
    if (candidate == name) return family;
  }
  return std::nullopt;
}

}  // namespace planlint
