#include <catch2/catch.hpp>

#include <unistd.h>
#include <cstdlib>

#include "planlint/cli/report_destination.hpp"
#include "support/golden.hpp"

using namespace planlint;
namespace fs = std::filesystem;

namespace {

// Sets NO_COLOR for one test and restores the environment after it.
class NoColor {
 public:
  explicit NoColor(const char* value) {
    if (const char* old = std::getenv("NO_COLOR")) saved_ = old;
    if (value == nullptr) {
      unsetenv("NO_COLOR");
    } else {
      setenv("NO_COLOR", value, 1);
    }
  }
  ~NoColor() {
    if (saved_) {
      setenv("NO_COLOR", saved_->c_str(), 1);
    } else {
      unsetenv("NO_COLOR");
    }
  }

 private:
  std::optional<std::string> saved_;
};

}  // namespace

TEST_CASE("auto colours a terminal unless NO_COLOR is set; always and never decide alone",
          "[cli][color]") {
  {
    NoColor unset(nullptr);
    CHECK(report_in_color(ColorMode::automatic, true));
    CHECK_FALSE(report_in_color(ColorMode::automatic, false));
    CHECK(report_in_color(ColorMode::always, false));
    CHECK_FALSE(report_in_color(ColorMode::never, true));
  }
  {
    NoColor set("1");
    CHECK_FALSE(report_in_color(ColorMode::automatic, true));
    CHECK(report_in_color(ColorMode::always, true));
  }
  {
    NoColor empty("");  // no-color.org: an empty value does not count
    CHECK(report_in_color(ColorMode::automatic, true));
  }
}

TEST_CASE("a report file appears whole, only once committed", "[cli][output]") {
  const fs::path folder =
      fs::temp_directory_path() / ("planlint-output-" + std::to_string(getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  const fs::path report = folder / "report.json";
  testing::write_file(report, "the previous report");
  SECTION("committed: the new report replaces the old, no temporary file is left") {
    auto opened = ReportDestination::open_file(report.string());
    auto* destination = std::get_if<std::unique_ptr<ReportDestination>>(&opened);
    REQUIRE(destination);
    auto& report_file = **destination;
    report_file.stream() << "new report";
    CHECK(testing::read_file(report) == "the previous report");
    CHECK_FALSE(report_file.commit());
    CHECK(testing::read_file(report) == "new report");
  }
  SECTION("abandoned: the old report stays, the temporary file goes") {
    auto opened = ReportDestination::open_file(report.string());
    auto* destination = std::get_if<std::unique_ptr<ReportDestination>>(&opened);
    REQUIRE(destination);
    auto& report_file = **destination;
    report_file.stream() << "half a rep";
  }
  CHECK(std::distance(fs::directory_iterator(folder), fs::directory_iterator()) == 1);
  fs::remove_all(folder);
}
