#include "planlint/fix/unified_diff.hpp"

#include <catch2/catch.hpp>

using namespace planlint;

TEST_CASE("Equal texts have no diff", "[fix][diff]") {
  CHECK(unified_diff("a.txt", "一\n二\n", "一\n二\n").empty());
}

TEST_CASE("Changes far apart make two hunks with three lines of context", "[fix][diff]") {
  const std::string before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
  const std::string after = "1\nB\n3\n4\n5\n6\n7\n8\n9\n10\n11\nL\n";
  CHECK(unified_diff("a.txt", before, after) ==
        "--- a/a.txt\n+++ b/a.txt\n"
        "@@ -1,5 +1,5 @@\n 1\n-2\n+B\n 3\n 4\n 5\n"
        "@@ -9,4 +9,4 @@\n 9\n 10\n 11\n-12\n+L\n");
}

TEST_CASE("A removed line, CRLF line ends and a last line without one", "[fix][diff]") {
  CHECK(unified_diff("a.txt", "一\r\n残留\r\n二", "一\r\n二") ==
        "--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,2 @@\n 一\n-残留\n 二\n"
        "\\ No newline at end of file\n");
  CHECK(unified_diff("a.txt", "x\n", "") == "--- a/a.txt\n+++ b/a.txt\n@@ -1 +0,0 @@\n-x\n");
}
