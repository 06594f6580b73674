#include "planlint/kinds/announced_count.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <array>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/engine/regex_scan.hpp"
#include "planlint/parse/numeral_value.hpp"
#include "planlint/text/blanks.hpp"

namespace planlint {
namespace {

enum class Check { announced, enumeration };

// 五 → 5, 两 → 2, 12 → 12; 0 for anything else.
std::int64_t count_value(std::string_view numeral) {
  if (numeral.empty()) return 0;
  if (numeral == "两") return 2;
  if (numeral.front() >= '0' && numeral.front() <= '9') return arabic_numeral_value(numeral);
  return chinese_numeral_value(numeral);
}

// The numeral: the first capture group that took part (each of a rule's patterns has its own).
std::string_view numeral_of(std::span<const std::string_view> groups) {
  for (std::size_t index = 1; index < groups.size(); ++index) {
    if (groups[index].data() != nullptr) return groups[index];
  }
  return {};
}

// The clauses 一是、二是 of a paragraph (as the view holds it), by value, in order.
std::vector<std::pair<std::int64_t, std::string_view>> clauses_in(const re2::RE2& clause,
                                                                  std::string_view text) {
  std::vector<std::pair<std::int64_t, std::string_view>> clauses;
  for_each_match(clause, text, [&](std::span<const std::string_view> groups) {
    const std::string_view numeral = numeral_of(groups);
    if (numeral.data() != nullptr) {
      // From the numeral to the end of the match: 四是, not the comma before it.
      const auto size =
          static_cast<std::size_t>(groups[0].data() + groups[0].size() - numeral.data());
      clauses.emplace_back(count_value(numeral), std::string_view(numeral.data(), size));
    }
  });
  return clauses;
}

class AnnouncedCountRule final : public Rule {
 public:
  struct Config {
    Check check = Check::announced;
    std::unique_ptr<re2::RE2> pattern;  // group 1: the numeral
    std::unique_ptr<re2::RE2> clause;   // the clauses of a paragraph; group 1: the numeral
  };

  AnnouncedCountRule(RuleInfo info, Config config)
      : Rule(std::move(info)), config_(std::move(config)) {}

  std::vector<std::string> triggers() const override { return {config_.pattern->pattern()}; }

  void check(const CheckContext& context, FindingSink& sink) const override {
    // One pass over the text finds the lines that need a closer look.
    std::vector<std::size_t> lines;
    const std::string& view = context.view();
    for (const ViewRange range : context.ranges_for(*this)) {
      for_each_match(*config_.pattern, view, range.begin, range.end,
                     [&](std::span<const std::string_view> groups) {
                       const std::size_t line = context.view_lines().line_of(
                           static_cast<std::size_t>(groups[0].data() - view.data()));
                       if (lines.empty() || lines.back() != line) lines.push_back(line);
                     });
    }
    for (const std::size_t line : lines) {
      if (config_.check == Check::enumeration) {
        check_enumeration(context, line, sink);
      } else {
        check_announcements(context, line, sink);
      }
    }
  }

 private:
  void check_enumeration(const CheckContext& context, std::size_t line, FindingSink& sink) const {
    const std::string_view text = context.view_lines().line_text(line);
    const auto clauses = clauses_in(*config_.pattern, text);
    if (clauses.size() < 2 || clauses.front().first != 1) return;
    std::int64_t previous = 1;
    for (std::size_t index = 1; index < clauses.size(); ++index) {
      const auto& [value, span] = clauses[index];
      // 一是 again opens the next list of a paragraph glued from several.
      if (value != previous + 1 && value != 1) {
        const auto begin = static_cast<std::size_t>(span.data() - context.view().data());
        ReportDetails details;
        details.check = value <= previous ? "repeat" : "gap";
        details.args = {{"expected", std::to_string(previous + 1)},
                        {"found", std::to_string(value)}};
        sink.report_view_span(*this, begin, begin + span.size(), std::move(details));
        // A repeat or a gap is one fault: the clauses after it follow their own number.
      }
      previous = value;
    }
  }

