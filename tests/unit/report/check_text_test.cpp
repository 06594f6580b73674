// The text format over the sample run (report/sample_run.cpp), with and without colour.
#include <algorithm>
#include <catch2/catch.hpp>
#include <regex>

#include "report/sample_run.hpp"
#include "support/golden.hpp"

using namespace planlint;
using namespace planlint::testing;

namespace {

std::string without_colour_codes(const std::string& text) {
  return std::regex_replace(text, std::regex("\x1b\\[[0-9;]*m"), "");
}

}  // namespace

TEST_CASE("text: each finding, its line and a caret under it, then the summary", "[report][text]") {
  const std::string report = render_sample("text");
  check_golden(golden_path("sample.txt"), report);
  // The control character on line 4 would shift the caret, and one from a draft must not
  // reach the terminal.
  CHECK(report.find('\x01') == std::string::npos);
}

TEST_CASE("text: English messages and labels", "[report][text]") {
  check_golden(golden_path("sample.en.txt"), render_sample("text", ReportOptions{Language::en}));
}

TEST_CASE("text: colour codes appear only when asked, on severity words and carets",
          "[report][text]") {
  const std::string plain = render_sample("text");
  CHECK(plain.find('\x1b') == std::string::npos);

  const std::string coloured = render_sample("text", ReportOptions{Language::zh, true});
  CHECK(without_colour_codes(coloured) == plain);
  CHECK(coloured.find("\x1b[1;31m错误\x1b[0m: 括号不配对") != std::string::npos);
  CHECK(coloured.find("\x1b[1;35m警告\x1b[0m: 网页残留") != std::string::npos);
  CHECK(coloured.find("\x1b[1;36m提示\x1b[0m: 繁体字") != std::string::npos);
  CHECK(coloured.find("| \x1b[1;31m^^^^^\x1b[0m\n") != std::string::npos);  // under （一)
  // Nothing else is coloured: one code and one reset per severity word and per caret line.
  const auto findings = sample_run().findings[0].size();
  CHECK(std::count(coloured.begin(), coloured.end(), '\x1b') == static_cast<long>(4 * findings));
}
