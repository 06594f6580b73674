#include "planlint/kinds/numbering.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <span>
#include <utility>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/kinds/numbering_marker.hpp"
#include "planlint/kinds/numbering_settings.hpp"
#include "planlint/kinds/numbering_siblings.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

constexpr std::array<std::string_view, 5> kMessageArgs{"expected", "found", "check", "detail",
                                                       "detail_en"};

// A finding's {detail} and {detail_en}: one complete sentence each.
struct Detail {
  std::string zh;
  std::string en;
};

std::string zh_quoted(std::string_view text) {
  return "“" + std::string(text) + "”";
}
std::string en_quoted(std::string_view text) {
  return "\"" + std::string(text) + "\"";
}

std::optional<std::size_t> rank_in(const Hierarchy& hierarchy, Family family) {
  const auto found = std::find(hierarchy.begin(), hierarchy.end(), family);
  if (found == hierarchy.end()) return std::nullopt;
  return static_cast<std::size_t>(found - hierarchy.begin());
}

// Runs every enabled check over one list of siblings.
class ListChecker {
 public:
  ListChecker(const Rule& rule, const NumberingSettings& settings, const Outline& outline,
              FindingSink& sink, const SiblingList& list)
      : rule_(rule),
        settings_(settings),
        outline_(outline),
        sink_(sink),
        list_(list),
        form_(expected_form(list, settings.canonical)) {}

  void run() const {
    for (const Heading* heading : list_.items) {
      check_missing_separator(*heading);
      check_brackets(*heading);
      check_canonical_form(*heading);
      check_spacing(*heading);
    }
    // Siblings share their parent and family, so the first speaks for the list's level.
    check_level(*list_.items.front());
    check_numbers();
    check_single_child();
  }

 private:
  bool enabled(NumberingCheck check) const { return settings_.checks.contains(check); }

  std::string expected_marker(const Heading& heading, std::int64_t value) const {
    return format_marker(heading, value, form_);
  }

  void report(NumberingCheck check, const Heading& heading, std::string expected, Detail detail,
              std::optional<Fix> fix = std::nullopt) const {
    ReportDetails details;
    details.fix = std::move(fix);
    details.check = std::string(check_name(check));
    details.severity = settings_.checks.at(check);
    details.args = {{"expected", std::move(expected)},
                    {"found", heading.marker},
                    {"check", *details.check},
                    {"detail", std::move(detail.zh)},
                    {"detail_en", std::move(detail.en)}};
    sink_.report_original_span(rule_, heading.marker_begin, heading.marker_end, std::move(details));
  }

  // `4推动…` read as a heading that lost its separator is the tree's guess from the siblings
  // around it: the number may as well be a figure of the sentence.
  void check_missing_separator(const Heading& heading) const {
    if (!enabled(NumberingCheck::missing_separator) || !heading.malformed) return;
    const std::string expected = expected_marker(heading, heading.value);
    report(NumberingCheck::missing_separator, heading, expected,
           {"序号" + zh_quoted(heading.marker) + "后缺少分隔符，应为" + zh_quoted(expected),
            "no separator after the number " + en_quoted(heading.marker) + ", expected " +
                en_quoted(expected)},
           marker_fix(FixSafety::unsafe, heading, expected));
  }

  // The brackets the siblings pair (or the rule prescribes); the separator stays as written,
  // which is the separator checks' to judge.
  void check_brackets(const Heading& heading) const {
    if (!enabled(NumberingCheck::bracket_mismatch) || brackets_match(heading.brackets)) return;
    report(NumberingCheck::bracket_mismatch, heading, expected_marker(heading, heading.value),
           {"括号不配对：" + zh_quoted(heading.marker),
            "mismatched brackets: " + en_quoted(heading.marker)},
           marker_fix(FixSafety::safe, heading,
                      format_marker(heading, heading.value,
                                    MarkerForm{form_.brackets, heading.separator})));
  }

