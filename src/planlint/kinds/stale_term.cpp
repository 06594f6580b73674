#include "planlint/kinds/stale_term.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <map>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/engine/regex_scan.hpp"

namespace planlint {
namespace {

// How far from a match its sentence is looked for, in bytes either way: a sentence is far
// shorter, and the bound keeps the search linear on a text of long lines without a sentence end.
constexpr std::size_t kSentenceReach = 600;

bool is_continuation_byte(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

// The sentence around a match: from the last sentence end before it to the next after it,
// within kSentenceReach of the match.
std::string_view sentence_around(std::string_view view, std::size_t begin, std::size_t end) {
  std::size_t from = begin > kSentenceReach ? begin - kSentenceReach : 0;
  while (from < begin && is_continuation_byte(view[from])) ++from;
  std::size_t to = std::min(view.size(), end + kSentenceReach);
  while (to > end && to < view.size() && is_continuation_byte(view[to])) --to;
  // As the view holds them: full-width ；！？ are folded to ; ! ?.
  static constexpr std::array<std::string_view, 5> kEnds{"。", "!", "?", ";", "\n"};
  const std::string_view before = view.substr(from, begin - from);
  const std::string_view after = view.substr(end, to - end);
  std::size_t sentence_from = from;
  std::size_t sentence_to = to;
  for (const std::string_view mark : kEnds) {
    if (const std::size_t at = before.rfind(mark); at != std::string_view::npos) {
      sentence_from = std::max(sentence_from, from + at + mark.size());
    }
    if (const std::size_t at = after.find(mark); at != std::string_view::npos) {
      sentence_to = std::min(sentence_to, end + at);
    }
  }
  return view.substr(sentence_from, sentence_to - sentence_from);
}

// A date known only to its year or month taken at its first day: a document dated 2023 may
// predate 2023-01-08.
CalendarDate earliest_day(CalendarDate date) {
  if (date.month == 0) date.month = 1;
  if (date.day == 0) date.day = 1;
  return date;
}

class StaleTermRule final : public Rule {
 public:
  struct Config {
    std::unique_ptr<re2::RE2> terms;
    std::map<std::string, std::string, std::less<>> replacements;  // folded term → replacement
    std::string replacement;                                       // for every term
    CalendarDate stale_from;
    std::unique_ptr<re2::RE2> retrospective;  // nullptr: none
    std::vector<std::string> allow;           // folded texts holding a term that are no use of it
    std::vector<DocumentType> review_types;
  };

  StaleTermRule(RuleInfo info, Config config) : Rule(std::move(info)), config_(std::move(config)) {}

  std::vector<std::string> triggers() const override { return {config_.terms->pattern()}; }
  std::vector<FixOffer> fix_offers() const override {
    const bool replaces = !config_.replacement.empty() ||
                          std::any_of(config_.replacements.begin(), config_.replacements.end(),
                                      [](const auto& pair) { return !pair.second.empty(); });
    if (!replaces) return {};
    return {{"replace", FixSafety::unsafe}};
  }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::string& view = context.view();
    for (const ViewRange range : context.ranges_for(*this)) {
      for_each_match(*config_.terms, view, range.begin, range.end,
                     [&](std::span<const std::string_view> groups) {
                       const std::string_view term = reported_group(groups);
                       const auto begin = static_cast<std::size_t>(term.data() - view.data());
                       check_use(context, begin, begin + term.size(), sink);
                     });
    }
  }

 private:
  // The first capture group that took part (a pattern may match context around the term),
  // else the whole match.
  static std::string_view reported_group(std::span<const std::string_view> groups) {
    for (std::size_t index = 1; index < groups.size(); ++index) {
      if (groups[index].data() != nullptr) return groups[index];
    }
    return groups[0];
  }

  void check_use(const CheckContext& context, std::size_t begin, std::size_t end,
                 FindingSink& sink) const {
    const std::string_view view = context.view();
    const auto line = static_cast<std::uint32_t>(context.view_lines().line_of(begin) + 1);
    const DocumentProfile profile = context.profile_at(line);
    if (!profile.date || earliest_day(*profile.date) < config_.stale_from) return;
    if (profile.type && std::find(config_.review_types.begin(), config_.review_types.end(),
                                  *profile.type) != config_.review_types.end()) {
      return;
    }
    if (lies_in_allowed_text(view, begin, end)) return;
    if (config_.retrospective != nullptr &&
        re2::RE2::PartialMatch(sentence_around(view, begin, end), *config_.retrospective)) {
      return;
    }
    const std::string term(view.substr(begin, end - begin));
    const auto mapped = config_.replacements.find(term);
    const std::string replacement =
        mapped != config_.replacements.end() ? mapped->second : config_.replacement;
    ReportDetails details;
    details.args = {{"replacement", replacement},
                    {"stale_from", format_calendar_date_zh(config_.stale_from)},
                    {"stale_from_en", format_calendar_date(config_.stale_from)},
                    {"date", format_calendar_date_zh(*profile.date)},
                    {"date_en", format_calendar_date(*profile.date)}};
    if (!replacement.empty()) details.replacement = replacement;
    // A stale term is stale by the document's date, and whether a sentence still means the old
    // period or body is the reader's call: the replacement is offered, never applied unasked.
    details.replacement_fix = FixSafety::unsafe;
    sink.report_view_span(*this, begin, end, std::move(details));
  }

  // 农业部门 holds 农业部 and names no ministry.
  bool lies_in_allowed_text(std::string_view view, std::size_t begin, std::size_t end) const {
    const std::string_view term = view.substr(begin, end - begin);
    for (const std::string& allowed : config_.allow) {
      for (std::size_t at = allowed.find(term); at != std::string::npos;
           at = allowed.find(term, at + 1)) {
        if (at <= begin && view.substr(begin - at, allowed.size()) == allowed) return true;
      }
    }
    return false;
  }

  Config config_;
};

constexpr std::array<std::string_view, 5> kMessageArgs{"replacement", "stale_from", "stale_from_en",
                                                       "date", "date_en"};

// `terms:` a list of texts (with `replacement:` for all), or a mapping of each to its own.
std::vector<std::string> read_terms(RuleFields& fields, StaleTermRule::Config& config) {
  std::vector<std::string> folded;
  const auto terms = fields.node("terms");
  if (terms && terms->IsMap()) {
    for (const auto& pair : *terms) {
      if (!pair.first.IsScalar() || !pair.second.IsScalar()) {
        fields.error(pair.first, {"`terms` 的每一项都必须是“过时提法: 替换”",
                                  "each entry of "
                                  "`terms` must be `stale term: replacement`"});
        continue;
      }
      const std::string term = RuleFields::fold_literal(pair.first.Scalar());
      config.replacements[term] = pair.second.Scalar();
      folded.push_back(term);
    }
    return folded;
  }
  for (const std::string& term : fields.string_list("terms")) {
    if (!term.empty()) folded.push_back(RuleFields::fold_literal(term));
  }
  return folded;
}

std::unique_ptr<re2::RE2> read_matcher(RuleFields& fields, StaleTermRule::Config& config) {
  std::string alternation = literal_alternation(read_terms(fields, config));
  fields.append_patterns(alternation);
  if (alternation.empty()) {
    fields.error(fields.entry(), {"stale-term 规则需要写明过时的提法：`terms:`（文字）或 "
                                  "`patterns:`（正则表达式）",
                                  "a stale-term rule needs the stale wording: `terms:` (texts) or "
                                  "`patterns:` (regular expressions)"});
    return nullptr;
  }
  return fields.pattern(fields.entry(), alternation);
}

void read_stale_from(RuleFields& fields, StaleTermRule::Config& config) {
  const std::string text = fields.required_string("stale_from");
  if (text.empty()) return;
  if (const auto date = parse_calendar_date(text)) {
    config.stale_from = *date;
  } else {
    fields.error_at_value("stale_from",
                          {"`stale_from` 必须是日期：2021-01-01、2021-01 或 2021",
                           "`stale_from` must be a date: 2021-01-01, 2021-01 or 2021"});
  }
}

void read_review_types(RuleFields& fields, StaleTermRule::Config& config) {
  for (const std::string& name : fields.string_list("review_types")) {
    if (const auto type = parse_document_type(name)) {
      config.review_types.push_back(*type);
    } else {
      fields.error_at_value("review_types", {"未知的文档类型“" + name + "”",
                                             "unknown document type \"" + name + "\""});
    }
  }
}

RulePtr make_stale_term_rule(RuleInfo info, RuleFields& fields) {
  StaleTermRule::Config config;
  config.terms = read_matcher(fields, config);
  config.replacement = fields.string("replacement").value_or("");
  read_stale_from(fields, config);
  const std::vector<std::string> retrospective = fields.string_list("retrospective");
  if (!retrospective.empty()) {
    std::vector<std::string> folded;
    for (const auto& cue : retrospective) folded.push_back(RuleFields::fold_literal(cue));
    config.retrospective =
        fields.pattern(*fields.node("retrospective"), literal_alternation(folded));
  }
  for (const std::string& allowed : fields.string_list("allow")) {
    if (!allowed.empty()) config.allow.push_back(RuleFields::fold_literal(allowed));
  }
  read_review_types(fields, config);
  if (config.terms == nullptr || !fields.ok()) return nullptr;
  return std::make_unique<StaleTermRule>(std::move(info), std::move(config));
}

}  // namespace

const KindEntry& stale_term_kind() {
  static const KindEntry entry{"stale-term",
                               "wording that went stale at a date, in a document dated after it",
                               kMessageArgs, make_stale_term_rule};
  return entry;
}

}  // namespace planlint
