#include <algorithm>
#include <catch2/catch.hpp>

#include "support/rule_testing.hpp"

using namespace planlint::testing;
using Strings = std::vector<std::string>;

namespace {

std::string placeholder_rule(const std::string& fields) {
  return "id: test-placeholder\nkind: placeholder\nseverity: error\nmessage: 占位符“{match}”\n" +
         fields;
}

}  // namespace

TEST_CASE("placeholder: the documented rules load, their examples included",
          "[kind][placeholder]") {
  const Strings ids = documented_rule_ids("placeholder");
  CHECK(ids == Strings{"placeholder-letters", "placeholder-stars", "placeholder-blanks",
                       "placeholder-words"});
  for (const auto& id : ids) CHECK(documented_rule("placeholder", id) != nullptr);
}

TEST_CASE("placeholder-letters: runs and lone letters, each slot exactly", "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-letters");
  SECTION("runs of x and ×") {
    const auto findings =
        run_rule(*rule, "XX市计划于xxxx年投入XX亿元，覆盖率达到xx%，××学校参与。");
    CHECK(spans(findings) ==
          Strings{"1:1-1:3 XX", "1:7-1:11 xxxx", "1:14-1:16 XX", "1:24-1:26 xx", "1:28-1:30 ××"});
    CHECK(findings[0].message == "未填写的占位符“XX”，请填入实际内容");
    CHECK(findings[0].rule_id == "placeholder-letters");
  }
  SECTION("a lone x beside a Hanzi, without the Hanzi") {
    CHECK(spans(run_rule(*rule, "为x建设\n第X次会议\n共X名教师")) ==
          Strings{"1:2-1:3 x", "2:2-2:3 X", "3:2-3:3 X"});
  }
  SECTION("a match's context can hold the next slot") {
    CHECK(spans(run_rule(*rule, "x大学x校区")) == Strings{"1:1-1:2 x", "1:4-1:5 x"});
    CHECK(spans(run_rule(*rule, "xx、xx")) == Strings{"1:1-1:3 xx", "1:4-1:6 xx"});
    CHECK(spans(run_rule(*rule, "2025年X月X日")) == Strings{"1:6-1:7 X", "1:8-1:9 X"});
  }
  SECTION("a year left open, whose digits are named in the pattern") {
    CHECK(spans(run_rule(*rule, "20XX年工作计划")) == Strings{"1:3-1:5 XX"});
    CHECK(spans(run_rule(*rule, "20XX-20XX学年")) == Strings{"1:3-1:5 XX", "1:8-1:10 XX"});
    CHECK(spans(run_rule(*rule, "201X年")) == Strings{"1:4-1:5 X"});
  }
  SECTION("only the x of x教育e平台") {
    CHECK(spans(run_rule(*rule, "依托x教育e平台开展培训")) == Strings{"1:3-1:4 x"});
  }
}

TEST_CASE("placeholder-letters: × in a date or an ordinal, not in a product",
          "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-letters");
  SECTION("a year left as ××, its digits beside it") {
    CHECK(spans(run_rule(
              *rule, "20××年,全区教育工作的总体思路是:以习近平新时代中国特色社会主义思想为指导")) ==
          Strings{"1:3-1:5 ××"});
  }
  SECTION("a lone × where a month, a day or an ordinal goes") {
    CHECK(spans(run_rule(*rule, "定于×月×日召开第×次全体会议")) ==
          Strings{"1:3-1:4 ×", "1:5-1:6 ×", "1:10-1:11 ×"});
    CHECK(spans(run_rule(*rule, "2023年×月上旬完成")) == Strings{"1:6-1:7 ×"});
  }
  SECTION("a lone × between other Hanzi or digits multiplies") {
    CHECK(run_rule(*rule, "补助标准×人数，教室面积为长×宽，即8×6米").empty());
  }
}

