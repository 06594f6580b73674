#pragma once
#include <cstdint>
#include <string>
#include <variant>

#include "planlint/core/message.hpp"
#include "planlint/text/decode.hpp"
#include "planlint/text/document.hpp"

namespace planlint {

// The one place that knows every reader: it reads a path or standard input, tells the format
// (a Word document by its bytes, Markdown by its name, plain text otherwise) and hands back a
// Document. The readers (text/, docx/, markdown/) know nothing of each other or of this layer.

// Why a file was not read past `max_bytes` (--max-file-size): shared by every reader, so a
// file too large gets the same words wherever it comes from.
Message longer_than_limit(std::uint64_t max_bytes);

// A regular file of at least this many bytes is mapped rather than read, so that its pages can
// leave memory once read. A smaller one is read: its pages weigh little, and in a run of many
// files on several threads every page released or unmapped makes the kernel flush the other
// cores' address caches (a sixth of the CPU of `--jobs 2` over 2,000 drafts).
inline constexpr std::uint64_t kMapFilesFromBytes = std::uint64_t{4} << 20;

// Reads and decodes a file ("-" reads standard input). A file of more than `max_bytes` bytes
// (0: no limit) is refused before it is read, by its size, or as soon as reading passes it.
DocumentResult load_document(const std::string& path, const DecodeOptions& options = {},
                             std::uint64_t max_bytes = 0);
// A file's bytes ("-": standard input), or an error once they pass `max_bytes` (0: no limit).
std::variant<std::string, InputError> read_input_bytes(const std::string& path,
                                                       std::uint64_t max_bytes);
// Standard input's bytes, or an error under `name` once they pass `max_bytes` (0: no limit).
std::variant<std::string, InputError> read_standard_input(const std::string& name,
                                                          std::uint64_t max_bytes);
// Decodes bytes already in memory, reported under `path`.
DocumentResult load_document_from_bytes(std::string path, std::string bytes,
                                        const DecodeOptions& options = {});

}  // namespace planlint
