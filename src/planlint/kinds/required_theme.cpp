#include "planlint/kinds/required_theme.hpp"

#include <re2/re2.h>
#include <algorithm>
#include <array>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/engine/regex_scan.hpp"
#include "planlint/text/blanks.hpp"
#include "planlint/text/normalize.hpp"
#include "planlint/text/utf8.hpp"

namespace planlint {
namespace {

enum class Scope { document, headings, section };

// Where the keywords are looked for: stretches of the view, or folded heading titles.
struct Stretches {
  std::vector<std::string> titles;  // owned folded titles, for Scope::headings
  std::vector<std::string_view> views;
};

std::string folded_title(const Heading& heading) {
  return normalize(heading.title).view();
}

// How a name of a school ends (folded forms), and what joins the names of a list of them.
constexpr std::array<std::string_view, 7> kSchoolSuffixes{"学校", "幼儿园", "院校", "学院",
                                                          "大学", "中学",   "小学"};
constexpr std::array<std::string_view, 6> kListJoiners{"、", "和", "及", "与", "(含", "含"};
// A list item's name runs at most this many code points past the keyword (特殊教育|学校) or
// before it (公办|幼儿园), and the neighbouring name at most kMaxNameCodePoints.
constexpr std::size_t kMaxSuffixGap = 4;
constexpr std::size_t kMaxNameCodePoints = 12;

bool is_clause_break(char32_t code_point) {
  static constexpr std::u32string_view kBreaks = U"\n\r,;:。!?()";
  return kBreaks.find(code_point) != std::u32string_view::npos;
}

std::size_t previous_code_point(std::string_view text, std::size_t at) {
  do {
    --at;
  } while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80);
  return at;
}

bool ends_with_school(std::string_view text, std::size_t end) {
  const std::string_view head = text.substr(0, end);
  return std::any_of(kSchoolSuffixes.begin(), kSchoolSuffixes.end(),
                     [&](std::string_view suffix) { return head.ends_with(suffix); });
}

// Where the school name that holds text[begin, end) ends: at a school suffix within a few code
// points, no clause break between; npos when the keyword names no school.
std::size_t school_name_end(std::string_view text, std::size_t end) {
  for (std::size_t step = 0, at = end; step <= kMaxSuffixGap && at <= text.size(); ++step) {
    if (ends_with_school(text, at)) return at;
    if (at == text.size() || is_clause_break(decode_utf8(text, at).code_point)) break;
    at += std::max<std::size_t>(decode_utf8(text, at).length, 1);
  }
  return std::string_view::npos;
}

// A school name on the side of text[name_begin, name_end) `forward` names: a joiner, then a
// name ending with a school suffix within a few code points.
bool school_beside(std::string_view text, std::size_t name_begin, std::size_t name_end,
                   bool forward) {
  if (forward) {
    const std::string_view rest = text.substr(name_end);
    for (const std::string_view joiner : kListJoiners) {
      if (!rest.starts_with(joiner)) continue;
      std::size_t at = name_end + joiner.size();
      for (std::size_t step = 0; step < kMaxNameCodePoints && at < text.size(); ++step) {
        if (is_clause_break(decode_utf8(text, at).code_point)) break;
        at += std::max<std::size_t>(decode_utf8(text, at).length, 1);
        if (ends_with_school(text, at)) return true;
      }
    }
    return false;
  }
  // Backward: the name begins after a joiner that a school name ends before.
  std::size_t at = name_begin;
  for (std::size_t step = 0; step < kMaxNameCodePoints && at > 0; ++step) {
    for (const std::string_view joiner : kListJoiners) {
      if (text.substr(0, at).ends_with(joiner) && ends_with_school(text, at - joiner.size())) {
        return true;
      }
    }
    at = previous_code_point(text, at);
    if (is_clause_break(decode_utf8(text, at).code_point)) break;
  }
  return false;
}

// 幼儿园 in 包括幼儿园、普通中小学校、中等职业学校, 特殊教育 in …和特殊教育学校, 中等职业 in
// 中小学校(含中等职业学校): a kind of school named among other schools, as those a regulation or
// notice applies to, says nothing about the work the kind stands for.
bool inside_list_of_schools(std::string_view text, std::size_t begin, std::size_t end) {
  const std::size_t name_end = school_name_end(text, end);
  if (name_end == std::string_view::npos) return false;
  return school_beside(text, begin, name_end, true) || school_beside(text, begin, name_end, false);
}

class RequiredThemeRule final : public Rule {
 public:
  struct Config {
    std::string theme;
    std::vector<std::string> keywords;  // as written, for the message
    // the `any` keywords and the `patterns` as one alternation, so the body is read once;
    // nullptr when only `all` groups are given
    std::unique_ptr<re2::RE2> any;
    std::vector<std::unique_ptr<re2::RE2>> all;
    std::vector<std::string> not_in;  // folded phrases in which a match is no evidence
    std::size_t min = 1;
    Scope scope = Scope::document;
    std::unique_ptr<re2::RE2> section_title;  // for Scope::section
  };

