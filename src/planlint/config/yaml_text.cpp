#include "planlint/config/yaml_text.hpp"

#include "planlint/config/yaml_alias_budget.hpp"

namespace planlint {

std::optional<YAML::Node> parse_yaml_text(const std::string& text, const std::string& path,
                                          std::string_view format, std::vector<FileError>& errors) {
  // Without an anchor there is no alias, and the second reading of the text is saved.
  const bool has_anchor = text.find('&') != std::string::npos;
  if (auto problem = has_anchor ? check_alias_expansion(text, path) : std::nullopt) {
    errors.push_back(std::move(*problem));
    return std::nullopt;
  }
  try {
    return YAML::Load(text);
  } catch (const YAML::Exception& error) {
    errors.push_back({path,
                      error.mark.line + 1,
                      error.mark.column + 1,
                      {"不是有效的 " + std::string(format) + "：" + error.msg,
                       "not valid " + std::string(format) + ": " + error.msg}});
    return std::nullopt;
  }
}

}  // namespace planlint
