// Bytes → rule set or errors: YAML parsing, the set's keys, `extends` (by name, of the shipped
// sets only), merging and patching, every rule kind's fields and RE2 patterns. A set that loads
// runs its rules' own examples (the self-test) and then over the faulty sample plan.
#include <cstdint>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "fuzz/fuzz_expect.hpp"
#include "planlint/config/rule_set.hpp"
#include "planlint/engine/check_document.hpp"
#include "planlint/engine/rule_examples.hpp"
#include "planlint/input/load_document.hpp"

using namespace planlint;

namespace {

const Document& sample_plan() {
  static const std::unique_ptr<Document> document = [] {
    std::ifstream in(PLANLINT_FUZZ_SOURCE_DIR "/samples/faulty-plan.txt", std::ios::binary);
    std::string bytes(std::istreambuf_iterator<char>(in), {});
    FUZZ_EXPECT(!bytes.empty());
    DocumentResult loaded = load_document_from_bytes("faulty-plan.txt", std::move(bytes));
    return std::move(std::get<std::unique_ptr<Document>>(loaded));
  }();
  return *document;
}

void expect_errors_placed(const std::vector<FileError>& errors) {
  FUZZ_EXPECT(!errors.empty());
  for (const FileError& error : errors) {
    FUZZ_EXPECT(!error.path.empty());
    FUZZ_EXPECT(!error.message.zh.empty() && !error.message.en.empty());
    FUZZ_EXPECT(error.line >= 0 && error.column >= 0);
  }
}

void expect_findings_in_text(const std::vector<Finding>& findings, const Document& document) {
  for (const Finding& finding : findings) {
    FUZZ_EXPECT(finding.begin <= finding.end);
    FUZZ_EXPECT(finding.end <= document.text().size());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  RuleSetResult result =
      load_self_contained_rule_set(text, "fuzz.yaml", {PLANLINT_FUZZ_SOURCE_DIR "/rules"});
  if (const auto* errors = std::get_if<std::vector<FileError>>(&result)) {
    expect_errors_placed(*errors);
    return 0;
  }
  const RuleSet& set = std::get<RuleSet>(result);
  const std::vector<FileError> example_problems = example_errors(set.rules);
  if (!example_problems.empty()) expect_errors_placed(example_problems);
  const RuleRunner runner(set.rules);
  expect_findings_in_text(runner.check(sample_plan()).findings, sample_plan());
  return 0;
}
