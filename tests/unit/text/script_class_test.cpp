#include <catch2/catch.hpp>

#include "planlint/text/script_class.hpp"
#include "planlint/text/utf8.hpp"

using planlint::script_class;
using planlint::ScriptClass;

TEST_CASE("script_class: characters only one script uses", "[script]") {
  CHECK(script_class(U'國') == ScriptClass::traditional);
  CHECK(script_class(U'學') == ScriptClass::traditional);
  CHECK(script_class(U'国') == ScriptClass::simplified);
  CHECK(script_class(U'学') == ScriptClass::simplified);
  // Hans-Hant writes 后 as 後, and GB2312 holds 后, so it marks Simplified text.
  CHECK(script_class(U'后') == ScriptClass::simplified);
}

TEST_CASE("script_class: what both scripts write is neutral", "[script]") {
  CHECK(script_class(U'一') == ScriptClass::neutral);
  CHECK(script_class(U'A') == ScriptClass::neutral);
  CHECK(script_class(U'、') == ScriptClass::neutral);
  CHECK(script_class(U'〇') == ScriptClass::neutral);
  // Hans-Hant turns “” into 「」, but both scripts use them: only ideographs are classed.
  CHECK(script_class(U'“') == ScriptClass::neutral);
}

TEST_CASE("script_class: characters Hant-Hans changes but GB2312 holds are neutral", "[script]") {
  // Simplified text keeps each of them in some words or names (著作, 乾坤, 大阪, 俱乐部).
  const std::string kept_in_simplified = "著乾於後徵夥俱藉姊摺菸箝跤阪吒麽";
  for (std::size_t at = 0; at < kept_in_simplified.size();) {
    const char32_t code_point = planlint::decode_utf8_at(kept_in_simplified, at);
    INFO("U+" << std::hex << static_cast<unsigned>(code_point));
    CHECK(script_class(code_point) == ScriptClass::neutral);
  }
}

TEST_CASE("simplified_form and traditional_form rewrite only the other script's characters",
          "[script]") {
  CHECK(planlint::simplified_form("經濟發展，著書立說") == "经济发展，著书立说");
  CHECK(planlint::traditional_form("学习国家通用语言，Ａ１") == "學習國家通用語言，Ａ１");
  CHECK(planlint::simplified_form("推进课程改革") == "推进课程改革");
  CHECK(planlint::traditional_form("推進課程改革") == "推進課程改革");
}
