#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "planlint/core/finding.hpp"
#include "planlint/core/message.hpp"
#include "planlint/report/outline_report.hpp"

namespace planlint {

class Document;

// --annotate and --output-docx: whether the run can write a copy of a .docx (one input path, not
// standard input, the output not the input); the problem otherwise. `option` names the option.
std::optional<Message> word_copy_usage_problem(const std::vector<std::string>& paths,
                                               const std::string& files_from,
                                               const std::string& option,
                                               const std::string& output);

// The annotated copy of a checked .docx, whose bytes as read are `original_bytes`: each finding a
// comment reading its message and rule id. Or the problem (the document is no .docx…).
std::variant<std::string, Message> annotated_document(const Document& document,
                                                      std::string original_bytes,
                                                      const std::vector<Finding>& findings,
                                                      Language language);

// Writes the annotated copy of a checked .docx: each finding a comment reading its message and
// rule id. `fixed_bytes`, when given, is the document with its fixes as tracked changes, which
// the comments go into; else the file is read again. Returns the problem, if any.
std::optional<Message> write_annotations(const Document& document,
                                         const std::vector<Finding>& findings,
                                         const std::string& output, Language language,
                                         const std::string* fixed_bytes = nullptr);

}  // namespace planlint
