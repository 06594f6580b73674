#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "planlint/core/message.hpp"

namespace planlint::docx {

// One finding to hand back as a Word comment: its span in the reader's text and its words.
struct ReviewComment {
  std::size_t begin = 0;  // byte offsets in the text planlint read (Document::text())
  std::size_t end = 0;
  std::string text;  // message and rule id
};

// The bytes of a copy of the Word document `input_bytes` with every comment anchored on exactly
// the characters it covers, author "planlint"; comments already in the document are kept. Or the
// problem.
std::variant<std::string, Message> annotated_copy(std::string input_bytes,
                                                  const std::vector<ReviewComment>& comments);

// Writes annotated_copy() of the Word document `input_bytes` to `output_path`. The file is written
// under a temporary name beside `output_path` and renamed when complete. Returns the problem, if
// any.
std::optional<Message> write_annotated_copy(std::string input_bytes,
                                            const std::vector<ReviewComment>& comments,
                                            const std::string& output_path);

}  // namespace planlint::docx
