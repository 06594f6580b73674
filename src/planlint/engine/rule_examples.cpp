#include "planlint/engine/rule_examples.hpp"

#include <memory>
#include <variant>

#include "planlint/engine/check_document.hpp"
#include "planlint/input/load_document.hpp"
#include "planlint/parse/outline.hpp"

namespace planlint {
namespace {

struct ExampleRun {
  std::size_t count = 0;
  Message first;  // the first finding and its column, for a `miss` example that has findings
};

// An example that cannot be decoded has no findings, as a file that cannot be read has none.

ExampleRun run_example(const Rule& rule, const std::string& text) {
  auto loaded = load_document_from_bytes("example", text);
  const auto* document = std::get_if<std::unique_ptr<Document>>(&loaded);
  if (document == nullptr) return {};
  const auto findings = check_document(**document, build_outline(**document), rule);
  if (findings.empty()) return {};
  const std::string message = "“" + findings.front().message + "”";
  const std::string column = std::to_string(findings.front().start.column);
  return {findings.size(),
          {"第 " + column + " 列报告" + message, message + " at column " + column}};
}

FileError at(const RuleInfo& info, const RuleExample& example, Message message) {
  return {info.path, example.line, example.column, std::move(message)};
}

}  // namespace

std::vector<FileError> example_errors(const Rule& rule) {
  const RuleInfo& info = rule.info();
  std::vector<FileError> errors;
  for (const RuleExample& hit : info.hit_examples) {
    if (run_example(rule, hit.text).count > 0) continue;
    errors.push_back(
        at(info, hit,
           {"规则 " + info.id + " 在其 `hit` 示例“" + hit.text + "”上没有报告；请修改规则或示例",
            "rule " + info.id + " does not fire on its `hit` example “" + hit.text +
                "”; fix the rule or the example"}));
  }
  for (const RuleExample& miss : info.miss_examples) {
    const ExampleRun run = run_example(rule, miss.text);
    if (run.count == 0) continue;
    errors.push_back(at(
        info, miss,
        {"规则 " + info.id + " 在其 `miss` 示例“" + miss.text + "”上报告了问题：" + run.first.zh,
         "rule " + info.id + " fires on its `miss` example “" + miss.text + "”: " + run.first.en}));
  }
  return errors;
}

std::vector<FileError> example_errors(std::span<const RulePtr> rules) {
  std::vector<FileError> errors;
  for (const RulePtr& rule : rules) {
    std::vector<FileError> of_rule = example_errors(*rule);
    errors.insert(errors.end(), std::make_move_iterator(of_rule.begin()),
                  std::make_move_iterator(of_rule.end()));
  }
  return errors;
}

}  // namespace planlint