  void check_announcements(const CheckContext& context, std::size_t line, FindingSink& sink) const {
    const std::string_view text = context.view_lines().line_text(line);
    for_each_match(*config_.pattern, text, [&](std::span<const std::string_view> groups) {
      const std::string_view numeral = numeral_of(groups);
      if (numeral.data() == nullptr) return;
      const std::int64_t announced = count_value(numeral);
      if (announced < 2) return;
      const auto end_in_line =
          static_cast<std::size_t>(groups[0].data() + groups[0].size() - text.data());
      const auto listed = listed_items(context, line, text.substr(end_in_line));
      if (!listed || *listed == announced) return;
      const auto begin = static_cast<std::size_t>(groups[0].data() - context.view().data());
      ReportDetails details;
      details.check = "announced";
      details.args = {{"announced", std::to_string(announced)}, {"count", std::to_string(*listed)}};
      sink.report_view_span(*this, begin, begin + groups[0].size(), std::move(details));
    });
  }

  // How many items follow an announcement on (0-based) `line`: the 一是… after it in the same
  // paragraph, the children of the heading it is the title of, or the headings opening on the
  // next non-blank line and their later siblings. nullopt when no list can be told.
  std::optional<std::int64_t> listed_items(const CheckContext& context, std::size_t line,
                                           std::string_view rest) const {
    const auto clauses = clauses_in(*config_.clause, rest);
    if (clauses.size() >= 2 && clauses.front().first == 1) {
      return static_cast<std::int64_t>(clauses.size());
    }
    const auto& headings = context.outline().headings;
    const auto number = static_cast<std::uint32_t>(line + 1);
    const auto at = std::find_if(headings.begin(), headings.end(),
                                 [&](const Heading& h) { return h.position.line >= number; });
    if (at == headings.end()) return std::nullopt;
    const auto index = static_cast<std::size_t>(at - headings.begin());
    if (at->position.line == number) {
      const auto children = std::count_if(headings.begin(), headings.end(),
                                          [&](const Heading& h) { return h.parent == index; });
      return children >= 2 ? std::optional<std::int64_t>(children) : std::nullopt;
    }
    if (!only_blanks_between(context, line + 1, at->position.line - 1)) return std::nullopt;
    const auto siblings = std::count_if(at, headings.end(), [&](const Heading& h) {
      return h.parent == at->parent && h.part == at->part && h.level == at->level;
    });
    return siblings;
  }

  static bool only_blanks_between(const CheckContext& context, std::size_t from, std::size_t to) {
    for (std::size_t line = from; line < to; ++line) {
      if (!trim_blanks(context.view_lines().line_text(line)).empty()) return false;
    }
    return true;
  }

  Config config_;
};

constexpr std::array<std::string_view, 4> kMessageArgs{"announced", "count", "expected", "found"};

std::unique_ptr<re2::RE2> alternation_of(RuleFields& fields, std::string_view key) {
  std::string alternation;
  for (const std::string& pattern : fields.string_list(key)) {
    alternation += (alternation.empty() ? "" : "|") + pattern;
  }
  if (alternation.empty()) return nullptr;
  return fields.pattern(*fields.node(key), alternation);
}

RulePtr make_announced_count_rule(RuleInfo info, RuleFields& fields) {
  AnnouncedCountRule::Config config;
  const auto check = fields.choice("check", {"announced", "enumeration"});
  if (check == "enumeration") config.check = Check::enumeration;
  config.pattern = alternation_of(fields, "patterns");
  if (config.pattern == nullptr && fields.ok()) {
    fields.error(fields.entry(), {"announced-count 规则需要 `patterns:`，其第一个捕获组是数目",
                                  "an announced-count rule needs `patterns:` whose first capture "
                                  "group is the number"});
  }
  if (config.check == Check::announced) {
    config.clause = alternation_of(fields, "clauses");
    if (config.clause == nullptr && fields.ok()) {
      fields.error(fields.entry(),
                   {"`check: announced` 需要 `clauses:`：段内分项（一是、二是）的模式",
                    "`check: announced` needs `clauses:`, the pattern of a "
                    "paragraph's clauses (一是, 二是)"});
    }
  }
  if (config.pattern == nullptr || !fields.ok()) return nullptr;
  return std::make_unique<AnnouncedCountRule>(std::move(info), std::move(config));
}

}  // namespace

const KindEntry& announced_count_kind() {
  static const KindEntry entry{"announced-count",
                               "a list that holds more or fewer items than announced, or skips one",
                               kMessageArgs, make_announced_count_rule};
  return entry;
}

}  // namespace planlint