  RequiredThemeRule(RuleInfo info, Config config)
      : Rule(std::move(info)), config_(std::move(config)) {}

  void check(const CheckContext& context, FindingSink& sink) const override {
    const Stretches stretches = stretches_in_scope(context);
    if (is_present(stretches)) {
      sink.report_coverage(*this, config_.theme, first_hit(context, stretches));
      return;
    }
    sink.report_coverage(*this, config_.theme, std::nullopt);
    const std::size_t anchor = context.document_anchor();
    const std::string_view rest = context.document().text().substr(anchor);
    const std::string_view title = trim_blanks(rest.substr(0, rest.find_first_of("\r\n")));
    ReportDetails details;
    details.check = config_.theme;
    details.args = {{"theme", config_.theme},
                    {"keywords", listed(config_.keywords, "、", "等")},
                    {"keywords_en", listed(config_.keywords, ", ", ", …")},
                    {"min", std::to_string(config_.min)}};
    sink.report_original_span(*this, anchor, anchor + title.size(), std::move(details));
  }

 private:
  // A theme may have dozens of keywords; a report line or a .docx comment names the first few
  // and says there are more (`rules show` keeps the whole list).
  static constexpr std::size_t kListedKeywords = 6;

  static std::string listed(const std::vector<std::string>& items, std::string_view separator,
                            std::string_view more) {
    std::string text;
    const std::size_t shown = std::min(items.size(), kListedKeywords);
    for (std::size_t i = 0; i < shown; ++i) {
      if (i > 0) text += separator;
      text += items[i];
    }
    if (items.size() > shown) text += more;
    return text;
  }

  bool is_present(const Stretches& stretches) const {
    if (config_.any != nullptr) {
      std::size_t found = 0;
      for (const std::string_view stretch : stretches.views) {
        found += count_evidence(*config_.any, stretch, config_.min - found);
        if (found >= config_.min) break;
      }
      if (found < config_.min) return false;
    }
    for (const auto& group : config_.all) {
      const auto& views = stretches.views;
      const bool hit = std::any_of(views.begin(), views.end(), [&](std::string_view s) {
        return count_evidence(*group, s, 1) > 0;
      });
      if (!hit) return false;
    }
    return true;
  }

  // Where in the original text the keywords first occur: the earliest match of `any`, else of
  // the first `all` group; for a heading scope, the heading that holds it.
  std::optional<std::pair<std::size_t, std::size_t>> first_hit(const CheckContext& context,
                                                               const Stretches& stretches) const {
    const re2::RE2& pattern = config_.any != nullptr ? *config_.any : *config_.all.front();
    for (std::size_t index = 0; index < stretches.views.size(); ++index) {
      const auto match = first_evidence(pattern, stretches.views[index]);
      if (!match) continue;
      if (config_.scope == Scope::headings) return heading_span(context, index);
      const auto view_begin = static_cast<std::size_t>(match->data() - context.view().data());
      return std::pair(context.to_original_begin(view_begin),
                       context.to_original_end(view_begin + match->size()));
    }
    return std::nullopt;
  }

