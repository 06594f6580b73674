#include <catch2/catch.hpp>
#include <sstream>

#include "planlint/report/check_report.hpp"

using namespace planlint;

// A run gathers its rules' descriptions only for a format that writes them, so the others start
// without that work; a format that writes them must say so or its report loses them.
TEST_CASE("Only SARIF and HTML ask for the rules' descriptions", "[report]") {
  for (const std::string_view format : check_formats()) {
    INFO(format);
    std::ostringstream out;
    const auto reporter = make_check_reporter(format, out, ReportOptions{});
    REQUIRE(reporter != nullptr);
    CHECK(reporter->describes_rules() == (format == "sarif" || format == "html"));
  }
}
