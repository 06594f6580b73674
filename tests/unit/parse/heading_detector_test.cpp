#include <catch2/catch.hpp>
#include <string>

#include "planlint/parse/heading_detector.hpp"
#include "planlint/text/normalize.hpp"

using planlint::Family;
using planlint::LineStart;

namespace {

struct Detected {
  LineStart start;
  std::string view;

  std::string part(std::size_t begin, std::size_t end) const {
    if (begin == LineStart::npos) return "";
    return view.substr(begin, end - begin);
  }
  std::string marker() const { return part(start.marker_begin, start.marker_end); }
  std::string title() const { return part(start.title_begin, start.title_end); }
  std::string separator() const { return part(start.separator_begin, start.separator_end); }
};

Detected detect(const std::string& original) {
  Detected detected{{}, planlint::normalize(original).view()};
  detected.start = planlint::detect_line_start(detected.view);
  return detected;
}

void check_heading(const std::string& line, Family family, std::int64_t value,
                   const std::string& title) {
  INFO(line);
  const Detected detected = detect(line);
  REQUIRE(detected.start.kind == LineStart::Kind::heading);
  CHECK(detected.start.family == family);
  CHECK(detected.start.value == value);
  CHECK_FALSE(detected.start.bare);
  CHECK(detected.title() == title);
}

void check_text(const std::string& line) {
  INFO(line);
  CHECK(detect(line).start.kind == LineStart::Kind::text);
}

}  // namespace

TEST_CASE("Chinese numeral headings with their separators", "[heading]") {
  check_heading("一、加强党的领导", Family::cn, 1, "加强党的领导");
  check_heading("  十二、促进教育资源共建共享。实现高速", Family::cn, 12, "促进教育资源共建共享");
  check_heading("\u3000\u3000三．加大教育保障水平", Family::cn, 3, "加大教育保障水平");
  check_heading("四.加强教师队伍建设", Family::cn, 4, "加强教师队伍建设");
  check_heading("二十一、总结：做好", Family::cn, 21, "总结");
  check_heading("一百零一、附则", Family::cn, 101, "附则");
  CHECK(detect("一、加强").separator() == "、");
}

TEST_CASE("Bracketed Chinese numerals, matched or mismatched", "[heading]") {
  for (const char* line : {"（一）指导思想", "(一)指导思想", "（一)指导思想", "(一）指导思想"}) {
    check_heading(line, Family::cn_paren, 1, "指导思想");
  }
  check_heading("（十）和谐共进开创新局面。推行", Family::cn_paren, 10, "和谐共进开创新局面");
  const Detected with_dunhao = detect("（三）、工作目标");
  CHECK(with_dunhao.start.family == Family::cn_paren);
  CHECK(with_dunhao.separator() == "、");
  CHECK(with_dunhao.start.open_bracket == 0);
}

TEST_CASE("Tortoise-shell brackets number like round ones", "[heading]") {
  // 106: 〔一〕“十四五〞工作思路和初步设想
  check_heading("〔一〕“十四五〞工作思路和初步设想", Family::cn_paren, 1,
                "“十四五〞工作思路和初步设想");
  const Detected detected = detect("〔二〕重点任务");
  CHECK(detected.part(detected.start.open_bracket, detected.start.open_bracket_end) == "〔");
  CHECK(detected.part(detected.start.close_bracket, detected.start.close_bracket_end) == "〕");
  check_text("〔2023〕5号文件精神");
}

TEST_CASE("A 、 spaced off its number is still the separator", "[heading]") {
  // 161, a PDF transcript: 5 、安全工作警钟长鸣。
  check_heading("5 、安全工作警钟长鸣。为了加强校园安全", Family::arabic, 5, "安全工作警钟长鸣");
  check_heading("二 、主要措施", Family::cn, 2, "主要措施");
  const Detected detected = detect("1 、“大学校”思想在我们头脑中依然存在");
  CHECK(detected.marker() == "1 、");
  CHECK(detected.separator() == "、");
  // A figure in a sentence keeps its point or comma: only the 、 is read so.
  check_text("5 .6万元用于设备");
  check_text("3 ,4年级学生");
}

TEST_CASE("A numbered breadcrumb trail is no heading", "[heading]") {
  check_text("1. 主页 > 知识大全 >");  // 159
  check_text("2. 首页 > 工作计划 > 学校工作计划");
  check_heading("3. 年级平均分>85分的目标", Family::arabic, 3, "年级平均分>85分的目标");
}

