// The rule-file suite: each broken file with its exact message and position.
#include <unistd.h>
#include <catch2/catch.hpp>
#include <filesystem>

#include "planlint/config/rule_set.hpp"
#include "planlint/kinds/registry.hpp"
#include "support/golden.hpp"
#include "support/rule_testing.hpp"

namespace fs = std::filesystem;
using namespace planlint;
using Strings = std::vector<std::string>;
using testing::errors_of;

namespace {

Strings load_errors(const std::string& yaml) {
  return errors_of(load_rule_set_from_text(yaml, "set.yaml", {}));
}

std::string kind_names() {
  std::string names;
  for (const auto& kind : rule_kinds())
    names += (names.empty() ? "" : ", ") + std::string(kind.name);
  return names;
}

const char* const kOneRule = R"(name: one
rules:
  - id: residue-url
    kind: phrase
    severity: warning
    message: 网址“{match}”
    patterns: ['https?://[a-z.]+']
)";

// A directory of rule files for the tests that need extends; one per process, because CTest
// runs the test cases side by side.
struct RuleDirectory {
  fs::path root =
      fs::temp_directory_path() / ("planlint-rule-set-test-" + std::to_string(::getpid()));
  RuleDirectory() { fs::create_directories(root); }
  ~RuleDirectory() { fs::remove_all(root); }
  void write(const std::string& name, const std::string& text) const {
    testing::write_file(root / name, text);
  }
};

}  // namespace

TEST_CASE("Broken rule files are refused with their positions", "[rule-set]") {
  const std::pair<const char*, Strings> cases[] = {
      {"name: [unclosed\n", {"set.yaml:2:1: not valid YAML: end of sequence flow not found"}},
      {"", {"set.yaml: the file is empty; a rule set needs `name:` and `rules:`"}},
      {"- a\n- b\n",
       {"set.yaml:1:1: a rule set must be a mapping with `name`, `description`, `extends` and "
        "`rules`"}},
      {"name: x\nrule: []\n",
       {"set.yaml:2:1: unknown key `rule` (this entry knows: description, extends, name, rules)"}},
      {"description: d\nrules: []\n",
       {"set.yaml:1:1: missing `name` (every entry of this kind needs one)"}},
      {"name: x\nrules: {id: a}\n",
       {"set.yaml:2:8: `rules` must be a list of rules, each starting with `- id:`"}},
      {"name: x\nrules:\n  - just text\n",
       {"set.yaml:3:5: each rule must be a mapping with id, kind, severity and message"}},
      {"name: x\nrules:\n  - {id: a, kind: regex, severity: error, message: m}\n",
       {"set.yaml:3:19: unknown kind “regex”; the kinds are: " + kind_names()}},
      {"name: x\nrules:\n  - {id: a, kind: phrase, severity: fatal, message: m, phrases: [x]}\n",
       {"set.yaml:3:37: `severity` must be one of: error, warning, info (found “fatal”)"}},
      {"name: x\nrules:\n  - {id: Bad_Id, kind: phrase, severity: info, message: m, phrases: "
       "[x]}\n",
       {"set.yaml:3:10: rule id “Bad_Id” must be kebab-case: lower-case letters, digits and "
        "hyphens, e.g. placeholder-letters"}},
      {"name: x\nrules:\n  - {id: a, kind: phrase, severity: info, message: m, phrases: {x: y}}\n",
       {"set.yaml:3:64: `phrases` must be a list of texts, not a mapping (write `phrases: [甲, "
        "乙]`)"}},
      {"name: x\nrules:\n  - {id: a, kind: phrase, severity: info, message: m, phrase: [x]}\n",
       {"set.yaml:3:5: a phrase rule needs `phrases:` (texts) or `patterns:` (regular "
        "expressions) to look for",
        "set.yaml:3:55: unknown key `phrase` (this entry knows: description, enabled, examples, "
        "id, kind, message, message_en, patterns, phrases, severity, source)"}},
      {"name: x\nrules:\n  - {id: a, kind: phrase, severity: info, message: m, phrases: [x]}\n"
       "  - {id: a, kind: phrase, severity: info, message: m, phrases: [y]}\n",
       {"set.yaml:4:10: duplicate rule id “a” in this file"}},
      {"name: x\nrules:\n  - {id: a, severity: info}\n",
       {"set.yaml:3:5: rule “a” is not defined in the sets this one extends; a new rule needs "
        "`kind:`"}},
      {"name: x\nextends: [nowhere]\nrules: []\n",
       {"set.yaml:2:11: rule set “nowhere” not found (a name is looked up as nowhere.yaml in: ; "
        "a path is taken relative to this file)"}},
  };
  for (const auto& [yaml, expected] : cases) {
    INFO(yaml);
    CHECK(load_errors(yaml) == expected);
  }
}

