#include "planlint/cli/verified_rules.hpp"

#include <string_view>

namespace planlint {
namespace {

constexpr std::string_view kVerifiedWhenBuilt[] = {
#include "verified_rule_sets.inc"
};

}  // namespace

ExampleVerification example_verification(bool always) {
  return {kVerifiedWhenBuilt, default_cache_directory(), always};
}

}  // namespace planlint
