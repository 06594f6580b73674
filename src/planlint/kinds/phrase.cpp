#include "planlint/kinds/phrase.hpp"

#include <re2/re2.h>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/engine/regex_scan.hpp"

namespace planlint {
namespace {

class PhraseRule final : public Rule {
 public:
  PhraseRule(RuleInfo info, std::unique_ptr<re2::RE2> matcher)
      : Rule(std::move(info)), matcher_(std::move(matcher)) {}

  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::string& view = context.view();
    for (const ViewRange range : context.ranges_for(*this)) {
      for_each_match(*matcher_, view, range.begin, range.end,
                     [&](std::span<const std::string_view> groups) { report(view, groups, sink); });
    }
  }

  std::vector<std::string> triggers() const override { return {matcher_->pattern()}; }

 private:
  void report(std::string_view view, std::span<const std::string_view> groups,
              FindingSink& sink) const {
    const auto begin = static_cast<std::size_t>(groups[0].data() - view.data());
    sink.report_view_span(*this, begin, begin + groups[0].size());
  }

  std::unique_ptr<re2::RE2> matcher_;
};

RulePtr make_phrase_rule(RuleInfo info, RuleFields& fields) {
  std::vector<std::string> literals;
  for (const std::string& phrase : fields.string_list("phrases")) {
    if (!phrase.empty()) literals.push_back(RuleFields::fold_literal(phrase));
  }
  std::string alternation = literal_alternation(literals);
  fields.append_patterns(alternation);
  if (!fields.ok()) return nullptr;
  if (alternation.empty()) {
    fields.error(fields.entry(), {"phrase 规则需要写明要查找的 `phrases:`（文字）或 "
                                  "`patterns:`（正则表达式）",
                                  "a phrase rule needs `phrases:` (texts) or `patterns:` "
                                  "(regular expressions) to look for"});
    return nullptr;
  }
  auto matcher = fields.pattern(fields.entry(), alternation);
  if (matcher == nullptr || !fields.ok()) return nullptr;
  return std::make_unique<PhraseRule>(std::move(info), std::move(matcher));
}

}  // namespace

const KindEntry& phrase_kind() {
  static const KindEntry entry{
      "phrase", "forbidden text, by literal or pattern", {}, make_phrase_rule};
  return entry;
}

}  // namespace planlint
