// The rdjson format over the sample run (report/sample_run.cpp).
#include <catch2/catch.hpp>
#include <sstream>

#include "report/sample_run.hpp"
#include "support/golden.hpp"

using namespace planlint::testing;

TEST_CASE("rdjson: one diagnostic per finding, columns in UTF-8 bytes", "[report][rdjson]") {
  const std::string report = render_sample("rdjson");
  check_golden(golden_path("sample.rdjson"), report);
  // 菜單 on line 5 follows 𠮷 (4 bytes) and 野家的 (9 bytes): bytes 14 to 20, end exclusive;
  // its replacement becomes a suggestion over the same range.
  const std::string range =
      "{\"start\": {\"line\": 5, \"column\": 14}, \"end\": {\"line\": 5, \"column\": 20}}";
  CHECK(report.find("\"range\": " + range + "}, \"severity\": \"INFO\"") != std::string::npos);
  CHECK(report.find("\"suggestions\": [{\"range\": " + range + ", \"text\": \"菜单\"}]") !=
        std::string::npos);
}

TEST_CASE("rdjson: no suggestion for a file not in UTF-8, whose bytes the columns do not count",
          "[report][rdjson]") {
  const auto document = load("gbk.txt", "\xd2\xbb\xa1\xa2\xb0\xb2\xc8\xab\n");  // 一、安全
  REQUIRE(document->decoded().encoding() == "GB18030");
  const auto findings =
      findings_in(*document, {{"substitution-x", "substitution", std::nullopt,
                               planlint::Severity::info, "安全", "m", "", "平安"}});
  std::ostringstream out;
  const auto reporter = planlint::make_rdjson_reporter(out, planlint::ReportOptions{});
  reporter->file(*document, findings, {});
  reporter->finish({});
  CHECK(out.str().find("\"start\": {\"line\": 1, \"column\": 7}") != std::string::npos);
  CHECK(out.str().find("suggestions") == std::string::npos);
}
