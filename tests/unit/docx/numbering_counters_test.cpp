#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include "planlint/docx/numbering_counters.hpp"

using namespace planlint::docx;

namespace {

NumberingDefinitions definitions_from(const char* xml) {
  static pugi::xml_document document;
  REQUIRE(document.load_string(xml));
  return NumberingDefinitions::read(document.child("w:numbering"));
}

std::string next(NumberingCounters& counters, const char* num_id, int ilvl) {
  const auto marker = counters.next(num_id, ilvl);
  return marker ? marker->text + marker->suffix : "(none)";
}

constexpr const char* kNumbering = R"xml(<w:numbering xmlns:w="w">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="space"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/><w:isLgl/></w:lvl>
    <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%4)"/><w:lvlRestart w:val="0"/></w:lvl>
    <w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="1"><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/></w:lvl></w:lvlOverride></w:num>
</w:numbering>)xml";

}  // namespace

TEST_CASE("Levels count, restart the deeper ones and draw lvlText with suffixes", "[docx]") {
  const NumberingDefinitions definitions = definitions_from(kNumbering);
  NumberingCounters counters(definitions);
  CHECK(next(counters, "1", 0) == "一、");
  CHECK(next(counters, "1", 1) == "（一） ");
  CHECK(next(counters, "1", 1) == "（二） ");
  CHECK(next(counters, "1", 2) == "1.2.1\t");  // isLgl: every level in decimal
  CHECK(next(counters, "1", 3) == "1)\t");
  CHECK(next(counters, "1", 0) == "二、");
  CHECK(next(counters, "1", 1) == "（一） ");  // restarted after level 1
  CHECK(next(counters, "1", 3) == "2)\t");     // lvlRestart 0: never restarts
  CHECK(next(counters, "1", 4) == "(none)");   // bullets draw no number
}

TEST_CASE("Instances of one abstract definition share counters; overrides", "[docx]") {
  const NumberingDefinitions definitions = definitions_from(kNumbering);
  NumberingCounters counters(definitions);
  CHECK(next(counters, "1", 0) == "一、");
  CHECK(next(counters, "2", 0) == "二、");  // the same list continued
  CHECK(next(counters, "3", 0) == "七、");  // startOverride restarts where num 3 is first used
  CHECK(next(counters, "3", 0) == "八、");
  CHECK(next(counters, "4", 1) == "A.\t");    // a whole level replaced
  CHECK(next(counters, "9", 0) == "(none)");  // no such instance
}

TEST_CASE("A definition linked to a list style counts with the style's definition", "[docx]") {
  pugi::xml_document document;
  REQUIRE(document.load_string(R"(<w:numbering xmlns:w="w">
    <w:abstractNum w:abstractNumId="1"><w:styleLink w:val="PlanList"/>
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="PlanList"/></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>)"));
  const NumberingDefinitions unlinked = NumberingDefinitions::read(document.child("w:numbering"));
  NumberingCounters without_styles(unlinked);
  CHECK(next(without_styles, "2", 0) == "(none)");  // the link leads nowhere: no levels

  const NumberingDefinitions definitions =
      NumberingDefinitions::read(document.child("w:numbering"), {{"PlanList", "1"}});
  NumberingCounters counters(definitions);
  CHECK(next(counters, "2", 0) == "一、\t");
  CHECK(next(counters, "1", 0) == "二、\t");
}

TEST_CASE("Start values are held to Word's range", "[docx]") {
  const NumberingDefinitions definitions = definitions_from(R"xml(<w:numbering xmlns:w="w">
    <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="99999999999"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="-5"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)xml");
  NumberingCounters counters(definitions);
  CHECK(next(counters, "1", 0) == "MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMDCCLXVII.\t");  // 32767
  CHECK(next(counters, "1", 1) == "0)\t");
}
