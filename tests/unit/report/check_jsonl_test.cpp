// The jsonl format over the sample run (report/sample_run.cpp).
#include <catch2/catch.hpp>
#include <sstream>

#include "report/sample_run.hpp"
#include "support/golden.hpp"

using namespace planlint;
using namespace planlint::testing;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A stream buffer that counts how often the stream is flushed.
class FlushCounter : public std::stringbuf {
 public:
  int flushes = 0;

 protected:
  int sync() override {
    ++flushes;
    return std::stringbuf::sync();
  }
};

}  // namespace

TEST_CASE("jsonl: one JSON object per file on its own line, then the summary", "[report][jsonl]") {
  const std::string report = render_sample("jsonl");
  check_golden(golden_path("sample.jsonl"), report);
  const auto lines = lines_of(report);
  REQUIRE(lines.size() == sample_run().documents.size() + 1);
  CHECK(lines.front().starts_with("{\"path\": \"草稿/會議:總結,第1版.txt\""));
  CHECK(lines.back().starts_with("{\"summary\": {"));
}

TEST_CASE("jsonl: each file's line is flushed as soon as the file is done", "[report][jsonl]") {
  const SampleRun& run = sample_run();
  FlushCounter buffer;
  std::ostream out(&buffer);
  const auto reporter = make_jsonl_reporter(out, ReportOptions{});
  reporter->file(*run.documents[0], run.findings[0], {});
  CHECK(buffer.flushes == 1);
  CHECK(buffer.str().ends_with("]}\n"));
  reporter->file(*run.documents[1], run.findings[1], {});
  CHECK(buffer.flushes == 2);
}
