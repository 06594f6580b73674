#pragma once
#include "planlint/core/message.hpp"

namespace planlint {

// Why the system refused to open or list a path (an errno value), in both languages: the
// English is the system's own wording (strerror), the Chinese ours for the common causes.
Message system_message(int error_number);

}  // namespace planlint
