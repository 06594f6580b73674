// The residue kind, on lines of real drafts (the shared corpus) and on sentences of plans that
// use the same words. Most cases run the shipped core rules, since those are what drafts meet.
#include <catch2/catch.hpp>
#include <variant>

#include "planlint/config/rule_set.hpp"
#include "planlint/engine/check_document.hpp"
#include "planlint/input/load_document.hpp"
#include "planlint/parse/outline.hpp"
#include "support/golden.hpp"
#include "support/rule_testing.hpp"

using namespace planlint::testing;
using Strings = std::vector<std::string>;

namespace {

const planlint::RuleSet& core_rules() {
  static const planlint::RuleSetResult result =
      planlint::load_rule_set("core", {source_dir() / "rules"});
  REQUIRE(std::holds_alternative<planlint::RuleSet>(result));
  return std::get<planlint::RuleSet>(result);
}

// "line rule excerpt" for every residue finding of the core rules on `text`.
Strings residue(const std::string& text) {
  auto loaded = planlint::load_document_from_bytes("test.txt", text);
  REQUIRE(std::holds_alternative<std::unique_ptr<planlint::Document>>(loaded));
  const auto& document = *std::get<std::unique_ptr<planlint::Document>>(loaded);
  Strings found;
  for (const auto& finding :
       planlint::check_document(document, planlint::build_outline(document), core_rules().rules)) {
    if (finding.kind != "residue") continue;
    found.push_back(std::to_string(finding.start.line) + " " + finding.rule_id + " " +
                    finding.excerpt);
  }
  return found;
}

}  // namespace

TEST_CASE("residue: a government page's head, line by line", "[kind][residue]") {
  CHECK(
      residue(
          "信息报送 | 政务邮箱登陆 繁体版 ENGLISH\n"
          "\n"
          "首页 > 政务服务 > 文化教育 > 政策法规与解读\n"
          "昆山市2017年教育工作意见\n"
          "时间: 2017-02-10 14:40    来源:昆山市\n"
          "浏览次数:\n"
          "字号:[ ]\n"
          "视力保护色:\n"
          "  2017年,是落实“十三五”发展规划的关键之年。全市教育系统要全面贯彻落实党的十八大精神。\n"
          "  一、 以优先发展为目标,着力提升教育发展水平\n"
          "  1.推进教育协调发展。深入实施第二个学前教育五年行动计划。\n") ==
      Strings{"1 residue-navigation 信息报送 | 政务邮箱登陆 繁体版 ENGLISH",
              "3 residue-breadcrumb 首页 > 政务服务 > 文化教育 > 政策法规与解读",
              "5 residue-page-metadata 时间: 2017-02-10 14:40    来源:昆山市",
              "6 residue-page-metadata 浏览次数:", "7 residue-page-metadata 字号:[ ]",
              "8 residue-page-metadata 视力保护色:"});
  CHECK(
      residue("您现在的位置: 首页 > 公开 > 公开信息内容\n"
              "罗庄区教育体育局2018年教育工作计划要点\n"
              "索引号: 8268167-11_B/2018-0702041 公开目录: 年度计划总结 发布日期: 2018年07月02日\n"
              "主题词: 发布机构: 教体局 文    号:\n"
              "罗教体字〔2018〕1号\n"
              "罗庄区教育体育局\n"
              "2018年1月22日\n"
              "一、加快推进各类教育,促进均衡发展\n") ==
      Strings{"1 residue-breadcrumb 您现在的位置: 首页 > 公开 > 公开信息内容",
              "3 residue-page-metadata 索引号: 8268167-11_B/2018-0702041 公开目录: 年度计划总结 "
              "发布日期: 2018年07月02日",
              "4 residue-page-metadata 主题词: 发布机构: 教体局 文    号:"});
}

