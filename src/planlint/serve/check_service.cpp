#include "planlint/serve/check_service.hpp"

#include <sstream>

#include "planlint/cli/annotate_output.hpp"
#include "planlint/cli/file_check.hpp"
#include "planlint/cli/input_error_line.hpp"
#include "planlint/report/check_report.hpp"
#include "planlint/report/json_writer.hpp"

namespace planlint {
namespace {

constexpr std::string_view kDocxType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

std::string content_type_of(std::string_view format) {
  if (format == "html") return "text/html; charset=utf-8";
  if (format == "json" || format == "sarif" || format == "rdjson") {
    return "application/json; charset=utf-8";
  }
  if (format == "jsonl") return "application/x-ndjson; charset=utf-8";
  if (format == "junit") return "application/xml; charset=utf-8";
  return "text/plain; charset=utf-8";
}

FileChecker checker_for(const RuleChoice& rules) {
  // The whole upload was bounded while it arrived; nothing is read from disk.
  return FileChecker{rules.runner, rules.project.policy, DecodeOptions{}, false, 0, std::nullopt};
}

// "plan.docx" → "plan.planlint.docx": the copy beside the original in the drafter's downloads.
std::string annotated_name(const std::string& name) {
  const std::size_t dot = name.rfind('.');
  const std::string stem = dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
  return stem + ".planlint.docx";
}

}  // namespace

Reply error_reply(int status, const std::vector<std::string>& messages) {
  JsonWriter json;
  json.begin_object();
  json.key("errors").begin_array();
  for (const std::string& message : messages) json.value(message);
  json.end_array();
  json.end_object();
  json.end_line();
  return Reply{status, "application/json; charset=utf-8", json.take_text(), {}};
}

Reply error_reply(int status, const Message& message, Language language) {
  return error_reply(status, std::vector<std::string>{message.in(language)});
}

CheckService::CheckService(RuleChoices choices, std::optional<Severity> fail_on)
    : choices_(std::move(choices)), fail_on_(fail_on) {}

Reply CheckService::rule_sets() const {
  JsonWriter json;
  json.begin_object();
  json.member("default", choices_.default_choice().id);
  json.key("rule_sets").begin_array();
  for (const auto& choice : choices_.all()) {
    json.begin_object();
    json.member("id", choice->id).member("description", choice->description);
    json.member("rules", choice->project.rules.size());
    json.end_object();
  }
  json.end_array();
  json.end_object();
  json.end_line();
  return Reply{200, "application/json; charset=utf-8", json.take_text(), {}};
}

Reply CheckService::check(std::vector<Upload> uploads, const RuleChoice& rules,
                          std::string_view format, Language language) const {
  const FileChecker checker = checker_for(rules);
  std::vector<FileCheck> checked;
  std::vector<std::string> problems;
  for (Upload& upload : uploads) {
    checked.push_back(checker.check_bytes(std::move(upload.name), std::move(upload.bytes)));
    if (checked.back().input_error) {
      problems.push_back(describe_input_error(*checked.back().input_error, language));
    }
  }
  if (!problems.empty()) return error_reply(422, problems);
  std::ostringstream out;
  const ReportOptions options{language, false, fail_on_};
  const auto reporter = make_check_reporter(format, out, options);
  reporter->rules(rules.described);
  CheckSummary summary;
  for (const FileCheck& file : checked) {
    summary.add(file.findings);
    reporter->file(*file.document, file.findings, FileDetails{&file.outline, file.themes});
  }
  reporter->finish(summary);
  return Reply{200, content_type_of(format), std::move(out).str(), {}};
}

Reply CheckService::annotate(Upload upload, const RuleChoice& rules, Language language) const {
  const std::string download = annotated_name(upload.name);
  std::string original = upload.bytes;
  const FileCheck checked =
      checker_for(rules).check_bytes(std::move(upload.name), std::move(upload.bytes));
  if (checked.input_error) {
    return error_reply(422, {describe_input_error(*checked.input_error, language)});
  }
  auto copy =
      annotated_document(*checked.document, std::move(original), checked.findings, language);
  if (auto* problem = std::get_if<Message>(&copy)) return error_reply(422, *problem, language);
  return Reply{200,
               std::string(kDocxType),
               std::move(std::get<std::string>(copy)),
               {{"Content-Disposition", attachment_disposition(download)},
                {"X-Planlint-Findings", std::to_string(checked.findings.size())}}};
}

std::string attachment_disposition(std::string_view name) {
  std::string fallback;
  std::string encoded;
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    const bool plain = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                       c == '-' || c == '.' || c == '_' || c == '~';
    fallback += byte >= 0x20 && byte < 0x7F && c != '"' && c != '\\' ? c : '_';
    if (plain) {
      encoded += c;
    } else {
      constexpr char kHex[] = "0123456789ABCDEF";
      encoded += '%';
      encoded += kHex[byte >> 4];
      encoded += kHex[byte & 0xF];
    }
  }
  return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace planlint