TEST_CASE("A catastrophic pattern is harmless: RE2 matches in linear time", "[rule-set]") {
  const auto result = load_rule_set_from_text(R"(name: x
rules:
  - id: nested-plus
    kind: phrase
    severity: info
    message: m
    patterns: ['(a+)+$']
)",
                                              "set.yaml", {});
  REQUIRE(std::holds_alternative<RuleSet>(result));
}

TEST_CASE("A loaded set has its rules, in order", "[rule-set]") {
  const auto result = load_rule_set_from_text(kOneRule, "set.yaml", {});
  REQUIRE(std::holds_alternative<RuleSet>(result));
  const RuleSet& set = std::get<RuleSet>(result);
  CHECK(set.name == "one");
  REQUIRE(set.rules.size() == 1);
  CHECK(set.rules[0]->info().id == "residue-url");
  CHECK(set.rules[0]->info().severity == Severity::warning);
}

TEST_CASE("Extended sets merge: redefine, patch, switch off", "[rule-set]") {
  const RuleDirectory directory;
  directory.write("base.yaml", kOneRule);
  directory.write("child.yaml", R"(name: child
extends: base
rules:
  - id: residue-url
    severity: error
    message: 不应出现网址“{match}”
  - id: residue-fanwen
    kind: phrase
    severity: info
    message: m
    phrases: [范文]
)");
  const auto child = load_rule_set((directory.root / "child.yaml").string(), {directory.root});
  INFO(errors_of(child).size());
  REQUIRE(std::holds_alternative<RuleSet>(child));
  const auto& rules = std::get<RuleSet>(child).rules;
  REQUIRE(rules.size() == 2);
  CHECK(rules[0]->info().id == "residue-url");
  CHECK(rules[0]->info().severity == Severity::error);
  CHECK(rules[0]->info().message == "不应出现网址“{match}”");
  CHECK(rules[1]->info().id == "residue-fanwen");

  directory.write("off.yaml",
                  "name: off\nextends: [child.yaml]\nrules:\n"
                  "  - {id: residue-url, enabled: false}\n");
  const auto off = load_rule_set((directory.root / "off.yaml").string(), {directory.root});
  REQUIRE(std::holds_alternative<RuleSet>(off));
  REQUIRE(std::get<RuleSet>(off).rules.size() == 1);
  CHECK(std::get<RuleSet>(off).rules[0]->info().id == "residue-fanwen");

  directory.write("bad-patch.yaml",
                  "name: p\nextends: base\nrules:\n"
                  "  - {id: residue-url, phrases: [a]}\n");
  CHECK(errors_of(load_rule_set((directory.root / "bad-patch.yaml").string(), {directory.root})) ==
        Strings{(directory.root / "bad-patch.yaml").string() +
                ":4:23: `phrases` of rule “residue-url” can only be changed by redefining the "
                "rule with its `kind`; without `kind` a set may change severity, enabled, "
                "message, message_en, description, source"});
}

TEST_CASE("A cycle of extends is refused", "[rule-set]") {
  const RuleDirectory directory;
  directory.write("a.yaml", "name: a\nextends: b\nrules: []\n");
  directory.write("b.yaml", "name: b\nextends: [a]\nrules: []\n");
  const auto errors =
      errors_of(load_rule_set((directory.root / "a.yaml").string(), {directory.root}));
  CHECK(errors == Strings{(directory.root / "b.yaml").string() +
                          ":2:11: `extends` makes a cycle: a.yaml → b.yaml → a.yaml"});
}