TEST_CASE("placeholder-letters: a lone x in quotes, not a cross to mark", "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-letters");
  CHECK(spans(run_rule(*rule, "(“x”是实施党员干部综合提升工程项目;“x”是抓好七个农业项目;")) ==
        Strings{"1:3-1:4 x", "1:22-1:23 x"});
  CHECK(run_rule(*rule, "正确的打“√”,错误的打“×”\n在方框内画“x”").empty());
}

TEST_CASE("placeholder-letters: axis names are no slots", "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-letters");
  CHECK(run_rule(*rule, "（三）、推荐模型的朝向为Z正轴，上方为Y正轴，右方为X正轴").empty());
  CHECK(spans(run_rule(*rule, "X市正轴承厂")) == Strings{"1:1-1:2 X"});
}

TEST_CASE("placeholder-stars: starred digits and names", "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-stars");
  SECTION("a year whose last digit is a star, reported whole") {
    CHECK(spans(run_rule(*rule, "一、201*年工作情況")) == Strings{"1:3-1:7 201*"});
    CHECK(spans(run_rule(*rule,
                         "被評為“201*年度xx省校車安全管理工作優秀單位”“201*年全省中小學"
                         "教師教育宣傳工作先進單位”")) ==
          Strings{"1:5-1:9 201*", "1:28-1:32 201*"});
    CHECK(spans(run_rule(*rule, "20**-20**学年度第一学期")) ==
          Strings{"1:1-1:5 20**", "1:6-1:10 20**"});
  }
  SECTION("a run of stars before a Hanzi or after a colon") {
    CHECK(spans(run_rule(*rule, "会议在**学校召开")) == Strings{"1:4-1:6 **"});
    CHECK(spans(run_rule(*rule, "联系人：***，电话：")) == Strings{"1:5-1:8 ***"});
  }
}

TEST_CASE("placeholder-stars: a lone star where a figure belongs", "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-stars");
  SECTION("before a unit or a measure word") {
    CHECK(spans(run_rule(*rule, "中心城区有效监测天数*天,优*天,良*天")) ==
          Strings{"1:11-1:12 *", "1:15-1:16 *", "1:19-1:20 *"});
    CHECK(spans(run_rule(*rule, "在全市*个市直单位(部门)、*个驻腾单位")) ==
          Strings{"1:4-1:5 *", "1:15-1:16 *"});
    CHECK(spans(run_rule(*rule, "水质达标率均为*%。")) == Strings{"1:8-1:9 *"});
  }
  SECTION("a decimal left open is one slot") {
    CHECK(spans(run_rule(
              *rule, "整改完成率为*.*%。四是强化生态环境执法。截至目前,立案*件,处罚金额*.*万元")) ==
          Strings{"1:7-1:10 *.*", "1:30-1:31 *", "1:37-1:40 *.*"});
    CHECK(spans(run_rule(*rule, "增长12.*%")) == Strings{"1:6-1:7 *"});
  }
  SECTION("after 第") {
    CHECK(spans(run_rule(*rule, "召开第*次会议")) == Strings{"1:4-1:5 *"});
  }
  SECTION("a star standing for a name is left to the reader") {
    CHECK(run_rule(*rule, "以*国家级自然保护区及其周边为重点").empty());
  }
  SECTION("a required field, a note after a figure and a product are no slots") {
    CHECK(run_rule(*rule, "*个人简介\n姓名 *联系电话\n课题*项目负责人").empty());
    CHECK(run_rule(*rule, "面积3*4米\n**3个**重点").empty());
  }
}

TEST_CASE("placeholder-stars: emphasis, footnotes and single stars are no slots",
          "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-stars");
  CHECK(run_rule(*rule, "**加强党的建设**，全面落实从严治党主体责任").empty());
  CHECK(run_rule(*rule, "1.***深化课程改革***").empty());
  CHECK(run_rule(*rule, "注*：数据截至2023年底\n*注：不含民办学校\n合计3.5万人*").empty());
  CHECK(run_rule(*rule, "一年来,*区教育系统积极创建全国义务教育优质均衡发展区").empty());
  CHECK(run_rule(*rule, "***\n相关系数0.62**").empty());
  CHECK(run_rule(*rule, "2019*年报数据").empty());
  CHECK(run_rule(*rule, "共201*人参加").empty());
}

