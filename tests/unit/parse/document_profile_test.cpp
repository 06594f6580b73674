#include <catch2/catch.hpp>
#include <string>

#include "planlint/input/load_document.hpp"
#include "planlint/parse/document_profile.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/text/normalized_document.hpp"

using planlint::CalendarDate;
using planlint::DocumentProfile;
using planlint::DocumentType;
using planlint::ProfileSource;

namespace {

std::vector<DocumentProfile> profiles_of(std::string text,
                                         const planlint::ProfileOverrides& overrides = {}) {
  auto loaded = planlint::load_document_from_bytes("test.txt", std::move(text));
  const auto& document = *std::get<std::unique_ptr<planlint::Document>>(loaded);
  const planlint::NormalizedDocument normalized(document.text());
  const planlint::Outline outline = planlint::build_outline(document);
  return planlint::detect_profiles(outline, normalized.lines(), overrides);
}

DocumentProfile profile_of(std::string text) {
  return profiles_of(std::move(text)).front();
}

}  // namespace

TEST_CASE("profile: the type is the last type word of the title", "[profile]") {
  // Real title lines of the corpus.
  CHECK(profile_of("2023年生态环境工作要点\n一、总体要求\n").type == DocumentType::key_points);
  CHECK(profile_of("全县重大政策宣传解读工作实施方案\n一、指导思想\n").type ==
        DocumentType::implementation_plan);
  CHECK(profile_of("活动方案之演练工作方案内容\n").type == std::nullopt);
  CHECK(profile_of("演练工作方案\n").type == DocumentType::work_scheme);
  CHECK(profile_of("公民举报危害国家安全行为奖励办法\n").type == DocumentType::regulation);
  // A title that names its part (篇一) is the part's title: the part has the type.
  CHECK(profiles_of("环保行业工作计划篇一\n").back().type == DocumentType::work_plan);
  CHECK(profile_of("镇目标工作计划(2篇).docxVIP\n").type == DocumentType::work_plan);
}

TEST_CASE("profile: a notice issuing a document takes that document's type", "[profile]") {
  const auto profile = profile_of("湖州市卫生健康委关于印发 2023年全市卫生健康工作要点的通知\n");
  CHECK(profile.type == DocumentType::key_points);
  CHECK(profile.title_year == 2023);
  CHECK(profile.type_line == 1);
  CHECK(profile_of("关于开展创强工作的通知\n").type == DocumentType::notice);
}

TEST_CASE("profile: a summary that also plans is a summary", "[profile]") {
  const auto profile = profile_of("民政办2023年工作总结和2024年工作计划\n一、工作总结\n");
  CHECK(profile.type == DocumentType::work_summary);
  CHECK(profile.title_year == 2023);
  CHECK(profile_of("交通运输局2024年工作总结及2024年工作思路范文\n").type ==
        DocumentType::work_summary);
}

TEST_CASE("profile: navigation and sentences are no title", "[profile]") {
  CHECK(profile_of("首页 > 工作文档 > 工作计划\n").type == std::nullopt);
  CHECK(profile_of("栏目:工作计划\n").type == std::nullopt);
  CHECK(profile_of("计划总结\n浙江省卫生健康委关于印发2023年浙江省卫生健康工作要点的通知\n").type ==
        DocumentType::key_points);
  CHECK(profile_of("为此特制定本工作计划。\n").type == std::nullopt);
}

