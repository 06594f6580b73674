#include "planlint/cli/rules_command.hpp"

#include <algorithm>
#include <iomanip>

#include "planlint/cli/diagnostics.hpp"
#include "planlint/cli/project_rules.hpp"
#include "planlint/cli/verified_rules.hpp"
#include "planlint/config/shipped_files.hpp"
#include "planlint/kinds/registry.hpp"

namespace planlint {
namespace {

// Up to the first full stop, or the first line.
std::string first_sentence(const std::string& text) {
  const std::size_t stop = text.find("。");
  if (stop != std::string::npos) return text.substr(0, stop + std::string_view("。").size());
  return text.substr(0, text.find('\n'));
}

// The project's rules, or nullopt after logging why they could not be loaded.
std::optional<ProjectRules> project_rules(const RulesOptions& options, spdlog::logger& log) {
  std::optional<ProjectConfig> config;
  if (const auto file = locate_project_config(options.config)) {
    ProjectConfigResult loaded = load_project_config(*file);
    if (auto* problems = std::get_if<std::vector<FileError>>(&loaded)) {
      log_problems(log, *problems, options.language);
      return std::nullopt;
    }
    config = std::move(std::get<ProjectConfig>(loaded));
  }
  ProjectRulesResult loaded =
      load_project_rules(options.rules, config ? &*config : nullptr, log, options.language);
  if (auto* problems = std::get_if<std::vector<FileError>>(&loaded)) {
    log_problems(log, *problems, options.language);
    return std::nullopt;
  }
  return std::move(std::get<ProjectRules>(loaded));
}

std::string joined(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : std::string(separator)) + item;
  return text;
}

void write_field(std::ostream& out, std::string_view label, const std::string& value) {
  if (value.empty()) return;
  out << "  " << std::left << std::setw(14) << (std::string(label) + ":") << value << '\n';
}

void write_examples(std::ostream& out, std::string_view label,
                    const std::vector<RuleExample>& examples) {
  for (const RuleExample& example : examples)
    out << "    " << label << "  " << example.text << '\n';
}

// The safety of the fixes a rule offers, for the list: safe, unsafe, safe+unsafe or -.
std::string fix_summary(const Rule& rule) {
  const std::vector<FixOffer> offers = rule.fix_offers();
  const auto offers_a = [&](FixSafety safety) {
    return std::any_of(offers.begin(), offers.end(),
                       [&](const FixOffer& offer) { return offer.safety == safety; });
  };
  const bool safe = offers_a(FixSafety::safe);
  const bool unsafe = offers_a(FixSafety::unsafe);
  if (safe && unsafe) return "safe+unsafe";
  if (safe) return "safe";
  if (unsafe) return "unsafe";
  return "-";
}

// Each fix a rule offers with its safety: `bracket-mismatch (safe), gap (unsafe)`.
std::string fix_details(const Rule& rule) {
  std::vector<std::string> items;
  for (const FixOffer& offer : rule.fix_offers()) {
    items.push_back(offer.what + " (" + std::string(safety_name(offer.safety)) + ")");
  }
  return joined(items, ", ");
}

void write_rule(std::ostream& out, const Rule& rule, const FindingPolicy& policy) {
  const RuleInfo& info = rule.info();
  const KindEntry* kind = find_kind(info.kind);
  out << info.id << '\n';
  write_field(out, "kind", info.kind + (kind ? " — " + std::string(kind->description) : ""));
  write_field(out, "severity", std::string(severity_name(policy.severity_of(info))));
  write_field(out, "description", info.description);
  write_field(out, "source", info.source);
  write_field(out, "message", info.message);
  write_field(out, "message_en", info.message_en);
  write_field(out, "fixes", fix_details(rule));
  if (!info.hit_examples.empty() || !info.miss_examples.empty()) {
    out << "  examples:\n";
    write_examples(out, "hit: ", info.hit_examples);
    write_examples(out, "miss:", info.miss_examples);
  }
  write_field(out, "docs", kind_doc_page(info.kind).string());
}

}  // namespace

int run_rules_list(const RulesOptions& options, const Console& console) {
  Diagnostics diagnostics(console.errors, Verbosity::normal, false, options.language);
  const auto project = project_rules(options, diagnostics.log());
  if (!project) return 2;
  std::size_t id_width = 0;
  std::size_t kind_width = 0;
  for (const RulePtr& rule : project->rules) {
    id_width = std::max(id_width, rule->info().id.size());
    kind_width = std::max(kind_width, rule->info().kind.size());
  }
  for (const RulePtr& rule : project->rules) {
    const RuleInfo& info = rule->info();
    console.out << std::left << std::setw(static_cast<int>(id_width + 2)) << info.id
                << std::setw(static_cast<int>(kind_width + 2)) << info.kind << std::setw(9)
                << severity_name(project->policy.severity_of(info)) << std::setw(13)
                << fix_summary(*rule)
                << first_sentence(info.description.empty() ? info.message : info.description)
                << '\n';
  }
  return 0;
}

int run_rules_show(const RulesOptions& options, const Console& console) {
  Diagnostics diagnostics(console.errors, Verbosity::normal, false, options.language);
  const auto project = project_rules(options, diagnostics.log());
  if (!project) return 2;
  const auto rule =
      std::find_if(project->rules.begin(), project->rules.end(),
                   [&](const RulePtr& rule) { return rule->info().id == options.rule_id; });
  if (rule == project->rules.end()) {
    const std::string sets = joined(project->rule_sets, ", ");
    diagnostics.log().error(
        options.language == Language::en
            ? "no rule “" + options.rule_id + "” in " + sets + " (planlint rules list shows them)"
            : sets + " 中没有规则“" + options.rule_id + "”（planlint rules list 可列出全部规则）");
    return 2;
  }
  write_rule(console.out, **rule, project->policy);
  return 0;
}

int run_rules_check(const RulesOptions& options, const Console& console) {
  Diagnostics diagnostics(console.errors, Verbosity::normal, false, options.language);
  RuleSetResult loaded = load_verified_rule_set(options.file, example_verification(true));
  if (auto* problems = std::get_if<std::vector<FileError>>(&loaded)) {
    log_problems(diagnostics.log(), *problems, options.language);
    return 2;
  }
  const RuleSet& set = std::get<RuleSet>(loaded);
  std::size_t examples = 0;
  for (const RulePtr& rule : set.rules) {
    examples += rule->info().hit_examples.size() + rule->info().miss_examples.size();
  }
  console.out << options.file << ": " << set.rules.size() << " rules, " << examples
              << " examples pass\n";
  return 0;
}

}  // namespace planlint
