#include <catch2/catch.hpp>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "docx/docx_builder.hpp"
#include "planlint/docx/annotated_copy.hpp"
#include "planlint/docx/word_package.hpp"
#include "planlint/input/load_document.hpp"

using namespace planlint;
using Strings = std::vector<std::string>;

namespace {

constexpr const char* kDate = "2026-12-07T22:00:00Z";

const char* const kNumbering =
    R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
    <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";

std::string docx_of(const std::string& body) {
  return test::make_docx(test::word_document(body), kNumbering);
}

// A run as "text" or "text[b]" / "text[i]" … for its formatting.
std::string run_text(const pugi::xml_node& run) {
  std::string text;
  for (const auto& child : run.children()) {
    if (std::strcmp(child.name(), "w:t") == 0 || std::strcmp(child.name(), "w:delText") == 0) {
      text += child.text().get();
    }
  }
  std::string formats;
  for (const auto& property : run.child("w:rPr").children()) formats += property.name() + 2;
  return formats.empty() ? text : text + "[" + formats + "]";
}

// The paragraph's runs in order, each inside a change as "-run" (w:del, its w:delText) or "+run"
// (w:ins), every change checked to be planlint's, dated kDate.
Strings runs_of(const std::string& docx_bytes, std::size_t paragraph = 0) {
  auto opened = docx::WordPackage::open(docx_bytes);
  REQUIRE(std::holds_alternative<std::unique_ptr<docx::WordPackage>>(opened));
  auto& package = *std::get<std::unique_ptr<docx::WordPackage>>(opened);
  pugi::xml_node p = package.body().child("w:p");
  for (std::size_t skip = 0; skip < paragraph; ++skip) p = p.next_sibling("w:p");
  Strings runs;
  for (const auto& child : p.children()) {
    const std::string name = child.name();
    if (name == "w:r") {
      runs.push_back(run_text(child));
    } else if (name == "w:del" || name == "w:ins") {
      CHECK(std::string(child.attribute("w:author").value()) == "planlint");
      CHECK(std::string(child.attribute("w:date").value()) == kDate);
      for (const auto& run : child.children("w:r")) {
        runs.push_back((name == "w:del" ? "-" : "+") + run_text(run));
      }
    }
  }
  return runs;
}

std::string tracked(const std::string& body, std::vector<TextEdit> edits) {
  auto copy = docx::tracked_copy(docx_of(body), edits, kDate);
  REQUIRE(std::holds_alternative<std::string>(copy));
  return std::get<std::string>(copy);
}

std::string text_read(const std::string& docx_bytes) {
  auto loaded = load_document_from_bytes("plan.docx", docx_bytes);
  REQUIRE(std::holds_alternative<std::unique_ptr<Document>>(loaded));
  return std::string(std::get<std::unique_ptr<Document>>(loaded)->text());
}

}  // namespace

TEST_CASE("a change over two runs deletes each with its formatting and inserts once",
          "[docx][fix]") {
  // 截 plain, 止目前 bold: 截止 (bytes 0–6) becomes 截至.
  const std::string body =
      "<w:p><w:r><w:t>截</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>止目前</w:t></w:r></w:p>";
  const std::string copy = tracked(body, {TextEdit{0, 6, "截至", {}, {}}});
  CHECK(runs_of(copy) == Strings{"-截", "-止[b]", "+截至", "目前[b]"});
  CHECK(text_read(copy) == "截至目前\n");
}

TEST_CASE("a replaced marker keeps its run's formatting; an insertion takes the text before it",
          "[docx][fix]") {
  const std::string body =
      "<w:p><w:r><w:rPr><w:i/><w:color w:val=\"FF0000\"/></w:rPr><w:t>（二)工作目标</w:t></w:r>"
      "</w:p><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>4</w:t></w:r><w:r><w:t>推动</w:t></w:r></w:p>";
  // （二) is 3 + 3 + 1 bytes; the second paragraph starts after 工作目标 and its line end.
  const std::size_t second = std::string("（二)工作目标\n").size();
  const std::string copy = tracked(
      body, {TextEdit{0, 7, "（二）", {}, {}}, TextEdit{second + 1, second + 1, ".", {}, {}}});
  CHECK(runs_of(copy, 0) == Strings{"-（二)[icolor]", "+（二）[icolor]", "工作目标[icolor]"});
  CHECK(runs_of(copy, 1) == Strings{"4[b]", "+.[b]", "推动"});
  CHECK(text_read(copy) == "（二）工作目标\n4.推动\n");
}

TEST_CASE("tracked change ids follow every id in use", "[docx][fix]") {
  const std::string body =
      R"(<w:p><w:commentRangeStart w:id="7"/><w:r><w:t>甲乙</w:t></w:r><w:commentRangeEnd w:id="7"/></w:p>)";
  auto opened = docx::WordPackage::open(tracked(body, {TextEdit{0, 3, "丙", {}, {}}}));
  auto& package = *std::get<std::unique_ptr<docx::WordPackage>>(opened);
  const pugi::xml_node p = package.body().child("w:p");
  CHECK(std::string(p.child("w:del").attribute("w:id").value()) == "8");
  CHECK(std::string(p.child("w:ins").attribute("w:id").value()) == "9");
}

TEST_CASE("edits Word draws or that leave typed text are no tracked changes", "[docx][fix]") {
  // 一、 is drawn by Word; 甲 is typed; the paragraph ends after 甲乙; a tab is no text; 3 is
  // the result of a PAGE field, which Word computes again.
  const std::string body =
      R"(<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>甲乙</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:t>丙</w:t><w:tab/><w:t>丁</w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r>)"
      R"(<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>)";
  const std::string text = text_read(docx_of(body));
  REQUIRE(text == "一、甲乙\n丙\t丁\n3\n");
  const std::size_t typed = std::string("一、").size();
  const std::size_t second = std::string("一、甲乙\n").size();
  const std::size_t third = std::string("一、甲乙\n丙\t丁\n").size();
  const std::vector<TextEdit> edits{
      TextEdit{0, typed, "二、", {}, {}},            // the drawn number
      TextEdit{typed, typed + 3, "戊", {}, {}},      // typed text
      TextEdit{second - 4, second + 3, "", {}, {}},  // across the paragraph's end
      TextEdit{second + 3, second + 4, "", {}, {}},  // the tab
      TextEdit{third, third + 1, "4", {}, {}},       // the field's result
  };
  auto obstacles = docx::track_obstacles(docx_of(body), edits);
  REQUIRE(std::holds_alternative<std::vector<std::optional<docx::TrackObstacle>>>(obstacles));
  const auto& found = std::get<std::vector<std::optional<docx::TrackObstacle>>>(obstacles);
  CHECK(found[0] == docx::TrackObstacle::drawn_number);
  CHECK(found[1] == std::nullopt);
  CHECK(found[2] == docx::TrackObstacle::not_typed_text);
  CHECK(found[3] == docx::TrackObstacle::not_typed_text);
  CHECK(found[4] == docx::TrackObstacle::not_typed_text);
  // Only the typed edit is made.
  CHECK(text_read(tracked(body, edits)) == "一、戊乙\n丙\t丁\n3\n");
}
