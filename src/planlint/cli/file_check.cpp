#include "planlint/cli/file_check.hpp"

#include "planlint/input/load_document.hpp"
#include "planlint/parse/outline.hpp"

namespace planlint {
namespace {

LoadResult load(const InputFile& input, const DecodeOptions& decode, std::uint64_t max_bytes) {
  if (input.path != "-") return load_document(input.path, decode, max_bytes);
  // Read here rather than by load_document("-"), so the text is reported under --stdin-filename.
  auto bytes = read_standard_input(input.name, max_bytes);
  if (auto* error = std::get_if<InputError>(&bytes)) return std::move(*error);
  return load_document_from_bytes(input.name, std::move(std::get<std::string>(bytes)), decode);
}

}  // namespace

FileCheck FileChecker::check(const InputItem& item) const {
  FileCheck result;
  if (const auto* problem = std::get_if<InputProblem>(&item)) {
    result.input_error = InputError{problem->path, std::nullopt, problem->problem};
    return result;
  }
  return check_loaded(load(std::get<InputFile>(item), decode, max_file_size));
}

FileCheck FileChecker::check_bytes(std::string name, std::string bytes) const {
  return check_loaded(load_document_from_bytes(std::move(name), std::move(bytes), decode));
}

FileCheck FileChecker::check_loaded(LoadResult loaded) const {
  FileCheck result;
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
