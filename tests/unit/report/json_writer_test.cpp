// The one serializer of planlint's JSON: what it places (commas, colons, layout) and how it
// escapes, so that every report built on it is valid JSON by construction.
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <optional>
#include <sstream>

#include "planlint/report/json_writer.hpp"

using namespace planlint;

TEST_CASE("JsonWriter: members and elements on one line", "[report][json]") {
  JsonWriter json;
  json.begin_object();
  json.member("rule", "x").member("line", 3).member("done", false);
  json.member("check", std::optional<std::string>{}).member("next", std::optional<int>{7});
  json.key("edits").begin_array();
  json.value(1);
  json.begin_object();
  json.end_object();
  json.begin_array();
  json.end_array();
  json.end_array();
  json.end_object();
  CHECK(
      json.text() ==
      R"({"rule": "x", "line": 3, "done": false, "check": null, "next": 7, "edits": [1, {}, []]})");
}

TEST_CASE("JsonWriter: elements each on a line of their own", "[report][json]") {
  JsonWriter json;
  json.begin_object(json_lines(2, 0));
  json.key("files").begin_array(json_lines(4, 2));
  json.value("a");
  json.value("b");
  json.end_array();
  json.key("none").begin_array(json_lines(4, 2));
  json.end_array();
  json.end_object();
  CHECK(json.text() == "{\n  \"files\": [\n    \"a\",\n    \"b\"\n  ],\n  \"none\": []\n}");
}

TEST_CASE("JsonWriter: strings are escaped, bad UTF-8 becomes U+FFFD", "[report][json]") {
  JsonWriter json;
  json.begin_array();
  json.value("\"\\\n\r\t\x01\x1f\x7f");
  json.value("第一章 𠮷");
  json.value("a\xED\xA0\x80z\xFF");  // a surrogate's bytes, a byte no UTF-8 has
  json.end_array();
  CHECK(json.text() ==
        "[\"\\\"\\\\\\n\\r\\t\\u0001\\u001f\\u007f\", \"第一章 𠮷\", "
        "\"a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDz\xEF\xBF\xBD\"]");
}

TEST_CASE("JsonWriter: integers of every width", "[report][json]") {
  JsonWriter json;
  json.begin_array();
  json.value(std::numeric_limits<std::uint64_t>::max());
  json.value(std::numeric_limits<std::int64_t>::min());
  json.value(std::uint32_t{0});
  json.end_array();
  CHECK(json.text() == "[18446744073709551615, -9223372036854775808, 0]");
}

TEST_CASE("JsonWriter: the stream gets the text when a unit is done, or once it grows large",
          "[report][json]") {
  std::ostringstream out;
  JsonWriter json(out);
  json.begin_array(json_lines(2, 0));
  json.value("first");
  CHECK(out.str().empty());
  json.flush();
  CHECK(out.str() == "[\n  \"first\"");
  // Past the buffer's limit the text goes out at the end of a container, without a flush.
  const std::string long_text(100 * 1024, 'x');
  json.begin_array();
  json.value(long_text);
  json.end_array();
  CHECK(out.str().size() > long_text.size());
  json.end_array();
  json.flush();
  CHECK(out.str() == "[\n  \"first\",\n  [\"" + long_text + "\"]\n]");
}

TEST_CASE("JsonWriter: a spooled value is placed where it belongs", "[report][json]") {
  JsonWriter results;
  results.begin_array();
  results.value(1);
  ReportSpool spool;
  spool.append(results.text());
  results.clear_text();
  results.value(2);
  results.end_array();
  spool.append(results.text());
  std::ostringstream out;
  {
    JsonWriter json(out);
    json.begin_object();
    json.member("before", true);
    json.key("results").embed(spool);
    json.member("after", false);
    json.end_object();
  }
  CHECK(out.str() == R"({"before": true, "results": [1, 2], "after": false})");
}
