// The github format over the sample run (report/sample_run.cpp).
#include <algorithm>
#include <catch2/catch.hpp>

#include "report/sample_run.hpp"
#include "support/golden.hpp"

using namespace planlint::testing;

TEST_CASE("github: one workflow command per finding, escaped as GitHub's toolkit does",
          "[report][github]") {
  const std::string report = render_sample("github");
  check_golden(golden_path("sample.github.txt"), report);
  // A line end inside a message would end the command early: one line per finding.
  CHECK(std::count(report.begin(), report.end(), '\n') ==
        static_cast<long>(sample_run().findings[0].size()));
  CHECK(report.find("::error file=草稿/會議%3A總結%2C第1版.txt,line=3,col=1,endLine=3,"
                    "endColumn=4,title=numbering::括号不配对：“（一)”\n") != std::string::npos);
  // 菜單 on line 5 is at code points 5 to 7 (𠮷 counts one).
  CHECK(report.find("::notice file=草稿/會議%3A總結%2C第1版.txt,line=5,col=5,endLine=5,"
                    "endColumn=7,title=substitution-hant::") != std::string::npos);
  // Across lines GitHub takes no columns.
  CHECK(report.find(
            ",line=6,endLine=7,title=residue-navigation::网页导航残留“相關文章%0A轉載請保留”") !=
        std::string::npos);
  CHECK(report.find("完成率100%25, 见附件:1%0D\n") != std::string::npos);
}
