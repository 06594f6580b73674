#pragma once
#include <atomic>
#include <mutex>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "planlint/config/rule.hpp"
#include "planlint/core/finding.hpp"
#include "planlint/core/theme_coverage.hpp"
#include "planlint/engine/finding_sink.hpp"
#include "planlint/engine/line_prefilter.hpp"
#include "planlint/parse/hierarchy.hpp"
#include "planlint/parse/outline.hpp"
#include "planlint/text/normalized_document.hpp"

namespace planlint {

class Document;

// Runs a set of rules over documents. Build one per rule set and use it for every file: once
// enough text has been checked to gain from it, the rules' triggers are compiled into one line
// prefilter, which later documents share. Thread-safe for concurrent check().
class RuleRunner {
 public:
  // When the line prefilter is used. It must never change the findings, only how fast they come;
  // tests hold `always` and `never` to the same findings.
  enum class Prefilter { when_worthwhile, always, never };

  // `overrides`: what the user said of the documents' type and date (--type, --date, config).
  explicit RuleRunner(std::span<const RulePtr> rules, ProfileOverrides overrides = {},
                      Prefilter prefilter = Prefilter::when_worthwhile);
  // A single rule, for short texts (rule examples): no prefilter, which would cost more to
  // compile than it saves.
  explicit RuleRunner(const Rule& rule);

  // The rules' findings with positions and excerpts, sorted by position, then rule id, for a
  // document whose outline is built already. Its profiles are read unless `outline` holds them.
  std::vector<Finding> findings_in(const Document& document, const Outline& outline) const;
  // The same, building the outline from the normalized view the rules use anyway, which spares
  // normalizing the text twice; the outline is returned beside the findings.
  // `themes`: the coverage of every rule whose kind reports it, in rule order.
  struct Checked {
    Outline outline;
    std::vector<Finding> findings;
    std::vector<ThemeCoverage> themes;
  };
  Checked check(const Document& document, const Hierarchy& hierarchy = default_hierarchy()) const;
  // Whether one of the rules is `rule_id`.
  bool runs(std::string_view rule_id) const;

 private:
  // The findings as the rules left them, to be rendered once the view is gone.
  struct Results {
    std::vector<HeldFinding> findings;
    std::vector<ThemeCoverage> themes;
  };
  Results run(const Document& document, const Outline& outline,
              const NormalizedDocument& normalized) const;

  // The prefilter for a view of this size, built on first need; nullptr when not worth it.
  const LinePrefilter* prefilter_for(std::size_t view_size) const;

  std::vector<const Rule*> rules_;
  ProfileOverrides overrides_;
  Prefilter prefilter_use_ = Prefilter::never;
  mutable std::atomic<std::size_t> bytes_checked_{0};
  mutable std::once_flag prefilter_built_;
  mutable std::optional<LinePrefilter> prefilter_;
};

// One-off runs (tests, rule examples): a RuleRunner for a single use.
std::vector<Finding> check_document(const Document& document, const Outline& outline,
                                    std::span<const RulePtr> rules);
std::vector<Finding> check_document(const Document& document, const Outline& outline,
                                    const Rule& rule);

}  // namespace planlint
