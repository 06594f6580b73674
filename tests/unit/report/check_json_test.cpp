// The json format over the sample run (report/sample_run.cpp).
#include <catch2/catch.hpp>

#include "report/sample_run.hpp"
#include "support/golden.hpp"

using namespace planlint::testing;

TEST_CASE("json: one document with every file, its findings and the summary", "[report][json]") {
  const std::string report = render_sample("json");
  check_golden(golden_path("sample.json"), report);
}
