#pragma once
#include "planlint/kinds/registry.hpp"

namespace planlint {

// `required-theme`: a theme the document must address (safety, party building, the teacher
// workforce…), present when its keywords or patterns occur — anywhere, in a heading, or within
// sections whose title matches — other than inside a phrase where the word means something else
// (`not_in`: 健康 in 健康成长). A missing theme is one finding at the document's title naming
// the theme and the keywords looked for. Documented in docs/rules/required-theme.md.
const KindEntry& required_theme_kind();

}  // namespace planlint
