#pragma once
#include <span>
#include <string_view>

#include "planlint/config/rule.hpp"
#include "planlint/config/rule_fields.hpp"

namespace planlint {

// One rule kind: how to build a rule of it from its rule-file entry.
struct KindEntry {
  std::string_view name;         // as written after `kind:`
  std::string_view description;  // one line, for `planlint rules` and the docs
  // The {placeholders} its messages may use, besides {match}.
  std::span<const std::string_view> message_args;
  // Reads the kind's own fields; returns nullptr after recording errors in `fields`.
  RulePtr (*make)(RuleInfo info, RuleFields& fields);
  // What its rules contribute besides findings (drawn numbers, coverage, overview counts).
  KindTraits traits = {};
};

// Every kind, in alphabetical order. Declared here, where the loader needs it, and defined by
// kinds/registry.cpp, so that the kinds (which read their fields through RuleFields) are above
// config/ and no include of config/ points up at them.
std::span<const KindEntry> rule_kinds();
const KindEntry* find_kind(std::string_view name);

}  // namespace planlint
