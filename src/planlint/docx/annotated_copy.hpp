#pragma once
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "planlint/core/fix.hpp"
#include "planlint/core/message.hpp"
#include "planlint/docx/tracked_changes.hpp"

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

// The author of the tracked changes planlint writes.
inline constexpr const char* kTrackedChangeAuthor = "planlint";

// For each edit of the text planlint read from the Word document `input_bytes`, why it cannot
// be written there as a tracked change (nullopt: it can). Or the problem reading it.
std::variant<std::vector<std::optional<TrackObstacle>>, Message> track_obstacles(
    std::string input_bytes, std::span<const TextEdit> edits);

// The bytes of a copy of the Word document `input_bytes` with `edits` (ascending, disjoint)
// written as tracked changes by "planlint" at `date` (ISO 8601, e.g. 2026-12-07T22:00:00Z);
// an edit with an obstacle is left out. Or the problem.
std::variant<std::string, Message> tracked_copy(std::string input_bytes,
                                                std::span<const TextEdit> edits,
                                                const std::string& date);

// Writes a Word document's bytes to `path` under a temporary name beside it, then renames it
// into place. Returns the problem, if any.
std::optional<Message> write_word_file(const std::string& path, const std::string& bytes);

// Writes annotated_copy() of the Word document `input_bytes` to `output_path`. The file is written
// under a temporary name beside `output_path` and renamed when complete. Returns the problem, if
// any.
std::optional<Message> write_annotated_copy(std::string input_bytes,
                                            const std::vector<ReviewComment>& comments,
                                            const std::string& output_path);

}  // namespace planlint::docx