TEST_CASE("Arabic numeral headings", "[heading]") {
  check_heading("1.提升教育系统党建质量。巩固", Family::arabic, 1, "提升教育系统党建质量");
  check_heading("1．提升质量", Family::arabic, 1, "提升质量");
  check_heading("2、完善民办学校", Family::arabic, 2, "完善民办学校");
  check_heading("10. 引导规范民办教育发展。加强", Family::arabic, 10, "引导规范民办教育发展");
  check_heading("１６．维护校园安全", Family::arabic, 16, "维护校园安全");
  check_heading("（1）加强管理", Family::arabic_paren, 1, "加强管理");
  check_heading("(12)加强管理；其次", Family::arabic_paren, 12, "加强管理");
  check_heading("①加强管理", Family::circled, 1, "加强管理");
  check_heading("⑳ 加强管理", Family::circled, 20, "加强管理");
}

TEST_CASE("Decimal markers number sub-sections by their last number", "[heading]") {
  struct Case {
    const char* line;
    std::int64_t value;
    std::uint64_t prefix;
    int depth;
    const char* title;
  };
  // tests/corpus 181 and 172: spaced or glued, two or three numbers, a Latin title too (the
  // view the detector reads is case-folded).
  for (const Case& decimal :
       {Case{"1.1 目的", 1, 1, 1, "目的"}, Case{"1.3编制依据", 3, 1, 1, "编制依据"},
        Case{"3.1.2 卡斯柯安全平台配置生成工具V1.0", 2, 3001, 2, "卡斯柯安全平台配置生成工具v1.0"},
        Case{"1.1 CB125-KA-VCU200（安全功能样机）", 1, 1, 1, "cb125-ka-vcu200(安全功能样机)"},
        // a measure word after a space is the title's first word
        Case{"7.1 个人期望重点发展方向", 1, 7, 1, "个人期望重点发展方向"},
        Case{"２．１０、加强管理", 10, 2, 1, "加强管理"}}) {
    INFO(decimal.line);
    const Detected detected = detect(decimal.line);
    REQUIRE(detected.start.kind == LineStart::Kind::heading);
    CHECK(detected.start.family == Family::arabic);
    CHECK(detected.start.value == decimal.value);
    CHECK(detected.start.decimal_prefix == decimal.prefix);
    CHECK(detected.start.decimal_depth == decimal.depth);
    CHECK(detected.title() == decimal.title);
  }
  CHECK(detect("1.1 目的").start.separator_begin == LineStart::npos);
  CHECK(detect("１．１０、加强管理").separator() == "、");
  // Ordinary markers have no decimal prefix.
  CHECK(detect("1.提升质量").start.decimal_depth == 0);
  // Figures: a measure word glued to the number, a percentage, a year with its month.
  for (const char* line :
       {"1.5亿元用于", "2.5万人参加", "3.5%的学校", "2024.3.1起施行", "1.2.3.4.5 版本"}) {
    check_text(line);
  }
}

TEST_CASE("Chapter, section, article and part markers", "[heading]") {
  check_heading("第一章 总则", Family::chapter, 1, "总则");
  check_heading("第三节　课程建设", Family::section, 3, "课程建设");
  check_heading("第五条 本办法自发布之日起施行。", Family::article, 5, "本办法自发布之日起施行");
  check_heading("第二部分：重点任务", Family::part, 2, "重点任务");
  // The detector reads the normalized view, where 附則 is 附则.
  check_heading("第十二章 附則", Family::chapter, 12, "附则");
}

TEST_CASE("A number closed by a bracket that never opened", "[heading]") {
  check_heading("1）加强组织领导", Family::arabic_half_paren, 1, "加强组织领导");
  check_heading("12) 落实责任", Family::arabic_half_paren, 12, "落实责任");
  check_heading("（3）完善制度", Family::arabic_paren, 3, "完善制度");
}

