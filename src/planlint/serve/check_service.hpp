#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "planlint/core/message.hpp"
#include "planlint/core/severity.hpp"
#include "planlint/serve/rule_choices.hpp"

namespace planlint {

// A file as uploaded: its name (already checked by upload_name) and its bytes, never on disk.
struct Upload {
  std::string name;
  std::string bytes;
};

// What the server answers, independent of the HTTP library, so that the answers can be tested
// and fuzzed without a socket.
struct Reply {
  int status = 200;
  std::string content_type;
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

// A JSON error answer: {"errors": ["…", …]}, each message as the command line would print it.
Reply error_reply(int status, const std::vector<std::string>& messages);
Reply error_reply(int status, const Message& message, Language language);

// Checks uploads in memory with the library's checker and reporters: the report of /api/check
// is the one `planlint check --format FORMAT` writes for the same files, and /api/annotate's
// copy the one `--annotate` writes. Shared read-only by the request threads.
class CheckService {
 public:
  // `fail_on`: the severity from which a file is not ready (the HTML report's verdict).
  CheckService(RuleChoices choices, std::optional<Severity> fail_on);

  const RuleChoices& choices() const { return choices_; }
  // GET /api/rules: {"default": id, "rule_sets": [{"id", "description", "rules"}…]}.
  Reply rule_sets() const;
  // The report of `uploads` in `format` (one of check_formats()), or 422 listing every file
  // that could not be read, in the words of the command line.
  Reply check(std::vector<Upload> uploads, const RuleChoice& rules, std::string_view format,
              Language language) const;
  // The upload, a .docx, with every finding as a Word comment.
  Reply annotate(Upload upload, const RuleChoice& rules, Language language) const;

 private:
  RuleChoices choices_;
  std::optional<Severity> fail_on_;
};

// Content-Disposition for a download named `name`: an ASCII fallback and the UTF-8 name
// (RFC 6266), so a Chinese file name arrives intact and no name can break the header.
std::string attachment_disposition(std::string_view name);

}  // namespace planlint