  // `5 、` as a PDF transcript spaces it: the blank is no part of the marker, and removing it
  // changes nothing else.
  void check_spacing(const Heading& heading) const {
    if (!enabled(NumberingCheck::spaced_marker)) return;
    std::string unspaced;
    for (std::size_t at = 0; at < heading.marker.size();) {
      const std::size_t from = at;
      const char32_t code_point = decode_utf8_at(heading.marker, at);
      if (code_point != U' ' && code_point != U'\t' && code_point != U'\u3000') {
        unspaced.append(heading.marker, from, at - from);
      }
    }
    if (unspaced == heading.marker) return;
    report(NumberingCheck::spaced_marker, heading, unspaced,
           {"序号" + zh_quoted(heading.marker) + "中有空格，应为" + zh_quoted(unspaced),
            "a space inside the marker " + en_quoted(heading.marker) + ", expected " +
                en_quoted(unspaced)},
           marker_fix(FixSafety::safe, heading, unspaced));
  }

  // The marker rewritten, or nothing when the rewriting would leave it as it is.
  static std::optional<Fix> marker_fix(FixSafety safety, const Heading& heading,
                                       std::string marker) {
    if (marker == heading.marker) return std::nullopt;
    return Fix{safety, {marker_edit(heading, std::move(marker))}};
  }

  static TextEdit marker_edit(const Heading& heading, std::string marker) {
    return TextEdit{heading.marker_begin, heading.marker_end, std::move(marker), {}, {}};
  }

  void check_canonical_form(const Heading& heading) const {
    if (!enabled(NumberingCheck::non_canonical)) return;
    const auto canonical = settings_.canonical.find(heading.family);
    if (canonical == settings_.canonical.end()) return;
    const MarkerForm& form = canonical->second;
    const bool as_prescribed = heading.separator == form.separator &&
                               (!is_bracketed(heading.family) || heading.brackets == form.brackets);
    if (as_prescribed) return;
    const std::string expected = format_marker(heading, heading.value, form);
    report(
        NumberingCheck::non_canonical, heading, expected,
        {zh_quoted(heading.marker) + "不合规范，应为" + zh_quoted(expected),
         "non-canonical marker " + en_quoted(heading.marker) + ", expected " + en_quoted(expected)},
        marker_fix(FixSafety::safe, heading, expected));
  }

  // The form a family has in this rule, for naming a level that is not written.
  std::string family_marker(Family family, std::int64_t value) const {
    const auto canonical = settings_.canonical.find(family);
    return format_marker(
        family, value,
        canonical != settings_.canonical.end() ? canonical->second : standard_form(family));
  }

  void check_level(const Heading& heading) const {
    if (!heading.parent) return;
    const Heading& parent = outline_.headings[*heading.parent];
    const Hierarchy& hierarchy = settings_.hierarchy;
    const auto rank = rank_in(hierarchy, heading.family);
    const auto parent_rank = rank_in(hierarchy, parent.family);
    if (!rank || !parent_rank) return;
    // What the hierarchy puts directly below the parent: the level this heading should have.
    const std::size_t below_parent = *parent_rank + 1;
    if (*rank < *parent_rank && enabled(NumberingCheck::level_order)) {
      const std::string expected = below_parent < hierarchy.size()
                                       ? family_marker(hierarchy[below_parent], heading.value)
                                       : std::string();
      report(NumberingCheck::level_order, heading, expected,
             {zh_quoted(heading.marker) + "的层级高于其上级" + zh_quoted(parent.marker),
              en_quoted(heading.marker) + " ranks above its parent " + en_quoted(parent.marker)});
    } else if (*rank > below_parent && enabled(NumberingCheck::level_skip)) {
      const std::string skipped = family_marker(hierarchy[below_parent], 1);
      report(NumberingCheck::level_skip, heading,
             family_marker(hierarchy[below_parent], heading.value),
             {zh_quoted(heading.marker) + "直接位于" + zh_quoted(parent.marker) + "之下，跳过了" +
                  zh_quoted(skipped) + "一级",
              en_quoted(heading.marker) + " is directly under " + en_quoted(parent.marker) +
                  ", skipping the " + en_quoted(skipped) + " level"});
    }
  }

  // A 1 that starts the list afresh: back to 1 once 1 has been used; back to 1 from 3 or more
  // in a list that began above 1 (an excerpt's 5、, then a new list's 1、: no swap of two
  // neighbours puts a 1 there); or a 1 after a 1 written with another separator (1.时间… as a
  // list of its own, then 1、 2、).
  static bool restarts_at(std::span<const Heading* const> items, std::size_t at, bool one_used) {
    if (at == 0 || items[at]->value != 1) return false;
    const Heading& previous = *items[at - 1];
    if (previous.value == 1) return previous.separator != items[at]->separator;
    return one_used || previous.value > 2;
  }

