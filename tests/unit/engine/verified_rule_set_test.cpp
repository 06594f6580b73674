// When rule sets' examples run: once per content, remembered in a cache folder; always for
// `rules check`; never again for the shipped sets this planlint was built with.
#include <unistd.h>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <optional>

#include "planlint/cli/verified_rules.hpp"
#include "planlint/engine/rule_examples.hpp"
#include "planlint/engine/verified_rule_set.hpp"
#include "support/golden.hpp"
#include "support/rule_testing.hpp"

namespace fs = std::filesystem;
using namespace planlint;
using Strings = std::vector<std::string>;
using testing::errors_of;

namespace {

std::string phrase_set(const std::string& hit) {
  return "name: user\nrules:\n  - id: residue-sample\n    kind: phrase\n    severity: warning\n"
         "    message: 残留“{match}”\n    phrases: [范文]\n    examples:\n      hit: [" +
         hit + "]\n      miss: [工作计划]\n";
}

// A rule set file and a cache folder of its own per process: CTest runs test cases side by side.
struct Workspace {
  fs::path root =
      fs::temp_directory_path() / ("planlint-verified-set-test-" + std::to_string(::getpid()));
  fs::path set = root / "user.yaml";
  fs::path cache = root / "cache";
  Workspace() { fs::create_directories(root); }
  ~Workspace() { fs::remove_all(root); }

  RuleSetResult load(ExampleVerification verification) const {
    return load_verified_rule_set(set.string(), verification, {});
  }
  std::size_t remembered() const {
    const fs::path entries = cache / "verified-examples";
    if (!fs::exists(entries)) return 0;
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(entries), fs::directory_iterator()));
  }
};

std::string content_hash_of(const fs::path& set) {
  const RuleSetResult loaded = load_rule_set(set.string(), {});
  REQUIRE(std::holds_alternative<RuleSet>(loaded));
  return std::get<RuleSet>(loaded).content_hash;
}

const char* const kFailingHit =
    ":9:13: rule residue-sample does not fire on its `hit` example “工作计划”; fix the "
    "rule or the example";

}  // namespace

TEST_CASE("A failing example is an error of the set, at the example", "[verified-set]") {
  const Workspace workspace;
  testing::write_file(workspace.set, phrase_set("工作计划"));
  const Strings errors = errors_of(workspace.load({{}, workspace.cache, false}));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == workspace.set.string() + kFailingHit);
  CHECK(workspace.remembered() == 0);
}

TEST_CASE("A set that passes is remembered once per content", "[verified-set]") {
  const Workspace workspace;
  testing::write_file(workspace.set, phrase_set("一份范文"));
  CHECK(std::holds_alternative<RuleSet>(workspace.load({{}, workspace.cache, false})));
  CHECK(workspace.remembered() == 1);
  CHECK(fs::exists(verified_examples_entry(workspace.cache, content_hash_of(workspace.set))));
  CHECK(std::holds_alternative<RuleSet>(workspace.load({{}, workspace.cache, false})));
  CHECK(workspace.remembered() == 1);

  SECTION("changed content is verified again, and a failing example is still an error") {
    testing::write_file(workspace.set, phrase_set("工作计划"));
    CHECK(errors_of(workspace.load({{}, workspace.cache, false})).size() == 1);
    CHECK(workspace.remembered() == 1);
  }
}

TEST_CASE("A remembered set is not verified again, unless asked to", "[verified-set]") {
  const Workspace workspace;
  // A failing set marked as verified stands for one whose examples passed with this content:
  // only a skipped verification lets it load.
  testing::write_file(workspace.set, phrase_set("工作计划"));
  const fs::path entry = verified_examples_entry(workspace.cache, content_hash_of(workspace.set));
  fs::create_directories(entry.parent_path());
  testing::write_file(entry, "");
  CHECK(std::holds_alternative<RuleSet>(workspace.load({{}, workspace.cache, false})));
  CHECK(errors_of(workspace.load({{}, workspace.cache, true})).size() == 1);
  CHECK(errors_of(workspace.load({{}, {}, false})).size() == 1);

  const std::string hash = content_hash_of(workspace.set);
  const std::string_view built[] = {hash};
  CHECK(std::holds_alternative<RuleSet>(workspace.load({built, {}, false})));
  CHECK(errors_of(workspace.load({built, {}, true})).size() == 1);
}

TEST_CASE("A cache folder that cannot be written is no error", "[verified-set]") {
  const Workspace workspace;
  // A folder inside a file cannot be made, whoever runs the test.
  testing::write_file(workspace.root / "a-file", "");
  const fs::path unwritable = workspace.root / "a-file" / "cache";
  testing::write_file(workspace.set, phrase_set("一份范文"));
  CHECK(std::holds_alternative<RuleSet>(workspace.load({{}, unwritable, false})));
  CHECK(std::holds_alternative<RuleSet>(workspace.load({{}, unwritable, false})));
  testing::write_file(workspace.set, phrase_set("工作计划"));
  CHECK(errors_of(workspace.load({{}, unwritable, false})).size() == 1);
}

TEST_CASE("The shipped sets' examples hold, and this planlint knows them as verified",
          "[verified-set]") {
  const ExampleVerification verification = example_verification();
  for (const char* name : {"core", "gbt9704", "document-types", "education-plan"}) {
    INFO(name);
    const RuleSetResult loaded = load_rule_set(name, {testing::source_dir() / "rules"});
    REQUIRE(std::holds_alternative<RuleSet>(loaded));
    const RuleSet& set = std::get<RuleSet>(loaded);
    CHECK(errors_of(example_errors(set.rules)) == Strings{});
    CHECK(std::find(verification.verified_when_built.begin(),
                    verification.verified_when_built.end(),
                    set.content_hash) != verification.verified_when_built.end());
  }
}

// Sets an environment variable for one scope, then puts back what was there.
class ScopedVariable {
 public:
  ScopedVariable(const char* name, const char* value) : name_(name) {
    if (const char* before = std::getenv(name)) before_ = before;
    set(value);
  }
  ~ScopedVariable() { set(before_ ? before_->c_str() : nullptr); }
  ScopedVariable(const ScopedVariable&) = delete;
  ScopedVariable& operator=(const ScopedVariable&) = delete;
  void set(const char* value) {
    if (value == nullptr) {
      ::unsetenv(name_);
    } else {
      ::setenv(name_, value, 1);
    }
  }

 private:
  const char* name_;
  std::optional<std::string> before_;
};

TEST_CASE("The cache folder follows PLANLINT_CACHE_DIR, then XDG_CACHE_HOME, then HOME",
          "[verified-set]") {
  ScopedVariable chosen("PLANLINT_CACHE_DIR", "/tmp/chosen");
  ScopedVariable xdg("XDG_CACHE_HOME", "/tmp/xdg");
  ScopedVariable home("HOME", "/home/someone");
  CHECK(default_cache_directory() == fs::path("/tmp/chosen"));
  chosen.set("");
  CHECK(default_cache_directory().empty());
  chosen.set(nullptr);
  CHECK(default_cache_directory() == fs::path("/tmp/xdg/planlint"));
  xdg.set(nullptr);
  CHECK(default_cache_directory() == fs::path("/home/someone/.cache/planlint"));
}
