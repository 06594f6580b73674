#include "planlint/cli/annotate_output.hpp"

#include <cstdio>
#include <filesystem>

#include "planlint/docx/annotated_copy.hpp"
#include "planlint/report/check_report.hpp"
#include "planlint/text/document.hpp"

namespace planlint {
namespace fs = std::filesystem;

std::optional<Message> word_copy_usage_problem(const std::vector<std::string>& paths,
                                               const std::string& files_from,
                                               const std::string& option,
                                               const std::string& output) {
  std::error_code unknown;  // a path that cannot be looked at is no folder
  if (paths.size() != 1 || !files_from.empty() || paths[0] == "-" ||
      fs::is_directory(paths[0], unknown)) {
    if (option == "--annotate") {
      return Message{"--annotate 只为一个 .docx 写出批注副本：请只指定一个要检查的 .docx 文件",
                     "--annotate writes a copy of one .docx: name exactly one .docx file to check"};
    }
    return Message{option + " 只为一个 .docx 写出修订副本：请只指定一个要修复的 .docx 文件",
                   option + " writes a copy of one .docx: name exactly one .docx file to fix"};
  }
  std::error_code input_error, output_error, same_error;
  const fs::path input = fs::weakly_canonical(paths[0], input_error);
  const fs::path target = fs::weakly_canonical(output, output_error);
  const bool same = (!input_error && !output_error && input == target) ||
                    fs::equivalent(paths[0], output, same_error);
  if (same) {
    const bool annotating = option == "--annotate";
    return prefixed(
        option + " " + output,
        {annotating ? ": 批注副本不能覆盖被检查的文件" : ": 修订副本不能覆盖被检查的文件",
         annotating ? ": the annotated copy must not replace the input"
                    : ": the fixed copy must not replace the input"});
  }
  return std::nullopt;
}

namespace {

std::optional<Message> not_a_word_document(const Document& document) {
  if (!document.paragraphs().empty()) return std::nullopt;
  return prefixed(document.path(), {": --annotate 只能用于 Word 文档（.docx）",
                                    ": --annotate needs a Word document (.docx)"});
}

std::vector<docx::ReviewComment> review_comments(const std::vector<Finding>& findings,
                                                 Language language) {
  std::vector<docx::ReviewComment> comments;
  for (const Finding& finding : findings) {
    comments.push_back(
        {finding.begin, finding.end, message_in(finding, language) + " [" + finding.rule_id + "]"});
  }
  return comments;
}

}  // namespace

std::variant<std::string, Message> annotated_document(const Document& document,
                                                      std::string original_bytes,
                                                      const std::vector<Finding>& findings,
                                                      Language language) {
  if (auto problem = not_a_word_document(document)) return *problem;
  return docx::annotated_copy(std::move(original_bytes), review_comments(findings, language));
}

std::optional<Message> write_annotations(const Document& document,
                                         const std::vector<Finding>& findings,
                                         const std::string& output, Language language,
                                         const std::string* fixed_bytes) {
  if (auto problem = not_a_word_document(document)) return problem;
  if (fixed_bytes != nullptr) {
    return docx::write_annotated_copy(*fixed_bytes, review_comments(findings, language), output);
  }
  // The document was read from this file a moment ago; it is read again for its XML.
  std::string bytes;
  {
    std::FILE* file = std::fopen(document.path().c_str(), "rb");
    if (file == nullptr) {
      return prefixed(document.path(),
                      {": 为 --annotate 重新读取时失败", ": cannot read it again for --annotate"});
    }
    char buffer[1 << 16];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, got);
    std::fclose(file);
  }
  return docx::write_annotated_copy(std::move(bytes), review_comments(findings, language), output);
}

}  // namespace planlint
