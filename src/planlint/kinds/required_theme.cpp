#include "planlint/kinds/required_theme.hpp"

#include <re2/re2.h>
#include <array>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/engine/regex_scan.hpp"
#include "planlint/text/blanks.hpp"
#include "planlint/text/normalize.hpp"

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

class RequiredThemeRule final : public Rule {
 public:
  struct Config {
    std::string theme;
    std::vector<std::string> keywords;  // as written, for the message
    std::unique_ptr<re2::RE2> any;      // nullptr when only `all` groups are given
    std::vector<std::unique_ptr<re2::RE2>> all;
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
                    {"keywords", joined(config_.keywords, "、")},
                    {"keywords_en", joined(config_.keywords, ", ")},
                    {"min", std::to_string(config_.min)}};
    sink.report_original_span(*this, anchor, anchor + title.size(), std::move(details));
  }

 private:
  static std::string joined(const std::vector<std::string>& items, std::string_view separator) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : std::string(separator)) + item;
    return text;
  }

  bool is_present(const Stretches& stretches) const {
    if (config_.any != nullptr) {
      std::size_t found = 0;
      for (const std::string_view stretch : stretches.views) {
        found += count_matches(*config_.any, stretch, config_.min - found);
        if (found >= config_.min) break;
      }
      if (found < config_.min) return false;
    }
    for (const auto& group : config_.all) {
      const auto& views = stretches.views;
      const bool hit = std::any_of(views.begin(), views.end(), [&](std::string_view s) {
        return count_matches(*group, s, 1) > 0;
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
      const auto match = first_match(pattern, stretches.views[index]);
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

std::unique_ptr<re2::RE2> keyword_matcher(RuleFields& fields, const YAML::Node& at,
                                          const std::vector<std::string>& keywords) {
  std::vector<std::string> folded;
  for (const auto& keyword : keywords) {
    if (!keyword.empty()) folded.push_back(RuleFields::fold_literal(keyword));
  }
  if (folded.empty()) {
    fields.error(at, {"空的关键词列表永远找不到", "an empty keyword list can never be found"});
    return nullptr;
  }
  return fields.pattern(at, literal_alternation(folded));
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
  if (!config.keywords.empty())
    config.any = keyword_matcher(fields, *fields.node("any"), config.keywords);
  read_all_groups(fields, config);
  if (config.keywords.empty()) {
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
                               kMessageArgs, make_required_theme_rule};
  return entry;
}

}  // namespace planlint
