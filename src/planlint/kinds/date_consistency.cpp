#include "planlint/kinds/date_consistency.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/engine/regex_scan.hpp"

namespace planlint {
namespace {

enum class Check { impossible, previous_year, past_deadline, this_year };

int group_number(std::string_view group) {
  if (group.data() == nullptr || group.empty() || group.size() > 4) return 0;
  int value = 0;
  for (const char digit : group) {
    if (digit < '0' || digit > '9') return 0;
    value = value * 10 + (digit - '0');
  }
  return value;
}

// The sentence around a match, within its line.
std::string_view sentence_around(std::string_view view, std::size_t begin, std::size_t end) {
  // As the view holds them: full-width ；！？ are folded to ; ! ?.
  static constexpr std::array<std::string_view, 3> kEnds{"。", ";", "\n"};
  std::size_t from = 0;
  std::size_t to = view.size();
  for (const std::string_view mark : kEnds) {
    const std::size_t before = begin == 0 ? std::string_view::npos : view.rfind(mark, begin - 1);
    if (before != std::string_view::npos && before + mark.size() > from) {
      from = before + mark.size();
    }
    const std::size_t after = view.find(mark, end);
    if (after != std::string_view::npos && after < to) to = after;
  }
  return view.substr(from, to - from);
}

// The last day a deadline allows: 2023年底 → 2023-12-31, 2024年3月 → 2024-03-31.
CalendarDate last_day(int year, int month, int day) {
  if (month == 0) return {year, 12, 31};
  if (day != 0) return {year, month, day};
  int last = 31;
  while (last > 28 && !is_possible_day(year, month, last)) --last;
  return {year, month, last};
}

CalendarDate first_day(CalendarDate date) {
  if (date.month == 0) date.month = 1;
  if (date.day == 0) date.day = 1;
  return date;
}

class DateConsistencyRule final : public Rule {
 public:
  struct Config {
    Check check = Check::impossible;
    // Each with its own groups: year, month, day.
    std::vector<std::unique_ptr<re2::RE2>> patterns;
    std::vector<DocumentType> types;  // empty: every type, and documents of none
    std::unique_ptr<re2::RE2> retrospective;
  };

  DateConsistencyRule(RuleInfo info, Config config)
      : Rule(std::move(info)), config_(std::move(config)) {}

  std::vector<std::string> triggers() const override {
    std::vector<std::string> sources;
    for (const auto& pattern : config_.patterns) sources.push_back(pattern->pattern());
    return sources;
  }

  void check(const CheckContext& context, FindingSink& sink) const override {
    // Each pattern is a trigger: only the lines where it can match need it.
    for (std::size_t index = 0; index < config_.patterns.size(); ++index) {
      for (const ViewRange range : context.ranges_for(*this, index)) {
        check_range(context, *config_.patterns[index], range, sink);
      }
    }
  }

 private:
  void check_range(const CheckContext& context, const re2::RE2& pattern, ViewRange range,
                   FindingSink& sink) const {
    const std::string& view = context.view();
    for_each_match(pattern, view, range.begin, range.end,
                   [&](std::span<const std::string_view> groups) {
                     const auto begin = static_cast<std::size_t>(groups[0].data() - view.data());
                     // 1.13月 and 2024-13月 are not the month they seem.
                     if (begin > 0 && (std::isdigit(static_cast<unsigned char>(view[begin - 1])) ||
                                       view[begin - 1] == '.' || view[begin - 1] == '-')) {
                       return;
                     }
                     judge(context, groups, begin, sink);
                   });
  }