TEST_CASE("Bundled documents and attachments", "[heading]") {
  const Detected piece = detect("篇一:2024年教育局工作計劃");
  CHECK(piece.start.kind == LineStart::Kind::piece);
  CHECK(piece.start.value == 1);
  CHECK(detect("篇二").start.kind == LineStart::Kind::piece);
  CHECK(detect("第三篇 工作要点").start.kind == LineStart::Kind::piece);
  CHECK(detect("附件").start.kind == LineStart::Kind::attachment);
  CHECK(detect("附件2：").start.kind == LineStart::Kind::attachment);
  CHECK(detect("附件一").start.kind == LineStart::Kind::attachment);
  // The attachment list at the end of a notice's body is not an attachment.
  check_text("附件：1.关于做好2024年工作的实施办法");
  check_text("篇章结构合理");
}

TEST_CASE("An item of a table flattened to text, after the row's year", "[heading]") {
  const Detected row =
      detect("1996 1. 在 1996 年向幼稚園和幼兒中心發出合訂的課程指引。 我們已在 1996 年 9 月");
  REQUIRE(row.start.kind == LineStart::Kind::heading);
  CHECK(row.start.in_table_row);
  CHECK(row.start.family == Family::arabic);
  CHECK(row.start.value == 1);
  CHECK(row.marker() == "1.");
  CHECK(row.start.marker_begin == 5);
  CHECK(row.title() == "在 1996 年向幼稚园和幼儿中心发出合订的课程指引");
  CHECK(detect("2024年\t（二）完善制度").start.value == 2);
  CHECK_FALSE(detect("1.加强管理").start.in_table_row);
  // After a year, data stays data, and a number without its separator is no item.
  for (const char* line : {"1996 年向幼稚园发出课程指引", "2019 3.5%的学校", "2024 4推动改革",
                           "2023 1、2年级", "1996 1 130 名教师", "3000 1. 加强"}) {
    check_text(line);
  }
}

TEST_CASE("Part markers where template sites put them", "[heading]") {
  struct Case {
    const char* line;
    std::int64_t value;
    const char* title;
  };
  // At the end of a title, spaced, glued or bracketed; the title is the part's name.
  for (const Case& part :
       {Case{"学校工作计划 篇1", 1, "学校工作计划 篇1"},
        Case{"    小學(xué)德育工作計劃春季篇一", 1, "小学德育工作计划春季篇一"},
        Case{"小组合作的工作计划篇一", 1, "小组合作的工作计划篇一"},
        Case{"春季期学校工作计划模板(篇1)", 1, "春季期学校工作计划模板(篇1)"},
        Case{"小学工会工作计划 【篇1】", 1, "小学工会工作计划 【篇1】"},
        Case{"学校工作计划（篇二）：", 2, "学校工作计划(篇二):"},
        // tests/corpus 129, 175: 第N篇 after the title, bracketed or not
        Case{"街道市民文化节工作计划范文第1篇", 1, "街道市民文化节工作计划范文第1篇"},
        Case{"小学学籍管理制度范文【第二篇】", 2, "小学学籍管理制度范文【第二篇】"},
        // tests/corpus 119, 177, 116: a title numbered right after its type word
        Case{"社区的工作计划1", 1, "社区的工作计划1"}, Case{"學生管理制度1", 1, "学生管理制度1"},
        Case{"镇目标工作计划（一）", 1, "镇目标工作计划(一)"},
        // Glued to the first paragraph: the title ends with the marker.
        Case{"学校工作计划 篇1为贯彻《中共中央国务院关于加强科学技术普及工作的"
             "若干意见》",
             1, "学校工作计划 篇1"}}) {
    INFO(part.line);
    const Detected detected = detect(part.line);
    REQUIRE(detected.start.kind == LineStart::Kind::piece);
    CHECK(detected.start.after_title);
    CHECK(detected.start.value == part.value);
    CHECK(detected.title() == part.title);
  }
  // At the start of the line, bracketed too: a part whatever its number.
  for (const char* line : {"【篇1】", "(篇3)", "（篇一）学校工作计划", "第一篇"}) {
    INFO(line);
    const Detected detected = detect(line);
    CHECK(detected.start.kind == LineStart::Kind::piece);
    CHECK_FALSE(detected.start.after_title);
  }
  CHECK(detect("小学工会工作计划 【篇1】").marker() == "【篇1】");
  // A marked heading keeps its line.
  check_heading("二、学校工作计划 篇2", Family::cn, 2, "学校工作计划 篇2");
}