TEST_CASE("profile: the date from the signature, the release line or the title year", "[profile]") {
  const auto signed_profile =
      profile_of("2024年教育工作要点\n一、总体要求\n加强学习。\n\n市教育局\n2024年3月5日\n");
  CHECK(signed_profile.date == CalendarDate{2024, 3, 5});
  CHECK(signed_profile.date_source == ProfileSource::signature);
  CHECK(signed_profile.date_line == 6);
  CHECK(signed_profile.title_year == 2024);

  const auto chinese = profile_of("工作方案\n一、目标\n做好。\n二〇二四年三月五日\n");
  CHECK(chinese.date == CalendarDate{2024, 3, 5});
  // tests/corpus 181: the letter O typed for the zero.
  CHECK(profile_of("通知\n附件:说明\n国务院办公厅\n二OO四年四月六日\n").date ==
        CalendarDate{2004, 4, 6});

  const auto released = profile_of("江西省2023年应急管理工作要点\n發布時間:2023-02-28\n一、甲\n");
  CHECK(released.date == CalendarDate{2023, 2, 28});
  CHECK(released.date_source == ProfileSource::release_line);
  CHECK(released.date_line == 2);

  const auto from_title = profile_of("2021-2025年教育发展规划\n一、甲\n");
  CHECK(from_title.date == CalendarDate{2021, 0, 0});
  CHECK(from_title.date_source == ProfileSource::title);
}

TEST_CASE("profile: a collection's title year dates no document", "[profile]") {
  // tests/corpus 118: 17 documents of many years under one page title.
  const auto profile = profile_of("2023年政府工作宣傳方案(匯總17篇)\n政府工作宣传方案篇一\n");
  CHECK(profile.type == DocumentType::work_scheme);
  CHECK_FALSE(profile.title_year);
  CHECK_FALSE(profile.date);
  CHECK(profile_of("小学学校工作总结集锦四篇\n").type == DocumentType::work_summary);
}

TEST_CASE("profile: --type and --date win", "[profile]") {
  planlint::ProfileOverrides overrides;
  overrides.type = DocumentType::notice;
  overrides.date = CalendarDate{2025, 1, 0};
  const auto profile = profiles_of("2024年教育工作要点\n一、甲\n", overrides).front();
  CHECK(profile.type == DocumentType::notice);
  CHECK(profile.type_source == ProfileSource::option);
  CHECK(profile.date == CalendarDate{2025, 1, 0});
  CHECK(profile.title_year == 2024);
}

TEST_CASE("profile: every part of a bundled file has its own", "[profile]") {
  const auto profiles = profiles_of(
      "工作计划大全\n篇一：2023年社区工作计划\n一、目标\n做好。\n2023年1月5日\n"
      "篇二：2024年学校工作总结\n一、成绩\n很好。\n");
  REQUIRE(profiles.size() == 3);
  CHECK(profiles[1].type == DocumentType::work_plan);
  CHECK(profiles[1].date == CalendarDate{2023, 1, 5});
  CHECK(profiles[2].type == DocumentType::work_summary);
  CHECK(profiles[2].title_year == 2024);
  CHECK(planlint::profile_at(profiles, 7).type == DocumentType::work_summary);
  CHECK(planlint::profile_at(profiles, 3).part == 0u);
  CHECK(planlint::profile_at(profiles, 7).part == 1u);
  // the line before the first part is the whole file's
  CHECK_FALSE(planlint::profile_at(profiles, 1).part);
}

TEST_CASE("profile: dates are read and checked", "[profile]") {
  CHECK(planlint::parse_calendar_date("2024-03-05") == CalendarDate{2024, 3, 5});
  CHECK(planlint::parse_calendar_date("2024") == CalendarDate{2024, 0, 0});
  CHECK(planlint::parse_calendar_date("2024年2月") == CalendarDate{2024, 2, 0});
  CHECK_FALSE(planlint::parse_calendar_date("2024-02-30"));
  CHECK_FALSE(planlint::parse_calendar_date("2024-13"));
  CHECK(planlint::is_possible_day(2024, 2, 29));
  CHECK_FALSE(planlint::is_possible_day(2023, 2, 29));
  CHECK_FALSE(planlint::is_possible_day(2023, 4, 31));
  CHECK(planlint::parse_document_type("实施方案") == DocumentType::implementation_plan);
  CHECK(planlint::parse_document_type("work-summary") == DocumentType::work_summary);
  CHECK_FALSE(planlint::parse_document_type("报告"));
}
