#pragma once

namespace planlint {

// The language planlint speaks to the drafter: Chinese unless --lang en asks for English.
enum class Language { zh, en };

}  // namespace planlint
