#include "planlint/parse/residue_cue.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

// Folded forms (Simplified, lower case): the normalized view is what is searched.
// Phrases no plan uses in its own text: they mark residue wherever they stand in a short line.
constexpr std::array<std::string_view, 14> kDistinctiveCues{
    "转载请保留",
    "本文地址",
    "链接地址",
    "本文链接",
    "原文地址",
    "原文链接",
    "版权声明",
    "免责声明",
    "版权所有",
    "copyright",
    "all rights reserved",
    "本文关键词",
    "本文标题",
    "》出自",
};
// Site furniture in words a plan may well use ("做好相关内容的宣传"): only a line that holds
// nothing else is residue.
constexpr std::array<std::string_view, 15> kWholeLineCues{
    "相关文章", "相关内容", "相关阅读", "推荐文章", "推荐专题", "热门推荐", "阅读全文", "查看更多",
    "上一篇",   "下一篇",   "返回顶部", "分享到",   "网站地图", "文件下载", "猜你喜欢",
};
// Labels a site puts at the start of a line: "标签：教育局 工作计划".
constexpr std::array<std::string_view, 3> kLinePrefixCues{"标签:", "分享:", "关键词:"};

// Labels of a site's notice to its readers, alone on their line: no plan heads its own points so.
constexpr std::array<std::string_view, 7> kSiteNoticeLabels{
    "温馨提示", "下载提示", "下载须知", "下载说明", "购买须知", "特别说明", "文档说明"};

constexpr std::size_t kMaxCueLineCodePoints = 200;

// The line without surrounding blanks and list bullets, and without a trailing ":" or ">>".
std::string_view bare_line(std::string_view line) {
  constexpr std::array<std::string_view, 4> kLeading{" ", "\t", "\u2022", "\u00b7"};
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (const std::string_view prefix : kLeading) {
      if (line.starts_with(prefix)) {
        line.remove_prefix(prefix.size());
        stripped = true;
      }
    }
  }
  const std::size_t last = line.find_last_not_of(" \t:>");
  return last == std::string_view::npos ? std::string_view{} : line.substr(0, last + 1);
}

}  // namespace

bool is_residue_cue_line(std::string_view normalized_line) {
  if (normalized_line.size() > kMaxCueLineCodePoints * 4 ||
      count_code_points(normalized_line) > kMaxCueLineCodePoints) {
    return false;
  }
  const auto contains = [&](std::string_view cue) {
    return normalized_line.find(cue) != std::string_view::npos;
  };
  const std::string_view bare = bare_line(normalized_line);
  return std::any_of(kDistinctiveCues.begin(), kDistinctiveCues.end(), contains) ||
         std::find(kWholeLineCues.begin(), kWholeLineCues.end(), bare) != kWholeLineCues.end() ||
         std::any_of(kLinePrefixCues.begin(), kLinePrefixCues.end(),
                     [&](std::string_view cue) { return bare.starts_with(cue); });
}

bool is_site_notice_label(std::string_view normalized_line) {
  const std::string_view bare = bare_line(normalized_line);
  return std::find(kSiteNoticeLabels.begin(), kSiteNoticeLabels.end(), bare) !=
         kSiteNoticeLabels.end();
}

}  // namespace planlint