TEST_CASE("residue: a template site's head: buttons, titles, dates and intros", "[kind][residue]") {
  CHECK(
      residue(
          "搜索\n"
          "春季学校工作计划\n"
          "发布时间: 2023.02.01\n"
          "春季期学校工作计划模板2000字合集。\n"
          "工作计划就是将自己下阶段要做的工作写出来,什么样的工作计划才算详细?工作总结之家小编经过"
          "整理,为你编辑了春季期学校工作计划模板,有需要的朋友就来看看吧!\n"
          "春季期学校工作计划模板(篇1)\n"
          "一、指导思想\n") ==
      Strings{
          "1 residue-navigation 搜索", "3 residue-page-metadata 发布时间: 2023.02.01",
          "4 residue-collection-title 春季期学校工作计划模板2000字合集。",
          "5 residue-site-intro 工作计划就是将自己下阶段要做的工作写出来,什么样的工作计划才算详细?"
          "工作总结之家小编经过整理,为你编辑了春季期学校工作计划模板,有需要的朋友就来看看吧!",
          "5 residue-site-name 总结之家"});
  CHECK(residue("欢迎来到零思考方案网网站!\n"
                "小学工会工作计划1500字模板6篇\n"
                "2023-04-04\n"
                "学校工作计划及目标(精选5篇)\n"
                "正文复制\n"
                "×\n"
                "|   \n"
                "下面是关于学校学校工作计划4篇,仅供参考,欢迎大家阅读。\n"
                "学校学校工作计划 篇1\n"
                "一、指导思想:\n") ==
        Strings{"1 residue-site-intro 欢迎来到零思考方案网网站!", "1 residue-site-name 方案网",
                "2 residue-collection-title 小学工会工作计划1500字模板6篇",
                "3 residue-page-metadata 2023-04-04",
                "4 residue-collection-title 学校工作计划及目标(精选5篇)",
                "5 residue-navigation 正文复制", "6 residue-navigation ×", "7 residue-navigation |",
                "8 residue-site-intro 下面是关于学校学校工作计划4篇,仅供参考,欢迎大家阅读。"});
  // An intro naming the site with its address: three causes, each reported once.
  CHECK(residue("下面是一流范文网(www.xueke8.com/gongzuojihua/xuexiao/)整理的一篇创建学校安全工作"
                "计划。\n一、目标\n") ==
        Strings{
            "1 residue-site-intro 下面是一流范文网(www.xueke8.com/gongzuojihua/xuexiao/)整理的一篇"
            "创建学校安全工作计划。",
            "1 residue-site-name 范文网", "1 residue-url www.xueke8.com/gongzuojihua/xuexiao/"});
}

TEST_CASE("residue: hidden-text notices, at the edges, between sections and inside a paragraph",
          "[kind][residue]") {
  CHECK(residue("二、守住三条工作底线\n"
                "---此处隐藏2909字,下载后查看---\n"
                "(四)做好学习强国学习工作\n") ==
        Strings{"2 residue-hidden-text ---此处隐藏2909字,下载后查看---"});
  // Inside a paragraph only the notice is residue, with what sets it off.
  CHECK(residue("一、工作目标\n"
                "4、教学目标:教学成绩要有较大幅度的提高,"
                "各年级学科学期考试成绩力争超中心校平均分数线,在中心"
                "校处……此处隐藏27020个字……组要进一步制定细化本项目实施监督检查的措施.\n"
                "五、项目方案\n") == Strings{"2 residue-hidden-text ……此处隐藏27020个字……"});
  CHECK(
      residue("一、小学德育工\n"
              "……(新文秘网https://www.wm114.cn省略567字,正式会员可完整阅读)\n"
              "……(未完,全文共2506字,当前仅显示1593字,请阅读下面提示信息。\n"
              "收藏《小学一年级德育工作计划》)\n") ==
      Strings{"2 residue-hidden-text ……(新文秘网https://www.wm114.cn省略567字,正式会员可完整阅读)",
              "2 residue-site-name 文秘网", "2 residue-url https://www.wm114.cn",
              "3 residue-hidden-text ……(未完,全文共2506字,当前仅显示1593字,请阅读下面提示信息。",
              "4 residue-page-metadata 收藏《小学一年级德育工作计划》)"});
}

TEST_CASE("residue: in the middle of the body only strong evidence counts", "[kind][residue]") {
  CHECK(residue("一、组织领导\n"
                "时间: 2017-02-10 14:40    来源:昆山市\n"
                "小编特别推荐\n"
                "搜索\n"
                ":负责四年级的教室房屋、论文网学生安全。\n"
                "详见 http://www.example.com/plan.html 。\n"
                "二、工作措施\n"
                "1、定期开展安全检查。\n") ==
        Strings{"5 residue-site-name 论文网", "6 residue-url http://www.example.com/plan.html"});
  // After the last heading the page's tail begins.
  CHECK(residue("一、工作目标\n③加大学校基础设施建设投入。\n小编特别推荐\n小编特别推荐\n") ==
        Strings{"3 residue-site-intro 小编特别推荐", "4 residue-site-intro 小编特别推荐"});
}

