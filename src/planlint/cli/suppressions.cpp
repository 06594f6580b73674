#include "planlint/cli/suppressions.hpp"

#include <algorithm>

#include "planlint/engine/check_document.hpp"
#include "planlint/text/document.hpp"

namespace planlint {
namespace {

bool silences(const Suppression& suppression, const Finding& finding) {
  return (suppression.rule_id.empty() || suppression.rule_id == finding.rule_id) &&
         finding.begin >= suppression.begin && finding.begin < suppression.end;
}

// A warning at the suppression's comment, located as the engine locates rules' findings.
Finding about_comment(const Document& document, const Suppression& suppression,
                      std::string_view rule_id, Message message) {
  Finding finding;
  finding.rule_id = rule_id;
  finding.kind = "suppression";
  finding.severity = Severity::warning;
  finding.message = std::move(message.zh);
  finding.message_en = std::move(message.en);
  finding.begin = suppression.comment_begin;
  finding.end = suppression.comment_end;
  finding.start = document.position_of(finding.begin);
  finding.stop = document.position_of(finding.end);
  finding.excerpt = document.source().substr(finding.begin, finding.end - finding.begin);
  return finding;
}

Message unknown_rule(const std::string& rule_id) {
  return {"屏蔽注释中的规则 " + rule_id + " 不在所用规则集中，此屏蔽无效",
          "the suppression names rule " + rule_id +
              ", which is not in the rule set; it silences nothing"};
}

Message unused(const std::string& rule_id) {
  if (rule_id.empty()) {
    return {"此屏蔽注释没有屏蔽任何问题，可以删除",
            "this suppression silences no finding; it can be removed"};
  }
  return {"此屏蔽注释对规则 " + rule_id + " 没有屏蔽任何问题，可以删除",
          "this suppression of rule " + rule_id + " silences no finding; it can be removed"};
}

}  // namespace

void apply_suppressions(const Document& document, const RuleRunner& runner, bool report_unused,
                        std::vector<Finding>& findings) {
  const std::vector<Suppression>& suppressions = document.suppressions();
  if (suppressions.empty()) return;
  std::vector<Finding> reported;
  std::vector<bool> applies(suppressions.size());
  for (std::size_t index = 0; index < suppressions.size(); ++index) {
    const Suppression& suppression = suppressions[index];
    applies[index] = suppression.rule_id.empty() || runner.runs(suppression.rule_id);
    if (!applies[index]) {
      reported.push_back(about_comment(document, suppression, kUnknownSuppressionRule,
                                       unknown_rule(suppression.rule_id)));
    }
  }
  std::vector<bool> used(suppressions.size());
  const auto silenced = [&](const Finding& finding) {
    bool any = false;
    for (std::size_t index = 0; index < suppressions.size(); ++index) {
      if (applies[index] && silences(suppressions[index], finding)) {
        used[index] = true;
        any = true;
      }
    }
    return any;
  };
  findings.erase(std::remove_if(findings.begin(), findings.end(), silenced), findings.end());
  for (std::size_t index = 0; report_unused && index < suppressions.size(); ++index) {
    if (applies[index] && !used[index]) {
      reported.push_back(about_comment(document, suppressions[index], kUnusedSuppressionRule,
                                       unused(suppressions[index].rule_id)));
    }
  }
  if (reported.empty()) return;
  findings.insert(findings.end(), std::make_move_iterator(reported.begin()),
                  std::make_move_iterator(reported.end()));
  std::stable_sort(findings.begin(), findings.end(),
                   [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
}

}  // namespace planlint
