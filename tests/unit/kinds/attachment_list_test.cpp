#include <catch2/catch.hpp>

#include "support/rule_testing.hpp"

using namespace planlint::testing;
using Strings = std::vector<std::string>;

namespace {

// A notice whose list names two attachments; the file holds `held`.
std::string notice_holding(const std::string& held) {
  return "关于开展校园安全检查的通知\n各学校：\n现将有关事项通知如下。\n"
         "附件：1.校园安全检查办法\n      2.检查情况统计表\n\n市教育局\n2024年3月5日\n" +
         held;
}

}  // namespace

TEST_CASE("attachment-list: the documented rules build and their examples pass",
          "[kind][attachment-list]") {
  for (const auto& id : documented_rule_ids("attachment-list")) {
    INFO(id);
    CHECK(documented_rule("attachment-list", id) != nullptr);
  }
}

TEST_CASE("attachment-list: a listed attachment the file lacks", "[kind][attachment-list]") {
  const auto rule = documented_rule("attachment-list", "attachment-missing");
  const auto findings = run_rule(*rule, notice_holding("附件1\n校园安全检查办法\n"));
  REQUIRE(spans(findings) == Strings{"5:9-5:16 检查情况统计表"});
  CHECK(findings[0].message == "正文列出的附件2“检查情况统计表”在文件中找不到");
  // Attachments sent as separate files: the file holds none, nothing is said.
  CHECK(run_rule(*rule, notice_holding("")).empty());
}

TEST_CASE("attachment-list: an extra attachment, a gap, a title that differs",
          "[kind][attachment-list]") {
  const std::string text = notice_holding("附件1\n校园安全检查办法\n附件3\n检查情况汇总表\n");
  CHECK(spans(run_rule(*documented_rule("attachment-list", "attachment-extra"), text)) ==
        Strings{"12:1-12:8 检查情况汇总表"});
  CHECK(spans(run_rule(*documented_rule("attachment-list", "attachment-sequence"), text)) ==
        Strings{"12:1-12:8 检查情况汇总表"});
  const std::string renamed =
      notice_holding("附件1\n校園安全檢查辦法（試行）\n附件2\n檢查經費預算表\n");
  const auto findings = run_rule(*documented_rule("attachment-list", "attachment-title"), renamed);
  REQUIRE(spans(findings) == Strings{"12:1-12:8 檢查經費預算表"});
  CHECK(findings[0].message_en ==
        "The title of attachment 2 differs from \"检查情况统计表\" in the list");
}
