#pragma once
#include <optional>
#include <string>

#include "planlint/parse/document_profile.hpp"

namespace planlint {

// --type and --date: what the user says of the documents' type and date, over what their text
// shows. Both are validated when parsed (cli/options.cpp); empty when not given.
struct ProfileChoice {
  std::string type;  // an id (implementation-plan) or a name (实施方案)
  std::string date;  // 2024-03-05, 2024-03 or 2024
};

// The overrides the engine applies: --type over the config's document_type, --date.
ProfileOverrides profile_overrides(const ProfileChoice& choice,
                                   std::optional<DocumentType> config_type = std::nullopt);

}  // namespace planlint