TEST_CASE("residue: a sentence of the plan is never residue, at the edges either",
          "[kind][residue]") {
  const std::string look_alikes =
      "作者:刘建林\n"
      "要把来源于群众的意见认真梳理。\n"
      "作者要对稿件内容负责。\n"
      "做好文件打印和归档工作。\n"
      "关闭校园周边无证摊点。\n"
      "做好相关文章的宣传。\n"
      "鼓励学生担任校园小编,参与校报编辑。\n"
      "首页设计要简洁明了。\n"
      "引导学生阅读全文,把握文章主旨。\n"
      "联系邮箱:jyj@163.com\n"
      "活动时间:2024年3月12日\n"
      "正文字号:三号仿宋\n"
      "为大家提供优质的教育服务。\n"
      "以下是教务处整理的本学期工作要点:\n"
      "工作计划网上填报,实施方案网格化管理。\n"
      "罗教体字〔2018〕1号\n"
      "2018年1月22日\n";
  // As the head, as the tail, and as a text without headings.
  CHECK(residue(look_alikes + "一、总体要求\n做好各项工作。\n") == Strings{});
  CHECK(residue("一、总体要求\n做好各项工作。\n" + look_alikes) == Strings{});
  CHECK(residue(look_alikes) == Strings{});
}

TEST_CASE("residue: a related-article list, its heading and its titles", "[kind][residue]") {
  CHECK(residue("一、总体要求\n"
                "做好各项工作。\n"
                "本文地址:http://www.example.com/fanwen/2026.html 转载请保留,谢谢!\n"
                "相关文章\n"
                "1、教育局年度工作计划范文\n"
                "\n"
                "2、学校工作计划范文\n"
                "热门推荐\n"
                "教师个人工作计划\n"
                "CopyRight 示例网 2012-2024 All Rights Reserved\n") ==
        Strings{
            "3 residue-reprint 本文地址:http://www.example.com/fanwen/2026.html 转载请保留,谢谢!",
            "3 residue-url http://www.example.com/fanwen/2026.html", "4 residue-related 相关文章",
            "5 residue-related 1、教育局年度工作计划范文", "7 residue-related 2、学校工作计划范文",
            "8 residue-related 热门推荐", "9 residue-related 教师个人工作计划",
            "10 residue-copyright CopyRight 示例网 2012-2024 All Rights Reserved"});
}

TEST_CASE("residue: Traditional, full-width and CRLF lines are found and shown as written",
          "[kind][residue]") {
  const auto rule = documented_rule("residue", "residue-page-metadata");
  CHECK(spans(run_rule(*rule,
                       "落實“十四五”規劃\n發布時間:2022-09-01 15:57:23 來源:陜西教育新聞網\n")) ==
        Strings{"2:1-2:36 發布時間:2022-09-01 15:57:23 來源:陜西教育新聞網"});
  CHECK(spans(run_rule(*rule, "　ＣＯＰＹ\r\n　瀏覽次數：１２３\r\n")) ==
        Strings{"2:2-2:10 瀏覽次數：１２３"});
  CHECK(
      residue(
          "最新小學(xué)德育工作計劃春季(3篇)\r\n字號:\r\n    小學(xué)德育工作計劃春季篇一\r\n") ==
      Strings{"1 residue-collection-title 最新小學(xué)德育工作計劃春季(3篇)",
              "2 residue-page-metadata 字號:"});
}

TEST_CASE("residue: the rules of the documentation page build and keep their examples",
          "[kind][residue]") {
  const Strings ids = documented_rule_ids("residue");
  CHECK(ids == Strings{"residue-page-metadata", "residue-hidden-text", "residue-related"});
  for (const auto& id : ids) CHECK(documented_rule("residue", id) != nullptr);
}

