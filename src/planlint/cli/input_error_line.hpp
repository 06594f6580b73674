#pragma once
#include <string>

#include "planlint/text/document.hpp"

namespace planlint {

// The one line a drafter sees for a file planlint could not read:
// "planlint: error: plan.txt: byte 1234: invalid UTF-8 …".
std::string input_error_line(const InputError& error);

}  // namespace planlint
