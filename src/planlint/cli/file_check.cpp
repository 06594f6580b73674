#include "planlint/cli/file_check.hpp"

#include "planlint/cli/suppressions.hpp"
#include "planlint/docx/docx_loader.hpp"
#include "planlint/fix/file_edit.hpp"
#include "planlint/fix/fix_selection.hpp"
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

// A Word document's fixes are edits of its extracted text, which no report reader can apply to
// the file: only `--fix --output-docx` makes them, as tracked changes.
void drop_word_fixes(const Document& document, std::vector<Finding>& findings) {
  if (document.paragraphs().empty()) return;
  for (Finding& finding : findings) finding.fix.reset();
}

// Passes of fixing one file: each fixes what the previous one's overlaps held back, and
// every fix removes its finding, so a file settles long before this unless fixes undo each other.
constexpr int kMostFixPasses = 10;

}  // namespace

FileCheck FileChecker::check(const InputItem& item) const {
  FileCheck result;
  if (const auto* problem = std::get_if<InputProblem>(&item)) {
    result.input_error = InputError{problem->path, std::nullopt, problem->problem};
    return result;
  }
  const InputFile& input = std::get<InputFile>(item);
  if (fixing) return check_fixing(input);
  return check_loaded(load(input, decode, max_file_size));
}

FileCheck FileChecker::check_fixing(const InputFile& input) const {
  auto bytes = read_input_bytes(input.path, max_file_size);
  if (auto* error = std::get_if<InputError>(&bytes)) {
    FileCheck result;
    error->path = input.name;
    result.input_error = std::move(*error);
    return result;
  }
  return fix_bytes(input.name, std::get<std::string>(bytes));
}

// Checks, applies the chosen fixes to the file's bytes, and checks the result again, until a
// pass has nothing left to fix. Every pass reads the bytes in the encoding the first pass found,
// so a fix never changes how the file is read.
FileCheck FileChecker::fix_bytes(const std::string& name, const std::string& original) const {
  if (docx::sniff_office_container(original) != docx::OfficeContainer::none) {
    FileCheck result;
    result.input_error = InputError{
        name,
        std::nullopt,
        {"--fix 和 --diff 暂不支持修改 Word 文档，文件未改动（见 docs/fixing.md）",
         "--fix and --diff cannot repair Word documents yet; the file was not changed (see "
         "docs/fixing.md)"}};
    return result;
  }
  FileCheck result = check_loaded(load_document_from_bytes(name, original, decode));
  if (result.input_error) return result;
  FixOutcome outcome{original, original, std::string(result.document->source()), 0, {}};
  DecodeOptions same_encoding = decode;
  same_encoding.forced_encoding = result.document->decoded().encoding();
  for (int pass = 0; pass < kMostFixPasses; ++pass) {
    const FixSelection selection = select_fixes(result.findings, fixing->unsafe);
    if (selection.edits.empty()) break;
    auto edited = edited_bytes(outcome.fixed_bytes, *result.document, selection.edits);
    if (auto* problem = std::get_if<Message>(&edited)) {
      outcome.problem = std::move(*problem);
      break;
    }
    FileCheck next =
        check_loaded(load_document_from_bytes(name, std::get<std::string>(edited), same_encoding));
    if (next.input_error) {
      outcome.problem = next.input_error->problem;
      break;
    }
    outcome.fixed_bytes = std::move(std::get<std::string>(edited));
    outcome.fixes += selection.fixes;
    result = std::move(next);
  }
  result.fixed = std::move(outcome);
  return result;
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
  drop_word_fixes(*result.document, result.findings);
  apply_suppressions(*result.document, runner, report_unused_suppressions, result.findings);
  policy.apply(*result.document, result.findings);
  if (with_keys) result.keys = finding_keys(checked.outline, result.findings);
  result.outline = std::move(checked.outline);
  result.themes = std::move(checked.themes);
  return result;
}

}  // namespace planlint