TEST_CASE("placeholder-letters: Latin words, numbers and pinyin are no slots",
          "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-letters");
  CHECK(run_rule(*rule, "用Excel表格和XML文件统计x86服务器").empty());
  CHECK(run_rule(*rule, "解方程2x+1=7").empty());
  CHECK(run_rule(*rule, "狐狸fox与盒子box").empty());
  CHECK(run_rule(*rule, "尺码为XXL号").empty());
  CHECK(run_rule(*rule, "學習(xí)，繼續(xù)").empty());
  CHECK(run_rule(*rule, "教室长×宽为8×6米").empty());
}

TEST_CASE("placeholder-letters: allowed terms", "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-letters");
  CHECK(run_rule(*rule, "为卫生室配备X光机，开展X射线检查，采购X型展架").empty());
  CHECK(run_rule(*rule, "為衛生室配備Ｘ光機").empty());
  // The allowed term covers one x, not the run.
  CHECK(spans(run_rule(*rule, "XX光学仪器厂")) == Strings{"1:1-1:3 XX"});
}

TEST_CASE("placeholder-letters: Traditional and full-width text, reported as written",
          "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-letters");
  CHECK(spans(run_rule(*rule, "X市教育局局長")) == Strings{"1:1-1:2 X"});
  const auto findings = run_rule(*rule, "ＸＸ區教育局\n為Ｘ縣學校");
  CHECK(spans(findings) == Strings{"1:1-1:3 ＸＸ", "2:2-2:3 Ｘ"});
  CHECK(findings[0].message == "未填写的占位符“ＸＸ”，请填入实际内容");
}

TEST_CASE("placeholder: web and e-mail addresses are never slots", "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-letters");
  CHECK(run_rule(*rule, "详见http://www.xx.com/x.html或www.xxjy.gov.cn，邮箱xx@163.com。").empty());
  CHECK(run_rule(*rule, "网址（ＷＷＷ.ＸＸ.ＣＯＭ）").empty());
  // The address ends at the bracket, so a slot after it is still found.
  CHECK(spans(run_rule(*rule, "XX局网址：www.xxjy.gov.cn（XX）")) ==
        Strings{"1:1-1:3 XX", "1:23-1:25 XX"});
  // Addresses are looked for on the slots' lines: each line's own, whether or not the one
  // before ended in an address.
  CHECK(spans(run_rule(*rule,
                       "网址：www.xxjy.gov.cn\nXX学校网址：\nwww.xx.com\r\nxx@163.com\n为x建设")) ==
        Strings{"2:1-2:3 XX", "5:2-5:3 x"});
}

TEST_CASE("placeholder-blanks: lines, circles, boxes and empty brackets", "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-blanks");
  CHECK(spans(run_rule(*rule, "负责人：____，电话：0571-______")) ==
        Strings{"1:5-1:9 ____", "1:18-1:24 ______"});
  CHECK(spans(run_rule(*rule, "20__年__月__日")) ==
        Strings{"1:3-1:5 __", "1:6-1:8 __", "1:9-1:11 __"});
  CHECK(spans(run_rule(*rule, "截止＿＿＿前完成")) == Strings{"1:3-1:6 ＿＿＿"});
  CHECK(spans(run_rule(*rule, "请于（　　）日前上报，共（）人")) ==
        Strings{"1:3-1:7 （　　）", "1:13-1:15 （）"});
  CHECK(spans(run_rule(*rule, "○○同志\n□□学校，教发〔 〕号")) ==
        Strings{"1:1-1:3 ○○", "2:1-2:3 □□", "2:8-2:11 〔 〕"});
}

