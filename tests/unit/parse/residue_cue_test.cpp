#include <catch2/catch.hpp>

#include "planlint/parse/residue_cue.hpp"
#include "planlint/text/normalize.hpp"

namespace {

bool is_cue(const std::string& original) {
  return planlint::is_residue_cue_line(planlint::normalize(original).view());
}

}  // namespace

TEST_CASE("Template-site furniture is recognised", "[residue]") {
  for (const char* line : {"链接地址：http://example.org/1.html 转载请保留，谢谢！",
                           "本文地址:https://example.org/a/1422536.html", "相关文章", "  相关内容",
                           "• 相關文章:", "推薦專題", "阅读全文", "查看更多>>",
                           "CopyRight 某作文网 2012-2024 All Rights Reserved", "版權聲明：",
                           "工作要点范文》出自:某某网", "标签：教育局 工作计划",
                           "来源:网络整理 免责(zé)声明:本文仅限学(xué)习(xí)分享",
                           "教育局工作会议上的讲话 本文关(guān)键词:教育局"}) {
    INFO(line);
    CHECK(is_cue(line));
  }
}

TEST_CASE("A plan's own sentences are not residue", "[residue]") {
  for (const char* line :
       {"做好相关内容的宣传解读工作。", "推荐文章评选活动将于五月举行。", "一、加强版权保护教育",
        "(二)强化课程建设", "相关文章和资料由各校报送。"}) {
    INFO(line);
    CHECK_FALSE(is_cue(line));
  }
  // A long paragraph is body text whatever it mentions.
  CHECK_FALSE(is_cue(std::string(300, 'a') + "版权所有"));
}

TEST_CASE("A site's notice label stands alone on its line", "[residue]") {
  const auto is_label = [](const std::string& line) {
    return planlint::is_site_notice_label(planlint::normalize(line).view());
  };
  // tests/corpus 106: the label over a document site's download notice.
  CHECK(is_label("温馨提示:"));
  CHECK(is_label("溫馨提示："));
  CHECK(is_label("下载须知"));
  CHECK_FALSE(is_label("温馨提示：本周五下午召开全体教师会议。"));
  CHECK_FALSE(is_label("注意事项："));
}
