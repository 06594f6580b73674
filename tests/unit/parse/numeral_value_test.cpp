#include <catch2/catch.hpp>
#include <tao/pegtl.hpp>

#include "grammars/cn_numerals.hpp"
#include "planlint/parse/numeral_value.hpp"

using planlint::chinese_numeral_value;

namespace {

// Whether the whole of `text` is one Chinese numeral by the grammar.
bool is_whole_numeral(const std::string& text) {
  tao::pegtl::memory_input in(text, "");
  return tao::pegtl::parse<tao::pegtl::seq<planlint::grammar::cn_numeral, tao::pegtl::eof>>(in);
}

}  // namespace

TEST_CASE("Chinese numerals have their values", "[numeral]") {
  const std::pair<const char*, std::int64_t> cases[] = {
      {"一", 1},          {"九", 9},          {"十", 10},          {"十一", 11},
      {"二十", 20},       {"二十三", 23},     {"九十九", 99},      {"一百", 100},
      {"一百零五", 105},  {"一百二十", 120},  {"一百二十三", 123}, {"一千", 1000},
      {"一千零八", 1008}, {"一千二百", 1200}, {"三万", 30000},     {"九十九万", 990000},
      {"〇", 0},          {"零", 0},
  };
  for (const auto& [text, value] : cases) {
    INFO(text);
    CHECK(is_whole_numeral(text));
    CHECK(chinese_numeral_value(text) == value);
  }
}

TEST_CASE("Ill-formed runs are not Chinese numerals", "[numeral]") {
  for (const char* text : {"十十", "百一", "一一", "万", "二十十"}) {
    INFO(text);
    CHECK_FALSE(is_whole_numeral(text));
  }
}

TEST_CASE("Circled and Arabic numbers have their values", "[numeral]") {
  CHECK(planlint::circled_number_value(U'①') == 1);
  CHECK(planlint::circled_number_value(U'⑳') == 20);
  CHECK(planlint::circled_number_value(0x3251) == 21);
  CHECK(planlint::circled_number_value(0x32BF) == 50);
  CHECK(planlint::circled_number_value(U'a') == 0);
  CHECK(planlint::arabic_numeral_value("016") == 16);
}
