#include "planlint/engine/finding_sink.hpp"

#include <algorithm>

#include "planlint/engine/check_context.hpp"
#include "planlint/text/document.hpp"

namespace planlint {

namespace {

// Fills {name} placeholders from `args`, {match} being `match` unless `args` names it (the
// span's text is not copied into the arguments of every finding); unknown names are left as
// they are (the loader refuses them).
std::string render_message(std::string_view message_template, const MessageArgs& args,
                           std::string_view match) {
  std::string out;
  out.reserve(message_template.size() + match.size());
  for (std::size_t at = 0; at < message_template.size();) {
    const std::size_t open = message_template.find('{', at);
    if (open == std::string_view::npos) {
      out.append(message_template.substr(at));
      break;
    }
    out.append(message_template.substr(at, open - at));
    const std::size_t close = message_template.find('}', open);
    if (close == std::string_view::npos) {
      out.append(message_template.substr(open));
      break;
    }
    const std::string_view name = message_template.substr(open + 1, close - open - 1);
    const auto arg = std::find_if(args.begin(), args.end(),
                                  [&](const auto& pair) { return pair.first == name; });
    if (arg != args.end()) {
      out += arg->second;
    } else if (name == "match") {
      out += match;
    } else {
      out.append(message_template.substr(open, close - open + 1));
    }
    at = close + 1;
  }
  return out;
}

bool says_nothing(const ReportDetails& details) {
  return details.args.empty() && !details.check && !details.severity && !details.topic &&
         details.message.empty() && details.message_en.empty() && !details.replacement &&
         !details.replacement_fix && !details.fix;
}

}  // namespace

Finding render_finding(const Document& document, HeldFinding held) {
  const RuleInfo& info = held.rule->info();
  ReportDetails details = held.details ? std::move(*held.details) : ReportDetails{};
  const std::size_t begin = held.begin;
  const std::size_t end = held.end;
  const MessageArgs& args = details.args;
  const std::string_view match = document.text().substr(begin, end - begin);
  const std::string_view zh = details.message.empty() ? info.message : details.message;
  const std::string_view en = details.message_en.empty() ? info.message_en : details.message_en;
  Finding finding;
  finding.rule_id = info.id;
  finding.kind = info.kind;
  finding.check = std::move(details.check);
  finding.severity = details.severity.value_or(info.severity);
  finding.topic = details.topic.value_or(info.traits.topic);
  finding.message = render_message(zh, args, match);
  finding.message_en = en.empty() ? std::string() : render_message(en, args, match);
  finding.fix = std::move(details.fix);
  if (details.replacement && details.replacement_fix) {
    finding.fix =
        Fix{*details.replacement_fix, {TextEdit{begin, end, *details.replacement, {}, {}}}};
  }
  finding.replacement = std::move(details.replacement);
  finding.begin = begin;
  finding.end = end;
  return finding;
}

FindingSink::FindingSink(const CheckContext& context) : context_(context) {}

void FindingSink::report_view_span(const Rule& rule, std::size_t view_begin, std::size_t view_end,
                                   ReportDetails details) {
  report_original_span(rule, context_.to_original_begin(view_begin),
                       context_.to_original_end(view_end), std::move(details));
}

void FindingSink::report_original_span(const Rule& rule, std::size_t begin, std::size_t end,
                                       ReportDetails details) {
  HeldFinding held{&rule, begin, end, nullptr};
  if (!says_nothing(details)) held.details = std::make_unique<ReportDetails>(std::move(details));
  findings_.push_back(std::move(held));
}

void FindingSink::report_coverage(const Rule& rule, std::string theme,
                                  std::optional<std::pair<std::size_t, std::size_t>> span) {
  ThemeCoverage coverage;
  coverage.rule_id = rule.info().id;
  coverage.theme = std::move(theme);
  if (span) {
    coverage.found = true;
    coverage.begin = span->first;
    coverage.end = span->second;
  }
  coverage_.push_back(std::move(coverage));
}

}  // namespace planlint