TEST_CASE("placeholder-blanks: zero written as 〇 or ○ and single marks are no blanks",
          "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-blanks");
  CHECK(run_rule(*rule, "二〇〇八年，二○○八年，二○二○年").empty());
  CHECK(spans(run_rule(*rule, "○○\r\n二○○八年\r\n○○")) == Strings{"1:1-1:3 ○○", "3:1-3:3 ○○"});
  CHECK(run_rule(*rule, "○ 加强师资队伍建设\n文件名为plan_2024\n（详见附件）").empty());
}

TEST_CASE("placeholder-blanks: empty square brackets are a check box, not a blank",
          "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-blanks");
  CHECK(run_rule(*rule, "字号:[ ]\n- [ ] 完成课程表\n［　］已阅").empty());
  CHECK(spans(run_rule(*rule, "发文字号：教发〔 〕号，签收【 】")) ==
        Strings{"1:8-1:11 〔 〕", "1:15-1:18 【 】"});
}

TEST_CASE("placeholder-words: stand-in words and bracketed slots", "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-words");
  CHECK(spans(run_rule(*rule, "某某学校、某某某同志")) ==
        Strings{"1:1-1:3 某某", "1:6-1:9 某某某"});
  CHECK(spans(run_rule(*rule, "申报单位：【单位名称】，联系人：<姓名>")) ==
        Strings{"1:6-1:12 【单位名称】", "1:17-1:21 <姓名>"});
  CHECK(spans(run_rule(*rule, "会议于【时间】在【地点】召开")) ==
        Strings{"1:4-1:8 【时间】", "1:9-1:13 【地点】"});
  CHECK(spans(run_rule(*rule, "完成时限（待定）\n经费[待补充]\n人数（待填）\n地点〔待确认〕")) ==
        Strings{"1:5-1:9 （待定）", "2:3-2:8 [待补充]", "3:3-3:7 （待填）", "4:3-4:8 〔待确认〕"});
  CHECK(spans(run_rule(*rule, "【请填写学校名称】")) == Strings{"1:1-1:10 【请填写学校名称】"});
  CHECK(spans(run_rule(*rule, "TODO：补充数据；经费TBD")) ==
        Strings{"1:1-1:5 TODO", "1:13-1:16 TBD"});
}

TEST_CASE("placeholder-words: full-width and Traditional slots", "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-words");
  CHECK(spans(run_rule(*rule, "時間（待定）\n［待補充］\nＴＯＤＯ")) ==
        Strings{"1:3-1:7 （待定）", "2:1-2:6 ［待補充］", "3:1-3:5 ＴＯＤＯ"});
  CHECK(spans(run_rule(*rule, "某某單位：【單位名稱】")) ==
        Strings{"1:1-1:3 某某", "1:6-1:12 【單位名稱】"});
}

TEST_CASE("placeholder-words: ordinary words and labels are no slots", "[kind][placeholder]") {
  const auto rule = documented_rule("placeholder", "placeholder-words");
  CHECK(run_rule(*rule, "某些学校已经完成，某校正在推进").empty());
  CHECK(run_rule(*rule, "【活动时间】3月12日\n（一）【活动地点】学校礼堂").empty());
  CHECK(run_rule(*rule, "时间待定，另行通知。附表（由各校填写）").empty());
  CHECK(run_rule(*rule, "用autodoc生成文档，todos清单，教发〔2024〕3号").empty());
}

TEST_CASE("placeholder: the first capture group that took part is the slot",
          "[kind][placeholder]") {
  const auto rule = rule_from_yaml(placeholder_rule("patterns: ['\\p{Han}(y)|(y)\\p{Han}']\n"));
  CHECK(spans(run_rule(*rule, "为y建设，y校区")) == Strings{"1:2-1:3 y", "1:6-1:7 y"});
  SECTION("without groups, the whole match") {
    const auto whole = rule_from_yaml(placeholder_rule("patterns: '待[补填]'\n"));
    CHECK(spans(run_rule(*whole, "经费待补，人数待填")) ==
          Strings{"1:3-1:5 待补", "1:8-1:10 待填"});
  }
}

