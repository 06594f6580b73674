#include "planlint/config/yaml_text.hpp"

namespace planlint {

std::optional<YAML::Node> parse_yaml_text(const std::string& text, const std::string& path,
                                          std::string_view format,
                                          std::vector<RuleFileError>& errors) {
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& error) {
    errors.push_back({path, error.mark.line + 1, error.mark.column + 1,
                      "not valid " + std::string(format) + ": " + error.msg});
    return std::nullopt;
  }
}

}  // namespace planlint