TEST_CASE("A count of documents is a collection's title, not a part", "[heading]") {
  for (const char* line :
       {"【精品】学校工作计划范文汇编8篇", "学校工作计划及目标(精选5篇)",
        "农村小学学校工作计划(15篇)", "小学工会工作计划1500字模板6篇", "學校建設工作計劃范文八篇",
        "学校工作计划10篇", "下面是小编整理的学校工作计划8篇,仅供参考",
        "整理的一篇创建学校安全工作计划。",
        // a count followed by the page's date (tests/corpus 159)
        "小学年度教育工会工作总结优秀13篇1-10-49", "学校安全工作计划范文八篇一",
        // 篇 and a numeral that run on into a word
        "这篇一定要认真写好", "本文共分三篇一是总结二是计划",
        // an ordinal 篇 running on into the paragraph is a sentence's word
        "我们认真学习了第一篇文章",
        // a number after a type word inside a sentence, or with a word between
        "完成工作计划1项。", "工作计划的第1", "学校工作计划 2024年",
        // a long sentence is no title
        "本学期我们将按照上级要求认真完成各项工作并结合学校实际情况制定本计划"
        "以便进一步提高教育教学质量篇一"}) {
    check_text(line);
  }
}

TEST_CASE("A Chinese numeral that lost its separator is a bare candidate", "[heading]") {
  struct Case {
    const char* line;
    std::int64_t value;
    const char* title;
  };
  for (const Case& bare :
       {Case{"二積極參加社會實踐提高師德修養。", 2, "积极参加社会实践提高师德修养"},
        Case{"一提高政治站位,明确目标任务,", 1, "提高政治站位,明确目标任务,"},
        Case{"一守牢红色根脉,在党对教育工作的领导上有新加强", 1,
             "守牢红色根脉,在党对教育工作的领导上有新加强"},
        Case{"一201*年工作情況", 1, "201*年工作情况"},
        Case{"一xx镇教育发展现状", 1, "xx镇教育发展现状"},
        Case{"十二“双减”工作", 12, "“双减”工作"}}) {
    INFO(bare.line);
    const Detected detected = detect(bare.line);
    REQUIRE(detected.start.kind == LineStart::Kind::heading);
    CHECK(detected.start.family == Family::cn);
    CHECK(detected.start.bare);
    CHECK(detected.start.value == bare.value);
    CHECK(detected.title() == bare.title);
  }
  // Words and numbers that begin with a numeral are ordinary text.
  for (const char* line :
       {"一是加强党建",       "三是强化督导", "一年来，全市", "一线教师",     "一批骨干教师",
        "一些学校",           "一方面要",     "一定要",       "一直以来",     "一起研究",
        "一体化推进",         "一般情况下",   "一流学科",     "三年行动计划", "十四五规划",
        "二〇二四年工作要点", "一二年级",     "四史学习教育", "五育并举",     "一岗双责",
        "三个代表",           "十分重要",     "七一前夕",     "一季度"}) {
    check_text(line);
  }
}

TEST_CASE("A number that lost its separator is a bare candidate", "[heading]") {
  const Detected bare = detect("4推动构建服务全民终身学习的教育体系。研究");
  REQUIRE(bare.start.kind == LineStart::Kind::heading);
  CHECK(bare.start.bare);
  CHECK(bare.start.value == 4);
  CHECK(bare.marker() == "4");
  CHECK(bare.title() == "推动构建服务全民终身学习的教育体系");
  // Its title may open with a quotation mark.
  const Detected quoted = detect("4“互联网+”技术支撑平台：互联网、云计算");
  REQUIRE(quoted.start.kind == LineStart::Kind::heading);
  CHECK(quoted.start.bare);
  CHECK(quoted.title() == "“互联网+”技术支撑平台");
}

TEST_CASE("Data, dates and ordinary text are not headings", "[heading]") {
  for (const char* line : {"2019年，在市委、市政府的正确领导下",
                           "1万个学位",
                           "92.3%的学校",
                           "1.5亿元用于",
                           "2024.3",
                           "2024年12月",
                           "2022-10-24 10:51:54 128",
                           "20210530:教育局2021年",
                           "10:30开会",
                           "第三方评估",
                           "第一，要提高认识",
                           "一、二线城市的学校",
                           "1、2年级学生",
                           "“1.加强管理”",
                           "一是加强党建",
                           "一年来，全市",
                           "3所学校",
                           "¥0.01",
                           "十分重要",
                           "(注)",
                           "2019、2020年"}) {
    check_text(line);
  }
}
