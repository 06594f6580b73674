// The junit format over the sample run (report/sample_run.cpp). xmllint checks the golden in
// scripts/validate-reports.sh; here, that no character XML 1.0 forbids gets through.
#include <catch2/catch.hpp>

#include "planlint/text/utf8.hpp"
#include "report/sample_run.hpp"
#include "support/golden.hpp"

using namespace planlint;
using namespace planlint::testing;

namespace {

// Every character well-formed UTF-8 and allowed by XML 1.0's Char production.
bool only_xml_characters(std::string_view text) {
  for (std::size_t at = 0; at < text.size();) {
    const Utf8CodePoint decoded = decode_utf8(text, at);
    if (decoded.length == 0) return false;
    const char32_t c = decoded.code_point;
    if (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) return false;
    if (c == 0xFFFE || c == 0xFFFF) return false;
    at += decoded.length;
  }
  return true;
}

}  // namespace

TEST_CASE("junit: a test suite per file, a failing test case per finding", "[report][junit]") {
  const std::string report = render_sample("junit");
  check_golden(golden_path("sample.junit.xml"), report);
  CHECK(only_xml_characters(report));
  // The clean file is one passing test case rather than an empty suite.
  CHECK(report.find("<testcase classname=\"planlint\" name=\"samples/clean-gbk.txt\"/>") !=
        std::string::npos);
}