  void judge(const CheckContext& context, std::span<const std::string_view> groups,
             std::size_t begin, FindingSink& sink) const {
    const int year = groups.size() > 1 ? group_number(groups[1]) : 0;
    const int month = groups.size() > 2 ? group_number(groups[2]) : 0;
    const int day = groups.size() > 3 ? group_number(groups[3]) : 0;
    const std::size_t end = begin + groups[0].size();
    if (config_.check == Check::impossible) {
      const bool bad_month =
          groups.size() > 2 && groups[2].data() != nullptr && (month < 1 || month > 12);
      const bool bad_day = !bad_month && day != 0 && !is_possible_day(year, month, day);
      if (bad_month || bad_day) sink.report_view_span(*this, begin, end, {});
      return;
    }
    const auto line = static_cast<std::uint32_t>(context.view_lines().line_of(begin) + 1);
    const DocumentProfile profile = context.profile_at(line);
    if (!applies_to(profile)) return;
    if (config_.retrospective != nullptr &&
        re2::RE2::PartialMatch(sentence_around(context.view(), begin, end),
                               *config_.retrospective)) {
      return;
    }
    ReportDetails details;
    if (config_.check == Check::previous_year) {
      if (!profile.title_year || year != *profile.title_year - 1) return;
      details.args = {{"year", std::to_string(*profile.title_year)},
                      {"date", std::to_string(*profile.title_year) + "年"},
                      {"date_en", std::to_string(*profile.title_year)}};
    } else if (config_.check == Check::this_year) {
      if (!profile.date || year == 0 || year == profile.date->year) return;
      details.args = {{"year", std::to_string(profile.date->year)},
                      {"date", format_calendar_date_zh(*profile.date)},
                      {"date_en", format_calendar_date(*profile.date)}};
    } else {
      if (!profile.date || year == 0) return;
      if (!(last_day(year, month, day) < first_day(*profile.date))) return;
      details.args = {{"year", std::to_string(profile.date->year)},
                      {"date", format_calendar_date_zh(*profile.date)},
                      {"date_en", format_calendar_date(*profile.date)}};
    }
    sink.report_view_span(*this, begin, end, std::move(details));
  }

  bool applies_to(const DocumentProfile& profile) const {
    if (config_.types.empty()) return true;
    return profile.type && std::find(config_.types.begin(), config_.types.end(), *profile.type) !=
                               config_.types.end();
  }

  Config config_;
};

constexpr std::array<std::string_view, 3> kMessageArgs{"year", "date", "date_en"};

RulePtr make_date_consistency_rule(RuleInfo info, RuleFields& fields) {
  DateConsistencyRule::Config config;
  const auto check =
      fields.choice("check", {"impossible", "previous-year", "past-deadline", "this-year"});
  if (!check && !fields.has("check")) {
    fields.error(fields.entry(), {"date-consistency 规则需要 `check:`（impossible、previous-year、"
                                  "past-deadline 或 this-year）",
                                  "a date-consistency rule needs `check:` (impossible, "
                                  "previous-year, past-deadline or this-year)"});
  }
  if (check == "previous-year") config.check = Check::previous_year;
  if (check == "past-deadline") config.check = Check::past_deadline;
  if (check == "this-year") config.check = Check::this_year;
  const std::vector<std::string> patterns = fields.string_list("patterns");
  const auto patterns_node = fields.node("patterns");
  for (std::size_t index = 0; index < patterns.size(); ++index) {
    const YAML::Node at = patterns_node->IsSequence() ? (*patterns_node)[index] : *patterns_node;
    if (auto compiled = fields.pattern(at, patterns[index])) {
      config.patterns.push_back(std::move(compiled));
    }
  }
  if (patterns.empty()) {
    fields.error(fields.entry(), {"date-consistency 规则需要 `patterns:`，其捕获组依次为年、月、日",
                                  "a date-consistency rule needs `patterns:` whose capture "
                                  "groups are the year, month and day"});
  }
  for (const std::string& name : fields.string_list("types")) {
    if (const auto type = parse_document_type(name)) {
      config.types.push_back(*type);
    } else {
      fields.error_at_value(
          "types", {"未知的文档类型“" + name + "”", "unknown document type \"" + name + "\""});
    }
  }
  std::vector<std::string> cues;
  for (const auto& cue : fields.string_list("retrospective")) {
    cues.push_back(RuleFields::fold_literal(cue));
  }
  if (!cues.empty()) {
    config.retrospective = fields.pattern(*fields.node("retrospective"), literal_alternation(cues));
  }
  if (config.patterns.empty() || !fields.ok()) return nullptr;
  return std::make_unique<DateConsistencyRule>(std::move(info), std::move(config));
}

}  // namespace

const KindEntry& date_consistency_kind() {
  static const KindEntry entry{"date-consistency",
                               "impossible dates, last year's plan, deadlines already past",
                               kMessageArgs, make_date_consistency_rule};
  return entry;
}

}  // namespace planlint
