#pragma once
#include <string>

#include "planlint/core/language.hpp"
#include "planlint/text/document.hpp"

namespace planlint {

// What a drafter is told about a file planlint could not read, after "planlint: 错误: ":
// "plan.txt: 字节偏移 1234: 无效的 UTF-8 字节 0xFF" (with --lang en, after "planlint: error: ":
// "plan.txt: byte 1234: invalid UTF-8 byte 0xFF"). The offset counts from 0.
std::string describe_input_error(const InputError& error, Language language);

}  // namespace planlint
