#pragma once
#include <string>
#include <string_view>

namespace planlint {

// `text` (normalized: lower case) without the pinyin glosses some template sites insert after
// characters — 关(guān)键词 becomes 关键词 — so that words split by them can be recognised.
std::string without_pinyin_glosses(std::string_view text);

}  // namespace planlint
