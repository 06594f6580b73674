#include "planlint/cli/profile_options.hpp"

namespace planlint {
ProfileOverrides profile_overrides(const ProfileChoice& choice,
                                   std::optional<DocumentType> config_type) {
  ProfileOverrides overrides;
  if (config_type) {
    overrides.type = config_type;
    overrides.type_source = ProfileSource::config;
  }
  if (const auto type = parse_document_type(choice.type)) {
    overrides.type = type;
    overrides.type_source = ProfileSource::option;
  }
  overrides.date = parse_calendar_date(choice.date);
  return overrides;
}

}  // namespace planlint
