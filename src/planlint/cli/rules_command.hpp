#pragma once
#include "planlint/cli/console.hpp"
#include "planlint/cli/options.hpp"

namespace planlint {

// `planlint rules list`: the rules a check would use here (the config's or --rules' sets, the
// config's severities, without the rules it disables), one line each: id, kind, severity and
// the first sentence of the description.
int run_rules_list(const RulesOptions& options, const Console& console);
// `planlint rules show ID`: everything about one of those rules.
int run_rules_show(const RulesOptions& options, const Console& console);
// `planlint rules check FILE`: validates a rule file and runs its examples; 0 when it is sound,
// 2 with every problem listed.
int run_rules_check(const RulesOptions& options, const Console& console);

}  // namespace planlint