  // The heading's marker and title as written.
  static std::pair<std::size_t, std::size_t> heading_span(const CheckContext& context,
                                                          std::size_t index) {
    const Heading& heading = context.outline().headings[index];
    const std::string_view text = context.document().text();
    const std::size_t line_end =
        std::min(text.find_first_of("\r\n", heading.marker_end), text.size());
    const std::size_t title = text.substr(0, line_end).find(heading.title, heading.marker_end);
    const std::size_t end =
        title == std::string_view::npos ? heading.marker_end : title + heading.title.size();
    return {heading.marker_begin, end};
  }

  // Calls `on_evidence` for each match of `pattern` in `text` that is evidence, left to right,
  // until it returns false. A match inside a `not_in` phrase (健康 in 健康成长, 体育 in
  // 教育体育局) is not: the word is part of another phrase there, not the topic.
  template <typename OnEvidence>
  void for_each_evidence(const re2::RE2& pattern, std::string_view text,
                         OnEvidence&& on_evidence) const {
    const re2::StringPiece subject(text.data(), text.size());
    re2::StringPiece match;
    for (std::size_t at = 0; at < text.size();) {
      if (!pattern.Match(subject, at, text.size(), re2::RE2::UNANCHORED, &match, 1)) return;
      const auto begin = static_cast<std::size_t>(match.data() - text.data());
      const std::size_t end = begin + match.size();
      const bool excluded = end == begin || inside_excluded_phrase(text, begin, end) ||
                            inside_list_of_schools(text, begin, end);
      if (!excluded && !on_evidence(text.substr(begin, end - begin))) return;
      // After a match that is no evidence the search goes on from its next character, so a
      // keyword overlapping it is still found (职业教育 after the 中职 of 高中职业教育).
      at = excluded ? begin + std::max<std::size_t>(decode_utf8(text, begin).length, 1) : end;
    }
  }

  std::size_t count_evidence(const re2::RE2& pattern, std::string_view text,
                             std::size_t limit) const {
    std::size_t found = 0;
    if (limit == 0) return 0;
    for_each_evidence(pattern, text, [&](std::string_view) { return ++found < limit; });
    return found;
  }

  std::optional<std::string_view> first_evidence(const re2::RE2& pattern,
                                                 std::string_view text) const {
    std::optional<std::string_view> first;
    for_each_evidence(pattern, text, [&](std::string_view match) {
      first = match;
      return false;
    });
    return first;
  }

  // Whether an occurrence of a `not_in` phrase covers text[begin, end): only the occurrences
  // that could cover it are compared, so no pass over the document is needed.
  bool inside_excluded_phrase(std::string_view text, std::size_t begin, std::size_t end) const {
    for (const std::string& phrase : config_.not_in) {
      if (phrase.size() < end - begin) continue;
      const std::size_t first = end >= phrase.size() ? end - phrase.size() : 0;
      for (std::size_t start = first; start <= begin; ++start) {
        if (text.compare(start, phrase.size(), phrase) == 0) return true;
      }
    }
    return false;
  }

  Stretches stretches_in_scope(const CheckContext& context) const {
    switch (config_.scope) {
      case Scope::document:
        return {{}, {body_of(context)}};
      case Scope::headings:
        return heading_titles(context);
      case Scope::section:
        return matching_sections(context);
    }
    return {};
  }

  // The whole view but the site residue after the body, which says nothing about the plan.
  static std::string_view body_of(const CheckContext& context) {
    const std::string_view view = context.view();
    const auto trailer = context.outline().trailer_line;
    return trailer ? view.substr(0, context.view_lines().line_start(*trailer - 1)) : view;
  }