TEST_CASE("placeholder: a pattern that can match nothing reports nothing and ends",
          "[kind][placeholder]") {
  const auto rule = rule_from_yaml(placeholder_rule("patterns: ['q*', '()市']\n"));
  CHECK(spans(run_rule(*rule, "市区q")) == Strings{"1:3-1:4 q"});
  CHECK(run_rule(*rule, "").empty());
}

TEST_CASE("placeholder: overlapping finds of one rule make one finding", "[kind][placeholder]") {
  const auto rule = rule_from_yaml(
      placeholder_rule("patterns: ['q{2,}', '(q)\\p{Han}', 'qq']\nlatin_boundary: false\n"));
  CHECK(spans(run_rule(*rule, "qqq市")) == Strings{"1:1-1:4 qqq"});
}

TEST_CASE("placeholder: latin_boundary", "[kind][placeholder]") {
  SECTION("on by default: Latin letters, digits and tone-marked vowels end a slot") {
    const auto rule = rule_from_yaml(placeholder_rule("patterns: 'x'\n"));
    CHECK(run_rule(*rule, "Excel x86 2x fox xí xù").empty());
    CHECK(spans(run_rule(*rule, "x 市")) == Strings{"1:1-1:2 x"});
  }
  SECTION("a neighbour the pattern names is context, not a Latin word") {
    const auto rule = rule_from_yaml(placeholder_rule("patterns: '[0-9](y)'\n"));
    CHECK(spans(run_rule(*rule, "3y年，3yz")) == Strings{"1:2-1:3 y"});
  }
  SECTION("off") {
    const auto rule = rule_from_yaml(placeholder_rule("patterns: 'x'\nlatin_boundary: false\n"));
    CHECK(spans(run_rule(*rule, "2x")) == Strings{"1:2-1:3 x"});
  }
}

TEST_CASE("placeholder: allow entries are folded like the view", "[kind][placeholder]") {
  const auto rule =
      rule_from_yaml(placeholder_rule("patterns: '(x)\\p{Han}'\nallow: [Ｘ射線, x光]\n"));
  CHECK(run_rule(*rule, "X射线，Ｘ光機").empty());
  CHECK(spans(run_rule(*rule, "X市")) == Strings{"1:1-1:2 X"});
}

TEST_CASE("placeholder: broken rules are refused with their position", "[kind][placeholder]") {
  SECTION("a pattern RE2 cannot compile") {
    const auto errors = rule_errors(placeholder_rule("patterns:\n  - 'x{2,}'\n  - '(x+'\n"));
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0],
               Catch::StartsWith("test.yaml:7:5: pattern “(x+” is not a valid regular expression"));
  }
  SECTION("a pattern in full-width form") {
    const auto errors = rule_errors(placeholder_rule("patterns: ['（待定）']\n"));
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0], Catch::StartsWith("test.yaml:5:12: pattern “（待定）” contains “（”"));
  }
  SECTION("an unknown key") {
    const auto errors = rule_errors(placeholder_rule("patterns: [x]\nallowed: [X光]\n"));
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0], Catch::StartsWith("test.yaml:6:1: unknown key `allowed`"));
  }
  SECTION("no patterns") {
    CHECK(rule_errors(placeholder_rule("allow: [X光]\n")) ==
          Strings{"test.yaml:1:1: a placeholder rule needs `patterns:` (regular expressions for "
                  "the slots)"});
  }
  SECTION("latin_boundary that is not true or false") {
    CHECK(rule_errors(placeholder_rule("patterns: [x]\nlatin_boundary: sometimes\n")) ==
          Strings{"test.yaml:6:17: `latin_boundary` must be true or false"});
  }
  SECTION("a message placeholder other than {match}") {
    const auto errors = rule_errors(
        "id: p\nkind: placeholder\nseverity: error\nmessage: 应为{expected}\n"
        "patterns: [x]\n");
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0], Catch::Contains("unknown placeholder {expected}"));
  }
}
