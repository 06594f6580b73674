// The body SARIF and JUnit write before their head: in memory while small, then in a temporary
// file, and given back whole and in order either way.
#include <catch2/catch.hpp>
#include <sstream>

#include "planlint/report/report_spool.hpp"

using planlint::ReportSpool;

TEST_CASE("ReportSpool: a small body comes back as it went in", "[report]") {
  ReportSpool spool;
  spool.append("[1");
  spool.append(", 2]");
  std::ostringstream out;
  spool.copy_to(out);
  CHECK(out.str() == "[1, 2]");
}

TEST_CASE("ReportSpool: a body past its memory goes to a file and comes back in order",
          "[report]") {
  ReportSpool spool;
  std::string expected;
  for (char c = 'a'; c <= 'l'; ++c) {  // 12 MiB: past the 1 MiB kept in memory
    const std::string piece(1024 * 1024, c);
    spool.append(piece);
    expected += piece;
  }
  spool.append("end");
  expected += "end";
  std::ostringstream out;
  spool.copy_to(out);
  CHECK(out.str().size() == expected.size());
  CHECK(out.str() == expected);
}
