#include "planlint/cli/file_check.hpp"

#include <iostream>
#include <iterator>

#include "planlint/parse/outline.hpp"

namespace planlint {
namespace {

LoadResult load(const InputFile& input, const DecodeOptions& decode) {
  if (input.path != "-") return load_document(input.path, decode);
  // Read here rather than by load_document("-"), so the text is reported under --stdin-filename.
  std::string bytes(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>{});
  return load_document_from_bytes(input.name, std::move(bytes), decode);
}

}  // namespace

FileCheck FileChecker::check(const InputItem& item) const {
  FileCheck result;
  if (const auto* problem = std::get_if<InputProblem>(&item)) {
    result.input_error = InputError{problem->path, std::nullopt, problem->problem};
    return result;
  }
  LoadResult loaded = load(std::get<InputFile>(item), decode);
  if (auto* error = std::get_if<InputError>(&loaded)) {
    result.input_error = std::move(*error);
    return result;
  }
  result.document = std::move(std::get<std::unique_ptr<Document>>(loaded));
  RuleRunner::Checked checked = runner.check(*result.document);
  result.findings = std::move(checked.findings);
  policy.apply(*result.document, result.findings);
  if (with_keys) result.keys = finding_keys(checked.outline, result.findings);
  result.outline = std::move(checked.outline);
  result.themes = std::move(checked.themes);
  return result;
}

}  // namespace planlint
