#include "planlint/cli/file_check.hpp"

#include "planlint/cli/suppressions.hpp"
#include "planlint/docx/annotated_copy.hpp"
#include "planlint/docx/docx_loader.hpp"
#include "planlint/fix/file_edit.hpp"
#include "planlint/fix/fix_selection.hpp"
#include "planlint/input/load_document.hpp"
#include "planlint/parse/outline.hpp"

namespace planlint {
namespace {

DocumentResult load(const InputFile& input, const DecodeOptions& decode, std::uint64_t max_bytes) {
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

bool fix_wanted(const Finding& finding, bool unsafe) {
  return finding.fix && (unsafe || finding.fix->safety == FixSafety::safe);
}

Message word_fix_left_out(const Finding& finding, docx::TrackObstacle obstacle) {
  const std::string where = "¶" + std::to_string(finding.start.paragraph) + ": ";
  if (obstacle == docx::TrackObstacle::drawn_number) {
    return {where + "自动编号由 Word 生成，未改写，请在 Word 中调整编号：" + finding.message,
            where +
                "an automatic number is drawn by Word and was not rewritten; adjust the "
                "numbering in Word: " +
                finding.message_en};
  }
  return {where + "修复涉及段落结尾、制表符、换行、域或他人的修订，未写入：" + finding.message,
          where +
              "the fix touches a paragraph end, a tab, a line break, a field or someone's "
              "tracked change and was not written: " +
              finding.message_en};
}

// The first obstacle among a fix's edits, given the obstacles of every edit in turn.
std::optional<docx::TrackObstacle> first_obstacle(
    const Fix& fix, std::vector<std::optional<docx::TrackObstacle>>::const_iterator& next) {
  std::optional<docx::TrackObstacle> found;
  for (std::size_t index = 0; index < fix.edits.size(); ++index, ++next) {
    if (*next && !found) found = *next;
  }
  return found;
}

// The findings whose fixes can be written into the Word document `bytes` as tracked changes,
// with those of the others removed; `left_out` gets why each wanted one cannot.
std::variant<std::vector<Finding>, Message> writable_in_word(const std::string& bytes,
                                                             std::vector<Finding> findings,
                                                             bool unsafe,
                                                             std::vector<Message>* left_out) {
  std::vector<TextEdit> edits;
  for (const Finding& finding : findings) {
    if (!fix_wanted(finding, unsafe)) continue;
    edits.insert(edits.end(), finding.fix->edits.begin(), finding.fix->edits.end());
  }
  auto obstacles = docx::track_obstacles(bytes, edits);
  if (auto* problem = std::get_if<Message>(&obstacles)) return std::move(*problem);
  auto next = std::get<0>(obstacles).cbegin();
  for (Finding& finding : findings) {
    if (!fix_wanted(finding, unsafe)) continue;
    if (const auto obstacle = first_obstacle(*finding.fix, next)) {
      if (left_out != nullptr) left_out->push_back(word_fix_left_out(finding, *obstacle));
      finding.fix.reset();
    }
  }
  return findings;
}

}  // namespace

FileCheck FileChecker::check(const InputItem& item) const {
  FileCheck result;
  if (const auto* unlisted = std::get_if<InputError>(&item)) {
    result.input_error = *unlisted;
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
    return fix_word_bytes(name, original);
  }
  FileCheck result = check_loaded(load_document_from_bytes(name, original, decode));
  if (result.input_error) return result;
  FixOutcome outcome{original, original, std::string(result.document->source()), 0, {}, {}};
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

// A Word document is fixed in a copy, each fix a tracked change (docs/fixing.md): pass after
// pass, the fixes that can be written are, and the copy is read again as if they were accepted.
FileCheck FileChecker::fix_word_bytes(const std::string& name, const std::string& original) const {
  if (!fixing->word_copy) {
    FileCheck result;
    result.input_error = InputError{
        name,
        std::nullopt,
        {"Word 文档的修复以修订写入副本：请用 --output-docx OUT.docx 指定副本，文件未改动",
         "a Word document's fixes go into a copy as tracked changes: name it with --output-docx "
         "OUT.docx; the file was not changed"}};
    return result;
  }
  FileCheck result = check_loaded(load_document_from_bytes(name, original, decode), true);
  if (result.input_error) return result;
  FixOutcome outcome{original, original, std::string(result.document->source()), 0, {}, {}};
  for (int pass = 0; pass < kMostFixPasses; ++pass) {
    auto writable = writable_in_word(outcome.fixed_bytes, result.findings, fixing->unsafe, nullptr);
    if (auto* problem = std::get_if<Message>(&writable)) {
      outcome.problem = std::move(*problem);
      break;
    }
    const FixSelection selection =
        select_fixes(std::get<std::vector<Finding>>(writable), fixing->unsafe);
    if (selection.edits.empty()) break;
    auto tracked = docx::tracked_copy(outcome.fixed_bytes, selection.edits, fixing->change_date);
    if (auto* problem = std::get_if<Message>(&tracked)) {
      outcome.problem = std::move(*problem);
      break;
    }
    FileCheck next =
        check_loaded(load_document_from_bytes(name, std::get<std::string>(tracked), decode), true);
    if (next.input_error) {
      outcome.problem = next.input_error->problem;
      break;
    }
    outcome.fixed_bytes = std::move(std::get<std::string>(tracked));
    outcome.fixes += selection.fixes;
    result = std::move(next);
  }
  // What is left that could not be written is said, once.
  writable_in_word(outcome.fixed_bytes, result.findings, fixing->unsafe, &outcome.notes);
  drop_word_fixes(*result.document, result.findings);
  result.fixed = std::move(outcome);
  return result;
}

FileCheck FileChecker::check_bytes(std::string name, std::string bytes) const {
  return check_loaded(load_document_from_bytes(std::move(name), std::move(bytes), decode));
}

FileCheck FileChecker::check_loaded(DocumentResult loaded, bool keep_word_fixes) const {
  FileCheck result;
  if (auto* error = std::get_if<InputError>(&loaded)) {
    result.input_error = std::move(*error);
    return result;
  }
  result.document = std::move(std::get<std::unique_ptr<Document>>(loaded));
  RuleRunner::Checked checked = runner.check(*result.document);
  result.findings = std::move(checked.findings);
  if (!keep_word_fixes) drop_word_fixes(*result.document, result.findings);
  apply_suppressions(*result.document, runner, report_unused_suppressions, result.findings);
  policy.apply(*result.document, result.findings);
  if (with_keys) result.keys = finding_keys(checked.outline, result.findings);
  result.outline = std::move(checked.outline);
  result.themes = std::move(checked.themes);
  return result;
}

}  // namespace planlint
