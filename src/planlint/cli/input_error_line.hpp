#pragma once
#include <string>

#include "planlint/text/document.hpp"

namespace planlint {

// What a drafter is told about a file planlint could not read, after "planlint: error: ":
// "plan.txt: byte 1234: invalid UTF-8 …".
std::string describe_input_error(const InputError& error);

}  // namespace planlint