  // A restart splits the list into runs; each run is checked for gaps, repeats, reversals and
  // separators on its own, since a list that counts afresh may be written afresh too.
  void check_numbers() const {
    const std::span<const Heading* const> items = list_.items;
    std::size_t run_begin = 0;
    bool one_used = false;
    for (std::size_t at = 0; at < items.size(); ++at) {
      if (restarts_at(items, at, one_used)) {
        check_run(items.subspan(run_begin, at - run_begin));
        report_restart(*items[at], *items[at - 1]);
        run_begin = at;
      }
      one_used = one_used || items[at]->value == 1;
    }
    check_run(items.subspan(run_begin));
  }

  void check_run(std::span<const Heading* const> run) const {
    std::optional<Fix> renumbered = renumbering(run);
    check_sequence(run, renumbered);
    check_mixed_separators(run);
  }

  // Rows of a flattened table restart with each table, under its unnumbered title.
  void report_restart(const Heading& heading, const Heading& previous) const {
    if (!enabled(NumberingCheck::restart) || heading.in_table_row) return;
    report(NumberingCheck::restart, heading, expected_marker(heading, previous.value + 1),
           {"同级序号在" + zh_quoted(previous.marker) + "之后又从" + zh_quoted(heading.marker) +
                "重新开始",
            "numbering starts again at " + en_quoted(heading.marker) + " after its sibling " +
                en_quoted(previous.marker)});
  }

  // Each number should be one more than the highest so far (or than its predecessor, after
  // a number out of place). A jump is a gap only when a skipped number never comes later:
  // 1 3 2 is one reversal, reported at the 2, not also a gap at the 3.
  // The fix of a run's gaps, repeats and reversals: from the first sibling out of sequence on,
  // each is numbered one more than the one before it; their children keep their numbers. The
  // first of those findings carries it (it repairs them all, and a copy on each would make the
  // fixes of a long list grow with its square). It may change which item a cross-reference
  // (见第三项) points at, so it is unsafe.
  static std::optional<Fix> renumbering(std::span<const Heading* const> run) {
    Fix fix{FixSafety::unsafe, {}};
    for (std::size_t at = 0; at < run.size(); ++at) {
      const Heading& heading = *run[at];
      const auto value = static_cast<std::int64_t>(at + 1);
      if (heading.value == value && fix.edits.empty()) continue;
      const std::string marker =
          format_marker(heading, value, MarkerForm{heading.brackets, heading.separator});
      if (marker != heading.marker) fix.edits.push_back(marker_edit(heading, marker));
    }
    if (fix.edits.empty()) return std::nullopt;
    return fix;
  }

  void check_sequence(std::span<const Heading* const> run, std::optional<Fix>& renumbered) const {
    std::map<std::int64_t, std::size_t> last_position;
    for (std::size_t at = 0; at < run.size(); ++at) last_position[run[at]->value] = at;
    const auto comes_later = [&](std::int64_t value, std::size_t after) {
      const auto found = last_position.find(value);
      return found != last_position.end() && found->second > after;
    };
    std::set<std::int64_t> seen;
    const Heading* highest = nullptr;
    const Heading* previous = nullptr;
    for (std::size_t at = 0; at < run.size(); ++at) {
      const Heading& heading = *run[at];
      const std::int64_t next = highest != nullptr ? highest->value + 1 : 1;
      const bool follows_previous = previous != nullptr && heading.value == previous->value + 1;
      if (seen.contains(heading.value)) {
        report_duplicate(heading, next, renumbered);
      } else if (heading.value == next || follows_previous) {
        // in sequence
      } else if (heading.value > next) {
        std::int64_t skipped = next;
        while (skipped < heading.value && comes_later(skipped, at)) ++skipped;
        if (skipped < heading.value) report_gap(heading, next, renumbered);
      } else if (highest == nullptr) {  // a list that starts below 1: 〇、
        report_gap(heading, next, renumbered);
      } else {
        report_out_of_order(heading, *highest, next, renumbered);
      }
      seen.insert(heading.value);
      previous = &heading;
      if (highest == nullptr || heading.value > highest->value) highest = &heading;
    }
  }