TEST_CASE("residue: stand, where and shape decide, not the mark alone", "[kind][residue]") {
  const auto rule = [](const std::string& fields) {
    return rule_from_yaml("{id: t, kind: residue, severity: info, message: '{match}', " + fields +
                          "}");
  };
  const std::string page = "打印\n标题\n一、要求\n打印文件\n二、措施\n标签:计划\n";
  CHECK(spans(run_rule(*rule("cues: [打印, '标签:']"), page)) ==
        Strings{"1:1-1:3 打印", "6:1-6:6 标签:计划"});
  CHECK(spans(run_rule(*rule("cues: [打印, '标签:'], where: anywhere"), page)) ==
        Strings{"1:1-1:3 打印", "4:1-4:5 打印文件", "6:1-6:6 标签:计划"});
  CHECK(spans(run_rule(*rule("cues: [打印, '标签:'], where: head"), page)) ==
        Strings{"1:1-1:3 打印"});
  CHECK(spans(run_rule(*rule("cues: [打印, '标签:'], where: tail"), page)) ==
        Strings{"6:1-6:6 标签:计划"});
  CHECK(spans(run_rule(*rule("cues: [打印], stand: whole, where: anywhere"), page)) ==
        Strings{"1:1-1:3 打印"});
  CHECK(spans(run_rule(*rule("cues: [计划], stand: start"), "计划\n【计划】\n工作计划\n")) ==
        Strings{"1:1-1:3 计划", "2:1-2:5 【计划】"});
  // Too long or a sentence: no residue at the edges; under `where: anywhere` the mark alone.
  CHECK(run_rule(*rule("cues: [小编], max_length: 4"), "小编推荐的文章\n").empty());
  CHECK(run_rule(*rule("cues: [小编], sentences: false"), "小编推荐,欢迎阅读,谢谢\n").empty());
  CHECK(spans(run_rule(*rule("cues: [小编], sentences: false"), "小编推荐。\n")) ==
        Strings{"1:1-1:6 小编推荐。"});
  CHECK(spans(run_rule(*rule("cues: [隐藏], max_length: 4, where: anywhere"),
                       "正文……隐藏……正文\n")) == Strings{"1:3-1:9 ……隐藏……"});
  CHECK(spans(run_rule(
            *rule("patterns: ['(?:^|[^@])(example\\.com)'], where: anywhere, max_length: 0"),
            "见example.com,或a@example.com\n")) == Strings{"1:2-1:13 example.com"});
}

TEST_CASE("residue: a rule without marks or with an unknown field value is refused",
          "[kind][residue]") {
  CHECK(rule_errors("{id: empty, kind: residue, severity: info, message: x}") ==
        Strings{"test.yaml:1:1: a residue rule needs the marks of a residue line: `cues:` (texts) "
                "or `patterns:` (regular expressions)"});
  const auto errors =
      rule_errors("{id: bad, kind: residue, severity: info, message: x, cues: [a], where: body}");
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0], Catch::Contains("where"));
}

TEST_CASE("residue: a large draft, read through the engine's prefilter, gives the same lines",
          "[kind][residue]") {
  // Past 256 KB the engine gives each rule with triggers only its candidate lines.
  std::string draft = "发布时间: 2023.02.01\n一、工作目标\n";
  std::string body;
  for (int section = 0; section < 3000; ++section) {
    body += "1、加强队伍建设。做好相关文章的宣传，来源于群众的意见要认真梳理。\n";
  }
  draft += body + "---此处隐藏2909字,下载后查看---\n" + body +
           "2、完善制度。\n相关文章\n学校德育工作计划\n";
  REQUIRE(draft.size() > 512 * 1024);
  CHECK(residue(draft) == Strings{"1 residue-page-metadata 发布时间: 2023.02.01",
                                  "3003 residue-hidden-text ---此处隐藏2909字,下载后查看---",
                                  "6005 residue-related 相关文章",
                                  "6006 residue-related 学校德育工作计划"});
}

TEST_CASE("residue: only rules that read the body give the engine triggers", "[kind][residue]") {
  const auto rule = [](const std::string& fields) {
    return rule_from_yaml(
        "{id: t, kind: residue, severity: info, message: '{match}', cues: [甲], " + fields + "}");
  };
  CHECK(rule("where: anywhere")->triggers() == Strings{"甲"});
  CHECK(rule("where: edges")->triggers().empty());
  CHECK(rule("where: anywhere, list_follows: true")->triggers().empty());
}

