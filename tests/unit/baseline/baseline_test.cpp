#include <catch2/catch.hpp>

#include "planlint/baseline/baseline.hpp"

using namespace planlint;
namespace fs = std::filesystem;

namespace {

const fs::path kFolder = fs::current_path();

FindingKey key(std::string excerpt, std::string section, std::size_t occurrence = 0) {
  return {"placeholder-letters", std::move(excerpt), std::move(section), occurrence};
}

Finding finding_at(std::uint32_t line) {
  Finding finding;
  finding.rule_id = "placeholder-letters";
  finding.start.line = line;
  return finding;
}

Baseline parsed(const std::string& json) {
  BaselineResult result = Baseline::parse(json, "baseline.json", kFolder);
  REQUIRE(std::holds_alternative<Baseline>(result));
  return std::get<Baseline>(std::move(result));
}

}  // namespace

TEST_CASE("what is recorded is read back, and suppresses exactly the findings it names",
          "[baseline]") {
  BaselineRecorder recorder(kFolder / "baseline.json");
  recorder.add("drafts/plan.txt", {key("xx", "一、"), key("xx", "一、", 1), key("X", "")});
  recorder.add("./drafts/empty.txt", {});
  CHECK(recorder.size() == 3);
  Baseline baseline = parsed(recorder.json());

  std::vector<Finding> findings{finding_at(9), finding_at(12), finding_at(20)};
  std::vector<FindingKey> keys{key("xx", "一、"), key("xx", "一、", 2), key("X", "")};
  CHECK(baseline.suppress("./drafts/../drafts/plan.txt", findings, keys) == 2);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].start.line == 12);
  CHECK(keys == std::vector<FindingKey>{key("xx", "一、", 2)});

  const std::vector<StaleEntry> stale = baseline.stale();
  REQUIRE(stale.size() == 1);
  CHECK(stale[0].path == "drafts/plan.txt");
  CHECK(stale[0].key == key("xx", "一、", 1));
}

TEST_CASE("excerpts and paths with quotes, escapes and rare characters read back", "[baseline]") {
  const FindingKey tricky{"residue-url", "\"引号\" \\ \t\x01 𠮷 # : - [x]", "篇二 > 一、", 3};
  BaselineRecorder recorder(kFolder / "baseline.json");
  recorder.add("草稿/会议: 总结,第1版.txt", {tricky});
  Baseline baseline = parsed(recorder.json());
  std::vector<Finding> findings{finding_at(1)};
  std::vector<FindingKey> keys{tricky};
  CHECK(baseline.suppress("草稿/会议: 总结,第1版.txt", findings, keys) == 1);
}

TEST_CASE("entries of files not checked in this run are not stale", "[baseline]") {
  BaselineRecorder recorder(kFolder / "baseline.json");
  recorder.add("a.txt", {key("xx", "")});
  recorder.add("b.txt", {key("xx", "")});
  Baseline baseline = parsed(recorder.json());
  std::vector<Finding> none;
  std::vector<FindingKey> no_keys;
  baseline.suppress("a.txt", none, no_keys);
  REQUIRE(baseline.stale().size() == 1);
  CHECK(baseline.stale()[0].path == "a.txt");
}

TEST_CASE("an empty run writes an empty baseline that reads back", "[baseline]") {
  const std::string json = BaselineRecorder(kFolder / "baseline.json").json();
  CHECK(json == "{\"planlint_baseline\": 1,\n \"files\": []}\n");
  CHECK(parsed(json).stale().empty());
}

TEST_CASE("a file that is not a baseline is refused with positions", "[baseline]") {
  const auto errors_of = [](const std::string& json) {
    std::vector<std::string> messages;
    const BaselineResult result = Baseline::parse(json, "baseline.json", kFolder);
    if (const auto* errors = std::get_if<std::vector<FileError>>(&result)) {
      for (const auto& error : *errors) messages.push_back(format_file_error(error, Language::en));
    }
    return messages;
  };
  CHECK(errors_of("{\"files\": []}") ==
        std::vector<std::string>{
            "baseline.json:1:1: missing `planlint_baseline: 1`: not a planlint baseline"});
  CHECK(errors_of("{\"planlint_baseline\": 2, \"files\": []}") ==
        std::vector<std::string>{
            "baseline.json:1:23: `planlint_baseline` must be a whole number from 1 to 1"});
  CHECK(errors_of("{\"planlint_baseline\": 1, \"files\": [{\"path\": \"a.txt\"}]}") ==
        std::vector<std::string>{"baseline.json:1:36: `findings` must be a list"});
  CHECK(errors_of("{\"planlint_baseline\": 1,") ==
        std::vector<std::string>{"baseline.json:1:1: not valid JSON: end of map flow not found"});
}