  void report_duplicate(const Heading& heading, std::int64_t next,
                        std::optional<Fix>& renumbered) const {
    if (!enabled(NumberingCheck::duplicate)) return;
    report(NumberingCheck::duplicate, heading, expected_marker(heading, next),
           {"序号" + zh_quoted(heading.marker) + "与前面的同级序号重复",
            "duplicate number " + en_quoted(heading.marker) + " among its siblings"},
           std::exchange(renumbered, std::nullopt));
  }

  void report_gap(const Heading& heading, std::int64_t next, std::optional<Fix>& renumbered) const {
    if (!enabled(NumberingCheck::gap)) return;
    const std::string expected = expected_marker(heading, next);
    report(NumberingCheck::gap, heading, expected,
           {"序号应为" + zh_quoted(expected) + "，实为" + zh_quoted(heading.marker),
            "expected " + en_quoted(expected) + ", found " + en_quoted(heading.marker)},
           std::exchange(renumbered, std::nullopt));
  }

  void report_out_of_order(const Heading& heading, const Heading& highest, std::int64_t next,
                           std::optional<Fix>& renumbered) const {
    if (!enabled(NumberingCheck::out_of_order)) return;
    report(
        NumberingCheck::out_of_order, heading, expected_marker(heading, next),
        {"序号" + zh_quoted(heading.marker) + "排在" + zh_quoted(highest.marker) + "之后，次序颠倒",
         en_quoted(heading.marker) + " comes after " + en_quoted(highest.marker) +
             ", out of order"},
        std::exchange(renumbered, std::nullopt));
  }

  // The separators a run's siblings are compared by. After a bracket or a circled number the
  // standard is no punctuation at all, so a sibling without any is never the odd one out
  // (（一）、 beside （二） is a matter of style, for `non-canonical`): only the punctuation
  // that is written is compared.
  bool compares_separator(const Heading& heading) const {
    if (heading.malformed) return false;
    return !(family_traits(list_.family).separator_optional && heading.separator.empty());
  }

  // Reports each sibling of a run whose separator differs from the one most of the run uses.
  void check_mixed_separators(std::span<const Heading* const> run) const {
    if (!enabled(NumberingCheck::mixed_separator)) return;
    std::vector<std::string> separators;
    for (const Heading* heading : run) {
      if (compares_separator(*heading)) separators.push_back(heading->separator);
    }
    const auto majority = most_common(separators);
    if (!majority) return;
    // The first sibling written with the majority separator, named in the message.
    const Heading& exemplar = **std::find_if(run.begin(), run.end(), [&](const Heading* sibling) {
      return compares_separator(*sibling) && sibling->separator == *majority;
    });
    // The fix writes the prescribed separator where the rule has one, so that it never undoes
    // what `non-canonical` repairs.
    const auto canonical = settings_.canonical.find(list_.family);
    const std::string& fixed_separator =
        canonical != settings_.canonical.end() ? canonical->second.separator : *majority;
    for (const Heading* heading : run) {
      if (!compares_separator(*heading) || heading->separator == *majority) continue;
      report(NumberingCheck::mixed_separator, *heading,
             format_marker(*heading, heading->value, MarkerForm{form_.brackets, *majority}),
             {zh_quoted(heading->marker) + "与同级的" + zh_quoted(exemplar.marker) + "分隔符不一致",
              en_quoted(heading->marker) + " and its sibling " + en_quoted(exemplar.marker) +
                  " use different separators"},
             marker_fix(FixSafety::safe, *heading,
                        format_marker(*heading, heading->value,
                                      MarkerForm{heading->brackets, fixed_separator})));
    }
  }

  void check_single_child() const {
    if (!enabled(NumberingCheck::single_child) || list_.items.size() != 1) return;
    const Heading& heading = *list_.items.front();
    const std::string next = expected_marker(heading, heading.value + 1);
    report(
        NumberingCheck::single_child, heading, next,
        {"本级只有" + zh_quoted(heading.marker) + "一项：应增加" + zh_quoted(next) + "，或取消编号",
         en_quoted(heading.marker) + " is the only item at its level: add " + en_quoted(next) +
             " or drop the numbering"});
  }

  const Rule& rule_;
  const NumberingSettings& settings_;
  const Outline& outline_;
  FindingSink& sink_;
  const SiblingList& list_;
  MarkerForm form_;
};

