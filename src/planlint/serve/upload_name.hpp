#pragma once
#include <string>
#include <string_view>
#include <variant>

#include "planlint/core/message.hpp"

namespace planlint {

// The name an uploaded file is reported under: the last component of the name the browser sent
// (some send a whole Windows path). Refused, with the reason: a name that is empty, `.` or `..`,
// not UTF-8, longer than 255 bytes, or holding control characters (a CR or LF would end the
// Content-Disposition header the annotated copy is sent with).
std::variant<std::string, Message> upload_name(std::string_view sent);

}  // namespace planlint