TEST_CASE("residue: the fields, counters and stamps a page's head carries, in their variants",
          "[kind][residue]") {
  // Lines of real pages (tests/corpus): a law site's fields run label and value together, a
  // portal leaves labels empty, an unfilled counter shows as `?`.
  CHECK(residue("发文机关中共安徽省交通运输厅党组\n"
                "发文日期2021年12月21日\n"
                "时效性现行有效\n"
                "  • 来源:\n"
                "  • 发布:湖州卫生健康委\n"
                "时间: 02-28\n"
                "2024-03-05 16:59:17 34\n"
                "    2024年04月06日 16:40\n"
                "发布日期:2024-01-27 16:23 信息来源:生态环境部 访问量:? 字体 :[ 大 ][ 中 ][ 小 ]\n"
                "166人看過\n"
                "   来源:荟萃咖    阅读: 1.32W 次\n"
                "【正文】\n"
                "image.png\n"
                "English简体預設字體大小較大的字體最大的字體\n"
                "一、总体要求\n"
                "做好各项工作。\n") ==
        Strings{"1 residue-page-metadata 发文机关中共安徽省交通运输厅党组",
                "2 residue-page-metadata 发文日期2021年12月21日",
                "3 residue-page-metadata 时效性现行有效",
                "4 residue-page-metadata • 来源:", "5 residue-page-metadata • 发布:湖州卫生健康委",
                "6 residue-page-metadata 时间: 02-28",
                "7 residue-page-metadata 2024-03-05 16:59:17 34",
                "8 residue-page-metadata 2024年04月06日 16:40",
                "9 residue-page-metadata 发布日期:2024-01-27 16:23 信息来源:生态环境部 访问量:? "
                "字体 :[ 大 ][ 中 ][ 小 ]",
                "10 residue-page-metadata 166人看過",
                "11 residue-page-metadata 来源:荟萃咖    阅读: 1.32W 次",
                "12 residue-page-metadata 【正文】", "13 residue-page-metadata image.png",
                "14 residue-page-metadata English简体預設字體大小較大的字體最大的字體"});
}

TEST_CASE("residue: a document-sharing site's badges, page images and paywall", "[kind][residue]") {
  CHECK(
      residue("VIP专免\n"
              "2024-06-16 999+ 15.62KB 14 页 海报\n"
              "侵权投诉\n"
              "- 0\n"
              "- 约4.4千字\n"
              "- 约 9页\n"
              "- 2026-02-27 发布于四川\n"
              "- 举报\n"
              "6 views\n"
              "Upload: others\n"
              "TRANSCRIPT\n"
              "增强社区居民互动的途径计划_第1页\n"
              "已阅读5页,还剩5页未读 继续免费阅读\n"
              "温馨提示:VIP用户可免费下载全站内容\n"
              "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领\n"
              "一、总体要求\n"
              "做好各项工作。\n") ==
      Strings{
          "1 residue-doc-badge VIP专免", "2 residue-doc-badge 2024-06-16 999+ 15.62KB 14 页 海报",
          "3 residue-doc-badge 侵权投诉", "4 residue-doc-badge - 0",
          "5 residue-doc-badge - 约4.4千字", "6 residue-doc-badge - 约 9页",
          "7 residue-doc-badge - 2026-02-27 发布于四川", "8 residue-doc-badge - 举报",
          "9 residue-doc-badge 6 views", "10 residue-doc-badge Upload: others",
          "11 residue-doc-badge TRANSCRIPT",
          "12 residue-hidden-text 增强社区居民互动的途径计划_第1页",
          "13 residue-hidden-text 已阅读5页,还剩5页未读 继续免费阅读",
          "14 residue-hidden-text 温馨提示:VIP用户可免费下载全站内容",
          "15 residue-doc-notice "
          "版权说明:本文档由用户提供并上传,收益归属内容提供方,若内容存在侵权,请进行举报或认领"});
}

