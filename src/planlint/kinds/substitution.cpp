#include "planlint/kinds/substitution.hpp"

#include <re2/re2.h>
#include <array>
#include <map>

#include "planlint/engine/check_context.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/engine/regex_scan.hpp"

namespace planlint {
namespace {

class SubstitutionRule final : public Rule {
 public:
  SubstitutionRule(RuleInfo info, std::map<std::string, std::string> replacements,
                   std::unique_ptr<re2::RE2> matcher)
      : Rule(std::move(info)),
        replacements_(std::move(replacements)),
        matcher_(std::move(matcher)) {}

  void check(const CheckContext& context, FindingSink& sink) const override {
    const std::string& view = context.view();
    for (const ViewRange range : context.ranges_for(*this)) {
      for_each_match(*matcher_, view, range.begin, range.end,
                     [&](std::span<const std::string_view> groups) { report(view, groups, sink); });
    }
  }

  std::vector<std::string> triggers() const override { return {matcher_->pattern()}; }
  std::vector<FixOffer> fix_offers() const override { return {{"replace", FixSafety::safe}}; }

 private:
  void report(std::string_view view, std::span<const std::string_view> groups,
              FindingSink& sink) const {
    const auto begin = static_cast<std::size_t>(groups[0].data() - view.data());
    const auto found = replacements_.find(std::string(groups[0]));
    if (found == replacements_.end()) return;  // cannot happen: the matcher is built from the keys
    const std::string& replacement = found->second;
    ReportDetails details;
    details.args = {{"expected", replacement}};
    details.replacement = replacement;
    // `swap` gives each term exactly one replacement: nothing is left to the context.
    details.replacement_fix = FixSafety::safe;
    sink.report_view_span(*this, begin, begin + groups[0].size(), std::move(details));
  }

  // Folded deprecated term → the term to write, as the rule file gives it.
  std::map<std::string, std::string> replacements_;
  std::unique_ptr<re2::RE2> matcher_;
};

RulePtr make_substitution_rule(RuleInfo info, RuleFields& fields) {
  const auto swap = fields.node("swap");
  if (!swap || !swap->IsMap() || swap->size() == 0) {
    fields.error(swap ? *swap : fields.entry(),
                 {"substitution 规则需要写 `swap:`，即从每个应避免的用语到应改用的用语的映射，"
                  "例如 `swap: {十三五期间: 十四五期间}`",
                  "a substitution rule needs `swap:`, a mapping from each term to avoid to the "
                  "term to write, e.g. `swap: {十三五期间: 十四五期间}`"});
    return nullptr;
  }
  std::map<std::string, std::string> replacements;
  for (const auto& pair : *swap) {
    if (!pair.first.IsScalar() || !pair.second.IsScalar() || pair.first.Scalar().empty()) {
      fields.error(pair.first, {"`swap` 的每一项都必须是从文字到文字的映射",
                                "each `swap` entry must map a text to a text"});
      continue;
    }
    const std::string folded = RuleFields::fold_literal(pair.first.Scalar());
    if (!replacements.emplace(folded, pair.second.Scalar()).second) {
      fields.error(pair.first, {"“" + pair.first.Scalar() +
                                    "”在 `swap` 中出现了两次（繁简字形或全角半角形式视为同一用语）",
                                "“" + pair.first.Scalar() +
                                    "” is listed twice in `swap` (Traditional and Simplified or "
                                    "full- and half-width forms count as the same term)"});
    }
  }
  if (!fields.ok()) return nullptr;
  std::vector<std::string> terms;
  for (const auto& [term, replacement] : replacements) terms.push_back(term);
  auto matcher = fields.pattern(*swap, literal_alternation(terms));
  if (matcher == nullptr) return nullptr;
  return std::make_unique<SubstitutionRule>(std::move(info), std::move(replacements),
                                            std::move(matcher));
}

constexpr std::array<std::string_view, 1> kMessageArgs{"expected"};

}  // namespace

const KindEntry& substitution_kind() {
  static const KindEntry entry{"substitution", "a deprecated term and the term to write instead",
                               kMessageArgs, make_substitution_rule};
  return entry;
}

}  // namespace planlint
