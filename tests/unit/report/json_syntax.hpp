#pragma once
#include <string_view>

namespace planlint::testing {

// Whether `text` is exactly one JSON value (RFC 8259) with optional surrounding whitespace, in
// well-formed UTF-8: enough to show a reporter's output parses, without a JSON library.
bool is_json(std::string_view text);

}  // namespace planlint::testing
