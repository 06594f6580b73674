#pragma once
#include <yaml-cpp/yaml.h>
#include <string>
#include <vector>

#include "planlint/config/rule.hpp"
#include "planlint/core/file_error.hpp"

namespace planlint {

// Builds one rule from its rule-file entry: the common keys (id, kind, severity, message,
// message_en, description, source, examples), then the kind's own; refuses unknown keys, message
// placeholders the kind does not provide. Returns nullptr after appending to `errors`. The rule's
// `examples` are read, not run: running them is the engine's self-test (engine/rule_examples.hpp).
// `known_sound`: as RuleFields takes it.
RulePtr build_rule(const YAML::Node& entry, const std::string& path, std::vector<FileError>& errors,
                   bool known_sound = false);

}  // namespace planlint
