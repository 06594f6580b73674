// The json format over the sample run (report/sample_run.cpp).
#include <catch2/catch.hpp>

#include "report/json_syntax.hpp"
#include "report/sample_run.hpp"
#include "support/golden.hpp"

using namespace planlint::testing;

TEST_CASE("json: one document with every file, its findings and the summary", "[report][json]") {
  const std::string report = render_sample("json");
  check_golden(golden_path("sample.json"), report);
  CHECK(is_json(report));
}

TEST_CASE("json syntax check: accepts JSON, refuses what is not", "[report][json]") {
  CHECK(is_json(R"({"a": [1, -2.5e3, true, false, null, "x\"\u00e9"], "b": {}})"));
  CHECK_FALSE(is_json(R"({"a": 1,})"));
  CHECK_FALSE(is_json("{\"a\": \"\x01\"}"));          // raw control character
  CHECK_FALSE(is_json("{\"a\": \"\xED\xA0\x80\"}"));  // ill-formed UTF-8
  CHECK_FALSE(is_json("{\"a\": 1}\n{\"b\": 2}"));     // two values
}
