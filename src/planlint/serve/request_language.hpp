#pragma once
#include <string_view>

#include "planlint/core/language.hpp"

namespace planlint {

// The language a request is answered in: `?lang=en|zh` when given, else the first of Chinese and
// English the browser's Accept-Language prefers (by q value, then order), else Chinese.
Language request_language(std::string_view lang_parameter, std::string_view accept_language);

}  // namespace planlint
