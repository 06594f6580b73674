#pragma once
#include <optional>
#include <string_view>

namespace planlint {

// The kinds of heading marker a plan uses, as named in outlines, rule files and reports.
enum class Family {
  part,          // 第一部分
  chapter,       // 第一章
  section,       // 第一节
  article,       // 第一条
  cn,            // 一、
  cn_paren,      // （一）
  arabic,        // 1.
  arabic_paren,  // （1）
  circled,       // ①
};

std::string_view family_name(Family family);
std::optional<Family> family_from_name(std::string_view name);

}  // namespace planlint