// The documents a file bundles (篇一, 篇二 …) are numbered like siblings: a page that starts at
// 篇五 has lost 篇一 to 篇四, as a list that starts at 13、 has lost its first twelve.
class PieceChecker {
 public:
  PieceChecker(const Rule& rule, const NumberingSettings& settings, FindingSink& sink)
      : rule_(rule), settings_(settings), sink_(sink) {}

  void run(const std::vector<Part>& parts) const {
    std::set<std::int64_t> seen;
    std::int64_t highest = 0;
    for (const Part& part : parts) {
      if (part.kind != Part::Kind::piece) continue;
      const std::int64_t next = highest + 1;
      if (seen.contains(part.value)) {
        report(NumberingCheck::duplicate, part, next,
               {"篇序号" + zh_quoted(part.marker) + "与前面的篇序号重复",
                "duplicate part number " + en_quoted(part.marker)});
      } else if (part.value > next) {
        const std::string expected = renumbered_part_marker(part.marker, next);
        report(NumberingCheck::gap, part, next,
               {"篇序号应为" + zh_quoted(expected) + "，实为" + zh_quoted(part.marker),
                "expected part " + en_quoted(expected) + ", found " + en_quoted(part.marker)});
      } else if (part.value < next) {
        report(NumberingCheck::out_of_order, part, next,
               {"篇序号" + zh_quoted(part.marker) + "排在后面，次序颠倒",
                "part " + en_quoted(part.marker) + " comes after a higher part, out of order"});
      }
      seen.insert(part.value);
      highest = std::max(highest, part.value);
    }
  }

 private:
  void report(NumberingCheck check, const Part& part, std::int64_t next, Detail detail) const {
    if (!settings_.checks.contains(check)) return;
    ReportDetails details;
    details.check = std::string(check_name(check));
    details.severity = settings_.checks.at(check);
    details.args = {{"expected", renumbered_part_marker(part.marker, next)},
                    {"found", part.marker},
                    {"check", *details.check},
                    {"detail", std::move(detail.zh)},
                    {"detail_en", std::move(detail.en)}};
    sink_.report_original_span(rule_, part.marker_begin, part.marker_end, std::move(details));
  }

  const Rule& rule_;
  const NumberingSettings& settings_;
  FindingSink& sink_;
};

class NumberingRule final : public Rule {
 public:
  NumberingRule(RuleInfo info, NumberingSettings settings)
      : Rule(std::move(info)), settings_(std::move(settings)) {}

  std::vector<FixOffer> fix_offers() const override {
    // Rewriting a form is safe; changing a number, or reading a figure as a number, is not.
    static constexpr std::array<std::pair<NumberingCheck, FixSafety>, 8> kFixable{{
        {NumberingCheck::bracket_mismatch, FixSafety::safe},
        {NumberingCheck::duplicate, FixSafety::unsafe},
        {NumberingCheck::gap, FixSafety::unsafe},
        {NumberingCheck::missing_separator, FixSafety::unsafe},
        {NumberingCheck::mixed_separator, FixSafety::safe},
        {NumberingCheck::non_canonical, FixSafety::safe},
        {NumberingCheck::out_of_order, FixSafety::unsafe},
        {NumberingCheck::spaced_marker, FixSafety::safe},
    }};
    std::vector<FixOffer> offers;
    for (const auto& [check, safety] : kFixable) {
      if (settings_.checks.contains(check))
        offers.push_back({std::string(check_name(check)), safety});
    }
    return offers;
  }

  void check(const CheckContext& context, FindingSink& sink) const override {
    const Outline& outline = context.outline();
    for (const SiblingList& list : sibling_lists(outline)) {
      ListChecker(*this, settings_, outline, sink, list).run();
    }
    PieceChecker(*this, settings_, sink).run(outline.parts);
  }

 private:
  NumberingSettings settings_;
};

RulePtr make_numbering_rule(RuleInfo info, RuleFields& fields) {
  auto settings = read_numbering_settings(fields);
  if (!settings) return nullptr;
  return std::make_unique<NumberingRule>(std::move(info), std::move(*settings));
}

}  // namespace

const KindEntry& numbering_kind() {
  static const KindEntry entry{"numbering",
                               "consistent heading numbering: gaps, repeats, order, separators, "
                               "brackets, levels",
                               kMessageArgs,
                               make_numbering_rule,
                               {.reads_drawn_numbers = true, .topic = FindingTopic::numbering}};
  return entry;
}

}  // namespace planlint