TEST_CASE("A self-contained rule set extends sets by name only, never by path", "[rule-set]") {
  const RuleDirectory directory;
  directory.write("base.yaml", kOneRule);
  const std::string by_name =
      "name: x\nextends: [base]\nrules:\n  - {id: residue-url, enabled: false}\n";
  const auto named = load_self_contained_rule_set(by_name, "memory.yaml", {directory.root});
  REQUIRE(std::holds_alternative<RuleSet>(named));
  CHECK(std::get<RuleSet>(named).rules.empty());

  // The same file found as a path: refused without being read, however it is written.
  for (const std::string& reference :
       {std::string("base.yaml"), (directory.root / "base.yaml").string()}) {
    INFO(reference);
    const std::string by_path = "name: x\nextends: [" + reference + "]\nrules: []\n";
    CHECK(errors_of(load_self_contained_rule_set(by_path, "memory.yaml", {directory.root})) ==
          Strings{"memory.yaml:2:11: `extends` may only name a rule set here (" + reference +
                  " is a path to a file)"});
    // The ordinary loader follows the same path.
    CHECK(std::holds_alternative<RuleSet>(
        load_rule_set_from_text(by_path, (directory.root / "memory.yaml").string(), {})));
  }
}

TEST_CASE("The shipped rule sets load, and every rule has examples", "[rule-set]") {
  for (const char* name : {"core", "gbt9704", "education-plan"}) {
    INFO(name);
    const auto result = load_rule_set(name, {testing::source_dir() / "rules"});
    CHECK(errors_of(result) == Strings{});
    REQUIRE(std::holds_alternative<RuleSet>(result));
    CHECK(std::get<RuleSet>(result).name == name);
    for (const auto& rule : std::get<RuleSet>(result).rules) {
      INFO(rule->info().id);
      CHECK_FALSE(rule->info().hit_examples.empty());
      CHECK_FALSE(rule->info().miss_examples.empty());
    }
  }
  CHECK(errors_of(load_rule_set("no-such-set", {testing::source_dir() / "rules"})) ==
        Strings{"no-such-set: no rule set of that name (looked for no-such-set.yaml in: " +
                (testing::source_dir() / "rules").string() + ")"});
}

TEST_CASE("Rule-file problems are written in Chinese as well as English", "[rule-set]") {
  const RuleSetResult result = load_rule_set_from_text(
      "name: x\nrule: []\nrules:\n  - {id: a-b, kind: nothing, severity: error, message: m}\n",
      "set.yaml", {});
  const auto* errors = std::get_if<std::vector<FileError>>(&result);
  REQUIRE(errors != nullptr);
  REQUIRE(errors->size() == 2);
  CHECK(format_file_error((*errors)[0], Language::zh) ==
        "set.yaml:2:1: 无法识别的键 `rule`（此条目可用的键：description, extends, name, rules）");
  CHECK(format_file_error((*errors)[1], Language::zh) ==
        "set.yaml:4:21: 无法识别的规则类型“nothing”；可用的类型有：" + kind_names());
  CHECK(format_file_error((*errors)[1], Language::en) ==
        "set.yaml:4:21: unknown kind “nothing”; the kinds are: " + kind_names());
}

TEST_CASE("Content known sound skips only the checks that could find a mistake", "[rule-set]") {
  const auto set_with_pattern = [](const std::string& pattern) {
    return "name: x\nrules:\n  - {id: a-b, kind: phrase, severity: info, message: m, patterns: ['" +
           pattern + "']}\n";
  };
  const KnownSound known_sound = [](const std::string&) { return true; };
  // Alone, `a)|(b` is no regular expression; inside the rule's alternation it would be one. Only
  // content that loaded without a problem before can hold it unchecked.
  CHECK(load_errors(set_with_pattern("a)|(b")).size() == 1);
  CHECK(std::holds_alternative<RuleSet>(
      load_rule_set_from_text(set_with_pattern("a)|(b"), "set.yaml", {}, known_sound)));
  // What a rule compiles keeps RE2's memory budget whatever the caller knows.
  CHECK_FALSE(std::holds_alternative<RuleSet>(load_rule_set_from_text(
      set_with_pattern("((\\pL|\\pN){100}){10}"), "set.yaml", {}, known_sound)));
  // A set with problems of its own is never taken for known sound.
  bool asked = false;
  load_rule_set_from_text("name: x\nrule: []\n", "set.yaml", {}, [&](const std::string&) {
    asked = true;
    return true;
  });
  CHECK_FALSE(asked);
}