TEST_CASE("residue: breadcrumbs without a label, menus and widgets", "[kind][residue]") {
  CHECK(residue(">政务频道 >政务公开 >本局文件\n"
                "您当前的位置 > 首页 > 政务公开\n"
                "收藏本站| 设为首页| 首页\n"
                "下载地址: 点击此处下载\n"
                "簡體版 英文版 寄給朋友 政府新聞網\n"
                "跳到主要內容\n"
                "朗读\n"
                "用手机扫描二维码 在手机上继续观看\n"
                "《卫生服务站个人工作计划【热门七篇】》\n"
                "一、总体要求\n"
                "做好各项工作。\n") ==
        Strings{"1 residue-breadcrumb >政务频道 >政务公开 >本局文件",
                "2 residue-breadcrumb 您当前的位置 > 首页 > 政务公开",
                "3 residue-navigation 收藏本站| 设为首页| 首页",
                "4 residue-page-metadata 下载地址: 点击此处下载",
                "5 residue-navigation 簡體版 英文版 寄給朋友 政府新聞網",
                "6 residue-navigation 跳到主要內容", "7 residue-navigation 朗读",
                "8 residue-site-intro 用手机扫描二维码 在手机上继续观看",
                "9 residue-collection-title 《卫生服务站个人工作计划【热门七篇】》"});
}

TEST_CASE("residue: a plan's own dates, sources, counts and part headings stay",
          "[kind][residue]") {
  const std::string look_alikes =
      "街道市民文化节工作计划范文第1篇\n"
      "本方案自发布之日起施行,发布时间:2024年3月1日。\n"
      "数据来源:市统计局年度公报,经核实。\n"
      "2024年4月6日\n"
      "全年共有1200人浏览了学校公众号推送。\n"
      "1\n"
      "附件1:实施细则.docx\n"
      "作者:刘建林\n";
  CHECK(residue(look_alikes + "一、总体要求\n做好各项工作。\n") == Strings{});
  CHECK(residue("一、总体要求\n做好各项工作。\n" + look_alikes) == Strings{});
}

TEST_CASE("residue: a menu or keyword list counts as a run of one-word lines", "[kind][residue]") {
  // Lines of real pages: a portal's menu, a doc site's keywords, one a line.
  CHECK(residue("施政報告\n施政綱領\n重點\n網上廣播\n一、总体要求\n做好各项工作。\n") ==
        Strings{"1 residue-menu 施政報告", "2 residue-menu 施政綱領", "3 residue-menu 重點",
                "4 residue-menu 網上廣播"});
  // Two such lines are a title and its issuer, and a run broken by a date is a cover page.
  CHECK(residue("学校工作计划\n教务处\n一、总体要求\n做好各项工作。\n") == Strings{});
  CHECK(residue("某某小学\n工作计划\n2024年3月\n教务处\n一、总体要求\n做好各项工作。\n") ==
        Strings{});
  const auto run_of = [](const std::string& run) {
    return rule_from_yaml(
        "{id: t, kind: residue, severity: info, message: '{match}', "
        "patterns: ['^\\p{Han}+$'], where: anywhere, run: " +
        run + "}");
  };
  CHECK(spans(run_rule(*run_of("2"), "学校\n农村\n计划。\n教师\n")) ==
        Strings{"1:1-1:3 学校", "2:1-2:3 农村"});
  CHECK(spans(run_rule(*run_of("1"), "学校\n农村\n计划。\n教师\n")) ==
        Strings{"1:1-1:3 学校", "2:1-2:3 农村", "4:1-4:3 教师"});
}

TEST_CASE("residue: a document site's upload notice counts inside the body too",
          "[kind][residue]") {
  // The notes are numbered, so they may read as headings; a plan never speaks of its upload.
  CHECK(residue("生态环境局分局2023上半年工作总结和下半年工作计划.docx\n"
                "大气网讯:日前,大气网获悉,该方案印发。全文如下:\n"
                "一、总体要求\n"
                "做好各项工作。\n"
                "二、文档须知\n"
                "3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载。\n"
                "网站客服:3074922707\n"
                "三、保障措施\n"
                "开通政务服务网站客服热线。\n"
                "附件:实施细则.docx\n") ==
        Strings{"1 residue-doc-badge 生态环境局分局2023上半年工作总结和下半年工作计划.docx",
                "2 residue-site-intro 大气网讯:日前,大气网获悉,该方案印发。全文如下:",
                "6 residue-doc-notice "
                "3. 下载前请仔细阅读文档内容,确认文档内容符合您的需求后进行下载。",
                "7 residue-doc-notice 网站客服:3074922707"});
}
