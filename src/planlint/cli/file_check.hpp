#pragma once
#include <memory>
#include <optional>
#include <vector>

#include "planlint/baseline/finding_key.hpp"
#include "planlint/cli/finding_policy.hpp"
#include "planlint/cli/input_paths.hpp"
#include "planlint/core/finding.hpp"
#include "planlint/engine/check_document.hpp"
#include "planlint/text/document.hpp"

namespace planlint {

// What `--fix` or `--diff` made of one input over all its passes.
struct FixOutcome {
  std::string original_bytes;      // the file as read
  std::string fixed_bytes;         // with every pass's edits made; equal when nothing was fixed
  std::string original_text;       // the decoded original, for the diff
  std::size_t fixes = 0;           // the findings whose fixes were applied
  std::optional<Message> problem;  // why a pass's edits could not be written in the file
  std::vector<Message> notes;      // fixes left out of a .docx copy, and why
};

// What checking one input gave: the document and its findings, or why it could not be read.
// With fixes, the document and findings are those of the fixed text: what is left.
struct FileCheck {
  std::unique_ptr<Document> document;  // null when the input could not be read
  std::optional<InputError> input_error;
  std::vector<Finding> findings;
  Outline outline;
  std::vector<ThemeCoverage> themes;  // of each required-theme rule, for reports that show them
  std::vector<FindingKey> keys;       // one per finding, for baselines; empty when not asked for
  std::optional<FixOutcome> fixed;    // only when fixes were asked for
};

// `--fix` / `--diff`: which fixes to apply.
struct FixRequest {
  bool unsafe = false;      // --unsafe-fixes
  bool word_copy = false;   // a .docx may be fixed: into a copy (--output-docx), or for --diff
  std::string change_date;  // the w:date of a .docx's tracked changes (ISO 8601, UTC)
};

// Checks one input with what every file of a run shares read-only, so that several threads
// can use one FileChecker at once.
struct FileChecker {
  const RuleRunner& runner;
  const FindingPolicy& policy;
  DecodeOptions decode;
  bool with_keys = false;                   // a baseline is read or written
  std::uint64_t max_file_size = 0;          // bytes; 0: no limit
  std::optional<FixRequest> fixing;         // apply fixes, pass after pass, before reporting
  bool report_unused_suppressions = false;  // --report-unused-suppressions

  FileCheck check(const InputItem& item) const;
  // The same for a file already in memory (an upload), reported under `name`; max_file_size
  // is the caller's to enforce while the bytes arrive.
  FileCheck check_bytes(std::string name, std::string bytes) const;
  // Checks and fixes a file's bytes, reported under `name`, pass after pass (`fixing` must be
  // set): the result's findings are those left, its `fixed` the bytes before and after.
  FileCheck fix_bytes(const std::string& name, const std::string& bytes) const;

 private:
  FileCheck check_loaded(DocumentResult loaded, bool keep_word_fixes = false) const;
  FileCheck fix_word_bytes(const std::string& name, const std::string& original) const;
  FileCheck check_fixing(const InputFile& input) const;
};

}  // namespace planlint