  static Stretches heading_titles(const CheckContext& context) {
    Stretches stretches;
    for (const Heading& heading : context.outline().headings) {
      stretches.titles.push_back(folded_title(heading));
    }
    stretches.views.assign(stretches.titles.begin(), stretches.titles.end());
    return stretches;
  }

  // Each section whose folded title matches, from its heading's line to its last line.
  Stretches matching_sections(const CheckContext& context) const {
    Stretches stretches;
    const LineIndex& lines = context.view_lines();
    const std::string_view view = context.view();
    for (const Heading& heading : context.outline().headings) {
      if (count_matches(*config_.section_title, folded_title(heading), 1) == 0) continue;
      const std::size_t begin = lines.line_start(heading.position.line - 1);
      const std::string_view last = lines.line_text(heading.last_line - 1);
      const auto end = static_cast<std::size_t>(last.data() + last.size() - view.data());
      stretches.views.push_back(view.substr(begin, end - begin));
    }
    return stretches;
  }

  Config config_;
};

std::vector<std::string> folded_literals(const std::vector<std::string>& literals) {
  std::vector<std::string> folded;
  for (const auto& literal : literals) {
    if (!literal.empty()) folded.push_back(RuleFields::fold_literal(literal));
  }
  return folded;
}

std::unique_ptr<re2::RE2> keyword_matcher(RuleFields& fields, const YAML::Node& at,
                                          const std::vector<std::string>& keywords) {
  const std::vector<std::string> folded = folded_literals(keywords);
  if (folded.empty()) {
    fields.error(at, {"空的关键词列表永远找不到", "an empty keyword list can never be found"});
    return nullptr;
  }
  return fields.pattern(at, literal_alternation(folded));
}

// The `patterns:` entries, each checked on its own so that an error points at it; nullopt when
// one of them is refused.
std::optional<std::vector<std::string>> read_patterns(RuleFields& fields) {
  const auto node = fields.node("patterns");
  if (!node) return std::vector<std::string>{};
  std::vector<YAML::Node> items;
  if (node->IsSequence()) {
    for (const auto& item : *node) items.push_back(item);
  } else {
    items.push_back(*node);
  }
  std::vector<std::string> sources;
  bool sound = true;
  for (const auto& item : items) {
    if (!item.IsScalar() || item.Scalar().empty()) {
      fields.error(item, {"每个模式都必须是非空的文字", "each pattern must be a non-empty text"});
      sound = false;
    } else if (!fields.sound_pattern(item, item.Scalar())) {
      sound = false;
    } else {
      sources.push_back(item.Scalar());
    }
  }
  if (!sound) return std::nullopt;
  return sources;
}

// The `any` keywords and the `patterns` as one regular expression, read in one pass.
std::unique_ptr<re2::RE2> evidence_matcher(RuleFields& fields,
                                           const std::vector<std::string>& keywords,
                                           const std::vector<std::string>& patterns) {
  std::vector<std::string> alternatives;
  if (const auto folded = folded_literals(keywords); !folded.empty()) {
    alternatives.push_back(literal_alternation(folded));
  }
  for (const auto& pattern : patterns) alternatives.push_back(pattern);
  std::string source;
  for (const auto& alternative : alternatives) {
    source += (source.empty() ? "(?:" : "|(?:") + alternative + ")";
  }
  const auto at = fields.has("any") ? *fields.node("any") : *fields.node("patterns");
  return fields.pattern(at, source);
}

std::optional<Scope> read_scope(RuleFields& fields) {
  const auto scope = fields.choice("scope", {"document", "headings", "section"});
  if (!scope) return fields.has("scope") ? std::nullopt : std::optional(Scope::document);
  if (*scope == "headings") return Scope::headings;
  if (*scope == "section") return Scope::section;
  return Scope::document;
}

void read_all_groups(RuleFields& fields, RequiredThemeRule::Config& config) {
  const auto all = fields.node("all");
  if (!all) return;
  if (!all->IsSequence()) {
    fields.error(*all, {"`all` 必须是由关键词列表组成的列表：`all: [[甲, 乙], [丙]]`",
                        "`all` must be a list of keyword lists: `all: [[甲, 乙], [丙]]`"});
    return;
  }
  for (const auto& group : *all) {
    std::vector<std::string> keywords;
    if (group.IsScalar()) {
      keywords.push_back(group.Scalar());
    } else if (group.IsSequence()) {
      for (const auto& keyword : group) {
        if (keyword.IsScalar())
          keywords.push_back(keyword.Scalar());
        else
          fields.error(keyword, {"每个关键词都必须是文字", "each keyword must be a text"});
      }
    } else {
      fields.error(group, {"`all` 的每一组都必须是关键词列表",
                           "each `all` group must be a list of keywords"});
      continue;
    }
    config.keywords.insert(config.keywords.end(), keywords.begin(), keywords.end());
    if (auto matcher = keyword_matcher(fields, group, keywords))
      config.all.push_back(std::move(matcher));
  }
}

RulePtr make_required_theme_rule(RuleInfo info, RuleFields& fields) {
  RequiredThemeRule::Config config;
  config.theme = fields.required_string("theme");
  config.keywords = fields.string_list("any");
  const auto patterns = read_patterns(fields);
  if (!config.keywords.empty() && folded_literals(config.keywords).empty()) {
    fields.error(*fields.node("any"),
                 {"空的关键词列表永远找不到", "an empty keyword list can never be found"});
  } else if (patterns && (!config.keywords.empty() || !patterns->empty())) {
    config.any = evidence_matcher(fields, config.keywords, *patterns);
  }
  config.not_in = folded_literals(fields.string_list("not_in"));
  read_all_groups(fields, config);
  if (config.keywords.empty() && patterns && patterns->empty()) {
    fields.error(fields.entry(),
                 {"required-theme 规则需要关键词：`any: [甲, 乙]`（出现其一即可）和/或 "
                  "`all: [[甲], [乙]]`（每组各出现一个）",
                  "a required-theme rule needs keywords: `any: [甲, 乙]` (one of them "
                  "suffices) and/or `all: [[甲], [乙]]` (one of each group)"});
  }
  config.min = static_cast<std::size_t>(fields.integer("min", 1, 1000000).value_or(1));
  if (fields.has("min") && config.any == nullptr) {
    fields.error_at_key("min", {"`min` 计的是 `any` 关键词的个数；请同时写 `any:`",
                                "`min` counts the `any` keywords; give `any:` too"});
  }
  const auto scope = read_scope(fields);
  if (scope) config.scope = *scope;
  if (const auto section = fields.string("section")) {
    if (config.scope != Scope::section) {
      fields.error_at_key("section", {"`section` 只在 `scope: section` 时适用",
                                      "`section` applies only with `scope: section`"});
    }
    config.section_title = fields.pattern(*fields.node("section"), *section);
  } else if (config.scope == Scope::section) {
    fields.error_at_key("scope", {"`scope: section` 需要写 `section:`，即章节标题须匹配的模式，"
                                  "例如 `section: 安全|稳定`",
                                  "`scope: section` needs `section:`, a pattern the section "
                                  "titles must match, e.g. `section: 安全|稳定`"});
  }
  if (!fields.ok()) return nullptr;
  return std::make_unique<RequiredThemeRule>(std::move(info), std::move(config));
}

constexpr std::array<std::string_view, 4> kMessageArgs{"theme", "keywords", "keywords_en", "min"};

}  // namespace

const KindEntry& required_theme_kind() {
  static const KindEntry entry{"required-theme",
                               "a theme the document must address, found by its keywords",
                               kMessageArgs,
                               make_required_theme_rule,
                               {.reports_coverage = true, .topic = FindingTopic::missing_theme}};
  return entry;
}

}  // namespace planlint
